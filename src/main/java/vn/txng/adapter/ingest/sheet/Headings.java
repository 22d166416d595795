package vn.txng.adapter.ingest.sheet;

import java.text.Normalizer;
import java.util.Locale;

/** Column headings compared as people read them, and spreadsheet column letters. */
public final class Headings {

    private Headings() {
    }

    /**
     * {@code heading} without case, accents or punctuation: {@code "Địa điểm (GLN)"} and {@code "dia diem gln"} are the
     * same heading, so a file typed without Vietnamese accents (or with another Unicode form) still matches.
     */
    public static String key(String heading) {
        if (heading == null) {
            return "";
        }
        // đ and Đ are letters of their own in Unicode, not d with a mark: NFD leaves them
        String decomposed = Normalizer.normalize(heading.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && key.length() > 0) {
                    key.append(' ');
                }
                space = false;
                key.append(Character.toLowerCase(c));
            } else {
                space = true;
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    /** The 0-based index of column letters {@code A}, {@code Z}, {@code AA}...; -1 when {@code letters} is not one. */
    public static int columnIndex(String letters) {
        String text = letters == null ? "" : letters.strip().toUpperCase(Locale.ROOT);
        if (text.isEmpty() || text.length() > 3) {
            return -1;
        }
        int index = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z') {
                return -1;
            }
            index = index * 26 + (c - 'A' + 1);
        }
        return index - 1;
    }

    /** The letters of the 0-based column {@code index}: 0 is {@code A}, 26 is {@code AA}. */
    public static String columnLetters(int index) {
        StringBuilder letters = new StringBuilder(3);
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
