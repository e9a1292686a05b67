package org.sitrep;

import java.util.List;

/**
 * A dataset whose rows a {@link DatasetRecord} identifies: ACLED's {@code event_id_cnty}
 * ("UKR12345"), UCDP GED's {@code id}, a VIINA event id.
 *
 * <p>An open vocabulary: {@link #of(String)} accepts codes this version does not know (see
 * {@link Vocabulary}).
 */
public final class DatasetScheme extends Vocabulary {
  private static final Terms<DatasetScheme> TERMS =
      new Terms<>("DatasetScheme", code -> new DatasetScheme(code, false));

  /** ACLED, by {@code event_id_cnty}, which stays the same when a row is revised. */
  public static final DatasetScheme ACLED = TERMS.register(new DatasetScheme("acled", true));

  /** UCDP's Georeferenced Event Dataset, by its {@code id}. */
  public static final DatasetScheme UCDP_GED = TERMS.register(new DatasetScheme("ucdp_ged", true));

  /** VIINA, the Violent Incident Information from News Articles dataset on the war in Ukraine. */
  public static final DatasetScheme VIINA = TERMS.register(new DatasetScheme("viina", true));

  private DatasetScheme(String code, boolean known) {
    super(code, known);
  }

  /**
   * The term with this code, known or not.
   *
   * @param code a lowercase code, e.g. {@code "acled"}
   * @return the well-known constant where there is one, otherwise a new unknown term
   * @throws SitrepValidationException if the code is not a valid code
   */
  public static DatasetScheme of(String code) {
    return TERMS.of(code);
  }

  /** @return the terms this version defines, in declaration order */
  public static List<DatasetScheme> knownValues() {
    return TERMS.values();
  }
}
