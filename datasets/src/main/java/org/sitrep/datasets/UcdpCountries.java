package org.sitrep.datasets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * UCDP GED's country names ({@code country}: "Russia (Soviet Union)", "Mali") and ISO 3166-1
 * alpha-2 codes, both ways: the names of {@code ucdp-countries.tsv} first, where UCDP's name is
 * not the JDK's English short name, then the JDK's English names. Package-private.
 */
final class UcdpCountries {
  private static final Map<String, String> BY_NAME = new HashMap<>();
  private static final Map<String, String> NAME = new HashMap<>();

  static {
    for (String code : Locale.getISOCountries()) {
      BY_NAME.put(Countries.englishName(code), code);
    }
    try (InputStream in = UcdpCountries.class.getResourceAsStream("ucdp-countries.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t");
        BY_NAME.put(f[0], f[1]);
        NAME.putIfAbsent(f[1], f[0]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private UcdpCountries() {}

  /**
   * @param ucdpName a country as UCDP names it
   * @return its ISO 3166-1 alpha-2 code, if the name is UCDP's or the JDK's for a country
   */
  static Optional<String> alpha2(String ucdpName) {
    return Optional.ofNullable(BY_NAME.get(ucdpName));
  }

  /**
   * @param alpha2 an ISO 3166-1 alpha-2 code
   * @return the country's name as UCDP writes it, else the JDK's English short name
   */
  static String name(String alpha2) {
    String name = NAME.get(alpha2);
    return name != null ? name : Countries.englishName(alpha2);
  }
}
