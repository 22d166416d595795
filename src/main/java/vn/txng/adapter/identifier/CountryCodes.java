package vn.txng.adapter.identifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 country codes: numeric from the resource iso3166-numeric.txt, alpha-2 from the JDK. */
final class CountryCodes {
    private static final BitSet NUMERIC = loadNumeric();
    private static final Set<String> ALPHA2 = Set.of(Locale.getISOCountries());

    private CountryCodes() {
    }

    /** True when the three digits at {@code from} are an assigned ISO 3166-1 numeric code. */
    static boolean isNumeric(CharSequence v, int from) {
        if (!Text.allDigits(v, from, from + 3)) {
            return false;
        }
        return NUMERIC.get(Integer.parseInt(v, from, from + 3, 10));
    }

    static boolean isAlpha2(String code) {
        return ALPHA2.contains(code);
    }

    private static BitSet loadNumeric() {
        try (InputStream in = CountryCodes.class.getResourceAsStream("iso3166-numeric.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource iso3166-numeric.txt missing from the identifier package");
            }
            BitSet codes = new BitSet(1000);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#")) {
                    for (String code : line.trim().split("\\s+")) {
                        if (!code.isEmpty()) {
                            codes.set(Integer.parseInt(code));
                        }
                    }
                }
            }
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read iso3166-numeric.txt", e);
        }
    }
}
