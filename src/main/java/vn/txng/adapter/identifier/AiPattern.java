package vn.txng.adapter.identifier;

/**
 * An AI pattern of the dictionary's req= and ex= rules, e.g. "01" or "31nn", compiled when the table loads into
 * a length and a range of codes (the dictionary's wildcards 'n' are always trailing digits).
 *
 * @param text   the pattern as written, for messages
 * @param length the number of digits of the AIs it matches
 * @param first  the lowest code it matches, as a number
 * @param last   the highest code it matches, as a number
 */
public record AiPattern(String text, int length, int first, int last) {

    static AiPattern parse(String text) {
        int first = 0;
        int last = 0;
        boolean wildcard = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'n') {
                wildcard = true;
                first = first * 10;
                last = last * 10 + 9;
            } else if (Text.isDigit(c) && !wildcard) {
                first = first * 10 + c - '0';
                last = last * 10 + c - '0';
            } else {
                throw new IllegalArgumentException("AI table has a malformed AI pattern: " + text);
            }
        }
        if (text.length() < 2 || text.length() > 4) {
            throw new IllegalArgumentException("AI table has an AI pattern of the wrong length: " + text);
        }
        return new AiPattern(text, text.length(), first, last);
    }

    /** True when the AI's code fits this pattern; compares numbers, not strings, as it runs for every pair of AIs. */
    public boolean matches(ApplicationIdentifier ai) {
        return ai.number() >= first && ai.number() <= last && ai.code().length() == length;
    }

    @Override
    public String toString() {
        return text;
    }
}
