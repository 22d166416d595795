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

    private GtinPrefixTable(List<Range> ranges) {
        this.ranges = ranges;
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
        return lookup(gtin14, 1, MAX_LENGTH);
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
