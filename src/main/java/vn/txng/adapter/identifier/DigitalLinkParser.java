package vn.txng.adapter.identifier;

import java.util.ArrayList;
import java.util.List;

/**
 * GS1 Digital Link URIs (any domain): the path holds a primary key and its qualifiers in the dictionary's order,
 * the query holds data attributes; other path segments before the key and non-numeric query keys are ignored.
 * As GS1's Barcode Syntax Engine by default: nothing may follow the last path value (not even '/'), a GTIN in the
 * path has its 14 digits (a zero-suppressed GTIN-8/12/13 only by explicit option), and the query (see
 * {@link DigitalLinkQuery}) neither repeats an AI nor holds a key qualifier.
 */
final class DigitalLinkParser {
    private DigitalLinkParser() {
    }

    static boolean looksLikeUri(String s, int from, int to) {
        if (from >= to || (s.charAt(from) | 0x20) != 'h') {
            return false; // one comparison settles it for every element string
        }
        return s.regionMatches(true, from, "https://", 0, 8) || s.regionMatches(true, from, "http://", 0, 7);
    }

    static void parse(String s, int from, int to, boolean zeroSuppressedGtin, List<AiEntry> entries,
                      List<IdentifierError> errors) {
        int hostStart = s.indexOf("//", from) + 2;
        int pathStart = indexOf(s, '/', hostStart, to);
        int queryStart = indexOf(s, '?', hostStart, to);
        int end = indexOf(s, '#', hostStart, to);
        queryStart = Math.min(queryStart, end);
        pathStart = Math.min(pathStart, queryStart);
        if (pathStart == hostStart) {
            errors.add(new IdentifierError(ErrorCodes.BAD_DIGITAL_LINK, hostStart, "the Digital Link URI has no domain name"));
            return;
        }
        List<int[]> segments = segments(s, pathStart, queryStart);
        int key = findKey(s, segments);
        if (key < 0) {
            errors.add(new IdentifierError(ErrorCodes.BAD_DIGITAL_LINK, pathStart, "the Digital Link URI path has no "
                    + "GS1 primary key followed by its value and qualifiers, e.g. /01/09506000134352/10/ABC123"));
            return;
        }
        ApplicationIdentifier keyAi = ai(s, segments.get(key));
        IdentifierError layout = pathLayout(s, segments.get(key)[0] - 1, queryStart);
        if (layout != null) {
            errors.add(layout);
            return;
        }
        List<String> qualifiers = new ArrayList<>(4);
        for (int i = key; i < segments.size(); i += 2) {
            ApplicationIdentifier ai = ai(s, segments.get(i));
            int[] value = segments.get(i + 1);
            String decoded = PercentDecoding.decode(s, value[0], value[1], errors);
            if (i == key && ai.code().equals("01") && isShortGtin(decoded)) {
                if (!zeroSuppressedGtin) {
                    errors.add(zeroSuppressed(decoded, value[0]));
                    continue;
                }
                decoded = gtin14(decoded); // the legacy option: read as its 14 digits
            }
            if (i > key) {
                qualifiers.add(ai.code());
            }
            entries.add(new AiEntry(ai, decoded, segments.get(i)[0], value[0]));
        }
        checkQualifierOrder(keyAi, qualifiers, segments.get(key)[0], errors);
        if (queryStart < end) {
            DigitalLinkQuery.parse(s, queryStart + 1, end, keyAi, qualifiers, entries, errors);
        }
    }

    /** The first path segment that is a primary key AI with pairs of AI segments up to the end of the path. */
    private static int findKey(String s, List<int[]> segments) {
        for (int i = 0; i < segments.size(); i++) {
            ApplicationIdentifier ai = ai(s, segments.get(i));
            if (ai != null && ai.digitalLinkKey() && (segments.size() - i) % 2 == 0 && allAis(s, segments, i + 2)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean allAis(String s, List<int[]> segments, int from) {
        for (int i = from; i < segments.size(); i += 2) {
            if (ai(s, segments.get(i)) == null) {
                return false;
            }
        }
        return true;
    }

    /** Qualifiers must be an in-order selection of one of the key's qualifier paths (e.g. 22,10,21 or 235). */
    private static void checkQualifierOrder(ApplicationIdentifier key, List<String> qualifiers, int at,
                                            List<IdentifierError> errors) {
        if (validQualifiers(key, qualifiers)) {
            return;
        }
        String allowed = key.qualifierPaths().stream().filter(p -> !p.isEmpty()).map(p -> String.join(", ", p))
                .reduce((a, b) -> a + " or " + b).map(a -> "its qualifiers may only be, in this order: " + a)
                .orElse("it takes no qualifiers");
        errors.add(new IdentifierError(ErrorCodes.BAD_QUALIFIER_ORDER, at, "the Digital Link key " + AiValueRules.name(key)
                + " is followed by qualifiers " + String.join(", ", qualifiers) + ", but " + allowed));
    }

    /** An empty segment after the key, or a '/' after the last path value; null when the path is well laid out. */
    private static IdentifierError pathLayout(String s, int keyStart, int queryStart) {
        int emptySegment = s.indexOf("//", keyStart);
        if (emptySegment >= 0 && emptySegment < queryStart) {
            return new IdentifierError(ErrorCodes.BAD_DIGITAL_LINK, emptySegment + 1, "the Digital Link path has an "
                    + "empty segment at position " + (emptySegment + 1) + "; every AI and value after the key is one segment");
        }
        if (s.charAt(queryStart - 1) == '/') {
            return new IdentifierError(ErrorCodes.BAD_DIGITAL_LINK, queryStart - 1, "the Digital Link path ends with "
                    + "'/' after its last value; nothing may follow the last path value but the query");
        }
        return null;
    }

    private static IdentifierError zeroSuppressed(String gtin, int at) {
        return new IdentifierError(ErrorCodes.BAD_LENGTH, at, "the GTIN " + gtin + " in the Digital Link path has "
                + gtin.length() + " digits; the path takes all 14 (/01/" + gtin14(gtin) + ")");
    }

    private static String gtin14(String gtin) {
        return "000000".substring(0, 14 - gtin.length()) + gtin;
    }

    /** Whether the qualifiers are an in-order selection of one of the key's qualifier paths. */
    static boolean validQualifiers(ApplicationIdentifier key, List<String> qualifiers) {
        if (qualifiers.isEmpty()) {
            return true;
        }
        for (List<String> path : key.qualifierPaths()) {
            int p = 0;
            for (String q : qualifiers) {
                while (p < path.size() && !path.get(p).equals(q)) {
                    p++;
                }
                p++;
            }
            if (p <= path.size()) {
                return true;
            }
        }
        return false;
    }

    private static ApplicationIdentifier ai(String s, int[] segment) {
        int n = segment[1] - segment[0];
        return n >= 2 && n <= 4 && AiTable.instance().lengthAt(s, segment[0]) == n
                ? AiTable.instance().at(s, segment[0], n) : null;
    }

    private static boolean isShortGtin(String v) {
        return (v.length() == 8 || v.length() == 12 || v.length() == 13) && Text.allDigits(v, 0, v.length());
    }

    /** [start, end) of each non-empty path segment. */
    private static List<int[]> segments(String s, int from, int to) {
        List<int[]> segments = new ArrayList<>(8);
        int start = from + 1;
        for (int i = start; i <= to; i++) {
            if (i == to || s.charAt(i) == '/') {
                if (i > start) {
                    segments.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        return segments;
    }

    private static int indexOf(String s, char c, int from, int to) {
        int i = s.indexOf(c, from);
        return i < 0 || i > to ? to : i;
    }
}
