package vn.txng.adapter.identifier;

/** Structural checks inside AI values: check characters, company prefix position, counts and encodings. */
final class StructureLinters {
    private static final int MIN_COMPANY_PREFIX = 4; // the shortest GS1 Company Prefix has 4 digits

    private StructureLinters() {
    }

    static Linter.Violation csum(CharSequence v, int from, int to) {
        IdentifierError e = Gtin.checkDigit(v, from, to, "the");
        return e == null ? null : new Linter.Violation(e.code(), e.position(), "has a wrong check digit: "
                + e.message().substring(4));
    }

    static Linter.Violation csumAlpha(CharSequence v, int from, int to) {
        if (to - from < 3 || CheckDigit.isValidCheckPair(v, from, to)) {
            return null;
        }
        int pair = CheckDigit.checkPair(v, from, to - 2);
        String expected = pair < 0 ? "?" : "" + (char) (pair >>> 16) + (char) (pair & 0xFFFF);
        return new Linter.Violation(ErrorCodes.BAD_CHECK_DIGIT, to - 2, "has check characters "
                + v.subSequence(to - 2, to) + " but they should be " + expected + " (GS1 csumalpha check pair)");
    }

    /** The GS1 Company Prefix starts at {@code offset} in the component and is made of digits. */
    static Linter.Violation companyPrefixAt(CharSequence v, int from, int to, int offset) {
        int start = from + offset;
        int end = Math.min(to, start + MIN_COMPANY_PREFIX);
        for (int i = start; i < end; i++) {
            if (!Text.isDigit(v.charAt(i))) {
                return new Linter.Violation(ErrorCodes.BAD_VALUE, i, "has " + Text.show(v.charAt(i))
                        + " inside the GS1 Company Prefix; it must begin with at least 4 digits");
            }
        }
        return end - start < MIN_COMPANY_PREFIX ? new Linter.Violation(ErrorCodes.BAD_LENGTH, start,
                "is too short to hold a GS1 Company Prefix of at least 4 digits") : null;
    }

    static Linter.Violation hasNonDigit(CharSequence v, int from, int to) {
        return Text.allDigits(v, from, to) ? new Linter.Violation(ErrorCodes.BAD_VALUE, from,
                "is all digits, but it must contain at least one non-digit character") : null;
    }

    static Linter.Violation noZeroPrefix(CharSequence v, int from, int to) {
        return to - from > 1 && v.charAt(from) == '0' ? new Linter.Violation(ErrorCodes.BAD_VALUE, from,
                "starts with 0; this number must be written without leading zeros") : null;
    }

    static Linter.Violation importerIndex(CharSequence v, int from, int to) {
        char c = v.charAt(from);
        boolean ok = Text.isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '_';
        return ok ? null : new Linter.Violation(ErrorCodes.BAD_CHARACTER, from, "has importer index " + Text.show(c)
                + "; it must be one of 0-9 A-Z a-z - _");
    }

    /** NNMM: piece NN of a total of MM, both at least 01, the piece not above the total. */
    static Linter.Violation pieceOfTotal(CharSequence v, int from, int to) {
        int half = (to - from) / 2;
        int piece = Integer.parseInt(v, from, from + half, 10);
        int total = Integer.parseInt(v, from + half, to, 10);
        return piece >= 1 && total >= 1 && piece <= total ? null : new Linter.Violation(ErrorCodes.BAD_VALUE, from,
                "says piece " + piece + " of " + total + "; the piece must be 1 up to the total, and the total at least 1");
    }

    /** n/m: position n of m in a sequence (7258, birth sequence). */
    static Linter.Violation positionInSequence(CharSequence v, int from, int to) {
        boolean shape = to - from == 3 && Text.isDigit(v.charAt(from)) && v.charAt(from + 1) == '/'
                && Text.isDigit(v.charAt(from + 2));
        if (shape) {
            int n = v.charAt(from) - '0';
            int m = v.charAt(from + 2) - '0';
            if (n >= 1 && n <= m) {
                return null;
            }
        }
        return new Linter.Violation(ErrorCodes.BAD_VALUE, from, "has '" + v.subSequence(from, to)
                + "'; it must be position/total such as 1/2, the position from 1 up to the total");
    }

    static Linter.Violation percentEncoding(CharSequence v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (v.charAt(i) == '%' && (i + 2 >= to || !isHex(v.charAt(i + 1)) || !isHex(v.charAt(i + 2)))) {
                return new Linter.Violation(ErrorCodes.BAD_CHARACTER, i,
                        "has a '%' not followed by two hexadecimal digits (percent-encoding)");
            }
        }
        return null;
    }

    static Linter.Violation atMost(CharSequence v, int from, int to, long max, String what) {
        return Long.parseLong(v, from, to, 10) <= max ? null : new Linter.Violation(ErrorCodes.BAD_VALUE, from,
                "has " + what + " " + v.subSequence(from, to) + ", above the maximum " + max);
    }

    private static boolean isHex(char c) {
        return Text.isDigit(c) || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
    }
}
