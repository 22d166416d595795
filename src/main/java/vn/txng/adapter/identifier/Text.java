package vn.txng.adapter.identifier;

/** Small helpers for messages and trimming that keep track of offsets in the raw input. */
final class Text {
    private Text() {
    }

    /** A character as a person reads it in a message: 'a', or its code point when invisible. */
    static String show(char c) {
        if (c == 0x1D) {
            return "GS (U+001D)";
        }
        if (c < 0x20 || c == 0x7F || Character.isWhitespace(c)) {
            return String.format("U+%04X", (int) c);
        }
        return "'" + c + "'";
    }

    /** Index of the first character that is not a space or tab (surrounding blanks are tolerated, controls are not). */
    static int firstNonBlank(CharSequence s) {
        int i = 0;
        while (i < s.length() && isBlank(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** End (exclusive) of the text once trailing spaces and tabs are dropped. */
    static int endNonBlank(CharSequence s, int from) {
        int end = s.length();
        while (end > from && isBlank(s.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\r' || c == '\n';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean allDigits(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
