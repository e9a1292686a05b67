package org.sitrep;

import java.util.List;

/**
 * What kind of material an {@link Evidence} is.
 *
 * <p>An open vocabulary: {@link #of(String)} accepts codes this version does not know (see
 * {@link Vocabulary}).
 */
public final class EvidenceKind extends Vocabulary {
  private static final Terms<EvidenceKind> TERMS = new Terms<>("EvidenceKind", code -> new EvidenceKind(code, false));

  /** A photograph. */
  public static final EvidenceKind PHOTO = TERMS.register(new EvidenceKind("photo", true));

  /** A video. */
  public static final EvidenceKind VIDEO = TERMS.register(new EvidenceKind("video", true));

  /** A sound recording. */
  public static final EvidenceKind AUDIO = TERMS.register(new EvidenceKind("audio", true));

  /** A document: a statement, a letter, a report. */
  public static final EvidenceKind DOCUMENT = TERMS.register(new EvidenceKind("document", true));

  /** A screenshot of a page or post. */
  public static final EvidenceKind SCREENSHOT = TERMS.register(new EvidenceKind("screenshot", true));

  /** A satellite or aerial image. */
  public static final EvidenceKind SATELLITE_IMAGE = TERMS.register(new EvidenceKind("satellite_image", true));

  /** A web page, as published. */
  public static final EvidenceKind WEB_PAGE = TERMS.register(new EvidenceKind("web_page", true));

  /** A data file. */
  public static final EvidenceKind DATASET = TERMS.register(new EvidenceKind("dataset", true));

  private EvidenceKind(String code, boolean known) {
    super(code, known);
  }

  /**
   * The term with this code, known or not.
   *
   * @param code a lowercase code, e.g. {@code "photo"}
   * @return the well-known constant where there is one, otherwise a new unknown term
   * @throws SitrepValidationException if the code is not a valid code
   */
  public static EvidenceKind of(String code) {
    return TERMS.of(code);
  }

  /** @return the terms this version defines, in declaration order */
  public static List<EvidenceKind> knownValues() {
    return TERMS.values();
  }
}
