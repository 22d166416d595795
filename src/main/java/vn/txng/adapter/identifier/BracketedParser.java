package vn.txng.adapter.identifier;

import java.util.List;
import java.util.StringJoiner;

/** Splits the human-readable form "(01)...(10)..." into AI entries; blanks around brackets, "\(" for '(' in data. */
final class BracketedParser {
    private BracketedParser() {
    }

    /**
     * Adds the entries of {@code s[from, to)} ({@code from} and {@code to} already past the field's surrounding
     * blanks); each run of blanks skipped after a ')' or before a '(' goes to {@code blanks} as {start, end}.
     */
    static void parse(String s, int from, int to, List<AiEntry> entries, List<IdentifierError> errors,
                      List<int[]> blanks) {
        int i = skipBlanks(s, from, to);
        boolean escapes = s.indexOf('\\', from) >= 0; // looked for once, not in every value
        while (i < to) {
            int close = aiEnd(s, i, to);
            if (close < 0) {
                errors.add(notAnAi(s, i, i > from));
                return;
            }
            ApplicationIdentifier ai = ai(s, i + 1, close);
            int v = skipBlanks(s, close + 1, to);
            if (v > close + 1) {
                blanks.add(new int[] {close + 1, v});
            }
            int next = nextAi(s, v, to);
            int end = next;
            while (end > v && Text.isBlank(s.charAt(end - 1))) {
                end--; // blanks before the next '(' are layout, as printed under barcodes
            }
            if (end < next) {
                blanks.add(new int[] {end, next});
            }
            if (ai == null) {
                errors.add(new IdentifierError(ErrorCodes.UNKNOWN_AI, i, "(" + s.substring(i + 1, close) + ") at position "
                        + i + " is not a GS1 Application Identifier"));
            } else {
                entries.add(new AiEntry(ai, escapes ? unescape(s, v, end) : s.substring(v, end), i, v));
            }
            i = next;
        }
    }

    /**
     * The warning that the blanks at {@code blanks} ({start, end} runs, as {@link #parse} found them) were dropped:
     * people type them from the text under a barcode, but GS1's Barcode Syntax Engine refuses them.
     */
    static IdentifierError spacesRemoved(List<int[]> blanks, ElementString normal) {
        StringJoiner at = new StringJoiner(", ");
        for (int[] run : blanks) {
            at.add(run[1] - run[0] == 1 ? String.valueOf(run[0]) : run[0] + "-" + (run[1] - 1));
        }
        String positions = at.toString();
        int last = positions.lastIndexOf(", ");
        if (last >= 0) {
            positions = positions.substring(0, last) + " and " + positions.substring(last + 2);
        }
        boolean one = blanks.size() == 1 && blanks.get(0)[1] - blanks.get(0)[0] == 1;
        return new IdentifierError(ErrorCodes.SPACES_REMOVED, blanks.get(0)[0], "the space" + (one ? " at position "
                : "s at positions ") + positions + " around the brackets " + (one ? "was" : "were") + " removed: "
                + "an element string holds none (GS1's Barcode Syntax Engine refuses them); its normal form is "
                + normal.bracketed());
    }

    /** What stands at {@code at} where an AI should open: an unescaped '(' inside a value, or something else. */
    private static IdentifierError notAnAi(String s, int at, boolean afterValue) {
        if (afterValue && s.charAt(at) == '(') {
            return new IdentifierError(ErrorCodes.BAD_SYNTAX, at, "'(' at position " + at + " opens an Application"
                    + " Identifier, but 2 to 4 digits and ')' do not follow it; a bracket inside a value is written \\(");
        }
        return new IdentifierError(ErrorCodes.BAD_SYNTAX, at, "expected '(' with 2 to 4 digits and ')' to open an "
                + "Application Identifier at position " + at + ", but found " + Text.show(s.charAt(at)));
    }

    /** The AI whose digits are {@code s[from, to)}, looked up without a substring; null when there is none. */
    private static ApplicationIdentifier ai(String s, int from, int to) {
        AiTable table = AiTable.instance();
        return table.lengthAt(s, from) == to - from ? table.at(s, from, to - from) : null;
    }

    /** The value with "\(" read as '(' (the escape of the bracketed form). */
    private static String unescape(String s, int from, int to) {
        return s.substring(from, to).replace("\\(", "(");
    }

    /** Index of the ')' closing "(" + 2-4 digits at {@code at}, or -1. */
    private static int aiEnd(String s, int at, int to) {
        if (s.charAt(at) != '(') {
            return -1;
        }
        int j = at + 1;
        while (j < to && j - at <= 5 && Text.isDigit(s.charAt(j))) {
            j++;
        }
        return j < to && s.charAt(j) == ')' && j - at - 1 >= 2 && j - at - 1 <= 4 ? j : -1;
    }

    /** Start of the next '(' not escaped by a backslash (the next AI, or an error there), or {@code to}. */
    private static int nextAi(String s, int from, int to) {
        int j = s.indexOf('(', from);
        while (j >= 0 && j < to) {
            if (j == from || s.charAt(j - 1) != '\\') {
                return j;
            }
            j = s.indexOf('(', j + 1);
        }
        return to;
    }

    private static int skipBlanks(String s, int from, int to) {
        int i = from;
        while (i < to && Text.isBlank(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
