package org.sitrep;

import java.util.Map;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * A place's id in a gazetteer: GeoNames, a humanitarian P-code, OpenStreetMap or Wikidata.
 *
 * <p>From the seed article's places: Kostiantynivka is {@code GazetteerRef.of(GazetteerScheme.GEONAMES,
 * "704147")}. Rules: a GeoNames id is digits; a P-code is two upper-case letters then letters or
 * digits; a Wikidata id is Q and digits; an OSM id is node/, way/ or relation/ and digits; an id
 * of a scheme this version does not know is any text without white space.
 */
@Value.Immutable
@SitrepStyle
public abstract class GazetteerRef implements WithGazetteerRef, Extensible {
  private static final Map<GazetteerScheme, Pattern> FORMATS =
      Map.of(
          GazetteerScheme.GEONAMES, Pattern.compile("[0-9]{1,12}"),
          GazetteerScheme.PCODE, Pattern.compile("[A-Z]{2}[A-Z0-9]{0,20}"),
          GazetteerScheme.WIKIDATA, Pattern.compile("Q[1-9][0-9]{0,12}"),
          GazetteerScheme.OSM, Pattern.compile("(node|way|relation)/[0-9]{1,15}"));
  private static final Pattern ANY = Pattern.compile("\\S{1,128}");

  GazetteerRef() {}

  /** @return the gazetteer */
  @Value.Parameter
  public abstract GazetteerScheme scheme();

  /** @return the id in that gazetteer: "704147" */
  @Value.Parameter
  public abstract String id();

  /**
   * A gazetteer id.
   *
   * @param scheme the gazetteer
   * @param id the id in it
   * @return the reference
   */
  public static GazetteerRef of(GazetteerScheme scheme, String id) {
    return ImmutableGazetteerRef.of(scheme, id);
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    Pattern format = FORMATS.getOrDefault(scheme(), ANY);
    if (!format.matcher(id()).matches()) {
      v.add("id", "'" + id() + "' is not a valid " + scheme().code() + " id");
    } else if (Rules.firstUnpairedSurrogate(id()) >= 0) {
      v.add("id", "must not contain an unpaired surrogate: it is not Unicode text");
    }
    Rules.extensions(v, extensions());
    v.throwIfAny("GazetteerRef");
  }
}
