package vn.txng.adapter.identifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** GS1 prefix list (resource gs1-prefixes.tsv) with longest-prefix lookup; loaded once, read-only after. */
final class GtinPrefixTable {
    private static final GtinPrefixTable INSTANCE = load();
    private static final int MAX_LENGTH = 7;

    private record Range(int length, int first, int last, GtinKind kind, String allocatedTo) {
    }

    private final List<Range> ranges;
    private final GtinPrefix[] byThreeDigits = new GtinPrefix[1000]; // null where a longer prefix may apply

    private GtinPrefixTable(List<Range> ranges) {
        this.ranges = ranges;
        for (int p = 0; p < 1000; p++) {
            if (!hasLongerPrefixUnder(p)) {
                byThreeDigits[p] = lookup(String.format("%03d0000", p), 0, 3);
            }
        }
    }

    private boolean hasLongerPrefixUnder(int threeDigits) {
        for (Range r : ranges) {
            int scale = (int) Math.pow(10, r.length - 3);
            if (r.length > 3 && r.first / scale <= threeDigits && r.last / scale >= threeDigits) {
                return true;
            }
        }
        return false;
    }

    static GtinPrefixTable instance() {
        return INSTANCE;
    }

    /** Classifies a valid 14-digit GTIN by its prefix (GTIN-8s by their own leading digits). */
    GtinPrefix classify(String gtin14) {
        if (gtin14.startsWith("000000")) {
            char first = gtin14.charAt(6);
            if (first == '0' || first == '2') { // RCN-8: GTIN-8 velocity codes 0 and 2
                return new GtinPrefix(gtin14.substring(6, 7), GtinKind.RESTRICTED_CIRCULATION,
                        "Restricted Circulation Number (GTIN-8 starting with 0 or 2)");
            }
            return lookup(gtin14, 6, 4);
        }
        GtinPrefix cached = byThreeDigits[(gtin14.charAt(1) - '0') * 100 + (gtin14.charAt(2) - '0') * 10
                + gtin14.charAt(3) - '0'];
        return cached != null ? cached : lookup(gtin14, 1, MAX_LENGTH); // the cache answers all but a few prefixes
    }

    private GtinPrefix lookup(String digits, int from, int maxLength) {
        for (int length = Math.min(maxLength, digits.length() - from); length >= 2; length--) {
            int key = Integer.parseInt(digits, from, from + length, 10);
            for (Range r : ranges) {
                if (r.length == length && key >= r.first && key <= r.last) {
                    return new GtinPrefix(digits.substring(from, from + length), r.kind, r.allocatedTo);
                }
            }
        }
        return new GtinPrefix(digits.substring(from, from + 3), GtinKind.UNKNOWN, "not in the GS1 prefix list");
    }

    private static GtinPrefixTable load() {
        try (InputStream in = GtinPrefixTable.class.getResourceAsStream("gs1-prefixes.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource gs1-prefixes.tsv missing from the identifier package");
            }
            List<Range> ranges = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                ranges.add(new Range(f[0].length(), Integer.parseInt(f[0]), Integer.parseInt(f[1]),
                        GtinKind.valueOf(f[2]), f[3]));
            }
            return new GtinPrefixTable(List.copyOf(ranges));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gs1-prefixes.tsv", e);
        }
    }
}
