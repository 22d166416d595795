package vn.txng.adapter.ingest.sheet;

/**
 * The delimiter of a CSV file told from its first lines: Excel's {@code sep=;} first line when there is one (a hint
 * Excel writes and hides), else whichever of tab, {@code ;} and {@code ,} the first {@value #LINES} lines that are not
 * empty hold most of outside quotes, so that a title line above the headings (no delimiter) does not hide them.
 */
public final class Delimiters {

    /** The lines looked at. */
    static final int LINES = 10;
    private static final String HINT = "sep=";

    private Delimiters() {
    }

    /** The delimiter of Excel's {@code sep=} first line, or 0 when {@code text} does not start with one. */
    static char hint(CharSequence text) {
        if (text.length() > HINT.length() && text.toString().regionMatches(true, 0, HINT, 0, HINT.length())) {
            char c = text.charAt(HINT.length());
            boolean ends = text.length() == HINT.length() + 1 || text.charAt(HINT.length() + 1) == '\r' || text.charAt(HINT.length() + 1) == '\n';
            return ends && c != '\r' && c != '\n' ? c : 0;
        }
        return 0;
    }

    /** The delimiter of {@code text} (the start of the file), or 0 when its first lines hold none. */
    public static char of(CharSequence text) {
        char hint = hint(text);
        if (hint != 0) {
            return hint;
        }
        int tabs = 0;
        int semicolons = 0;
        int commas = 0;
        int lines = 0;
        boolean quoted = false;
        boolean empty = true;
        for (int i = 0; i < text.length() && lines < LINES; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                lines += empty ? 0 : 1;
                empty = true;
                continue;
            } else if (!quoted) {
                tabs += c == '\t' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
            }
            empty &= Character.isWhitespace(c);
        }
        if (tabs >= semicolons && tabs >= commas && tabs > 0) {
            return '\t';
        }
        return semicolons >= commas && semicolons > 0 ? ';' : commas > 0 ? ',' : 0;
    }
}
