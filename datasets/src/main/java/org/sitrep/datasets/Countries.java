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
 * ISO 3166-1 numeric country codes (ACLED's {@code iso}), alpha-2 codes (Sitrep's) and alpha-3
 * codes (HXL's {@code #country+code}), from the table {@code iso-3166-numeric.tsv} (Debian's
 * iso-codes). Package-private.
 */
final class Countries {
  private static final Map<Integer, String> ALPHA2 = new HashMap<>();
  private static final Map<String, Integer> NUMERIC = new HashMap<>();
  private static final Map<String, String> ALPHA3 = new HashMap<>();

  static {
    try (InputStream in = Countries.class.getResourceAsStream("iso-3166-numeric.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t");
        int numeric = Integer.parseInt(f[1]);
        ALPHA2.put(numeric, f[0]);
        NUMERIC.put(f[0], numeric);
        ALPHA3.put(f[0], f[2]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Countries() {}

  /** @return the alpha-2 code of an ISO 3166-1 numeric code */
  static Optional<String> alpha2(int numeric) {
    return Optional.ofNullable(ALPHA2.get(numeric));
  }

  /** @return the ISO 3166-1 numeric code of an alpha-2 code */
  static Optional<Integer> numeric(String alpha2) {
    return Optional.ofNullable(NUMERIC.get(alpha2));
  }

  /** @return the ISO 3166-1 alpha-3 code of an alpha-2 code: "UKR" for "UA" */
  static Optional<String> alpha3(String alpha2) {
    return Optional.ofNullable(ALPHA3.get(alpha2));
  }

  /** @return the country's English short name as the JDK gives it: "Ukraine" */
  static String englishName(String alpha2) {
    return new Locale("", alpha2).getDisplayCountry(Locale.ENGLISH);
  }
}
