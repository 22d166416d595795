package vn.txng.adapter.ingest.edi;

import java.text.Normalizer;
import java.util.StringJoiner;

/** Text as people read it: Windows-1258 writes Vietnamese with combining accents, the portal wants NFC. */
public final class EdiTexts {

    private EdiTexts() {
    }

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (belowCombiningMarks(trimmed)) {
            return trimmed;
        }
        return Normalizer.isNormalized(trimmed, Normalizer.Form.NFC) ? trimmed : Normalizer.normalize(trimmed, Normalizer.Form.NFC);
    }

    /**
     * Text made only of characters below U+0300 (ASCII, Latin-1, Latin Extended) is NFC already:
     * every character there is NFC_Quick_Check=Yes with combining class 0, and nothing composes
     * with a following character unless that one is a combining mark (U+0300 up).
     */
    private static boolean belowCombiningMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0300') {
                return false;
            }
        }
        return true;
    }

    /** The non-empty parts joined with {@code separator}, or null when all are empty. */
    public static String join(String separator, String... parts) {
        StringJoiner joined = new StringJoiner(separator);
        for (String part : parts) {
            String clean = clean(part);
            if (clean != null) {
                joined.add(clean);
            }
        }
        return joined.length() == 0 ? null : joined.toString();
    }
}
