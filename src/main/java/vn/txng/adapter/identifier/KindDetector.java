package vn.txng.adapter.identifier;

import java.util.List;
import java.util.Map;

/** Decides what a free-form value is and checks it as that: bare digits are a GTIN, 25T forms a UII, else GS1 AIs. */
final class KindDetector {
    private KindDetector() {
    }

    static Identified identify(IdentifierNormalizer normalizer, String raw) {
        String value = raw == null ? "" : raw;
        int from = Text.firstNonBlank(value);
        int to = Text.endNonBlank(value, from);
        int blank = misplacedBlank(value, from, to);
        if (blank >= 0) {
            return spaceInside(normalizer, raw, value, blank);
        }
        int n = to - from;
        if ((n == 8 || n == 12 || n == 13 || n == 14) && Text.allDigits(value, from, to)) {
            return of(raw, "GTIN", normalizer.gtin(value), Map.of());
        }
        // "25t" too: GS1 data never has a letter there, and a lower-case 25T deserves its own error
        if (value.regionMatches(true, from, "25T", 0, 3) || value.startsWith("]C0", from) || value.startsWith("[)>", from)
                || startsWithLetter(value, from, to)) {
            return of(raw, "UII_25T", normalizer.uii25T(value), Map.of());
        }
        Checked<ElementString> checked = normalizer.elementString(value);
        ElementString es = checked.value();
        String kind = es != null ? kindOf(es) : kindOfInvalid(value, from, to);
        // an element string normalises to its bracketed form, even with one key in it: only a bare key is its own
        String normalized = es == null ? null : es.bracketed();
        return new Identified(raw, kind, normalized, es == null ? Map.of() : es.ais(), checked.errors(),
                checked.warnings());
    }

    /** A lone GLN or SSCC is recognised by its AI, (414) or (00); anything else with AIs is GS1. */
    private static String kindOf(ElementString es) {
        if (es.size() == 1 && es.ais().containsKey("414")) {
            return "GLN";
        }
        return es.size() == 1 && es.ais().containsKey("00") ? "SSCC" : "GS1";
    }

    /** The same for a value that did not check out, read from its form so that a wrong GLN is still called a GLN. */
    private static String kindOfInvalid(String value, int from, int to) {
        if (lone(value, from, to, "(414)", 13) || lone(value, from, to, "414", 13)) {
            return "GLN";
        }
        return lone(value, from, to, "(00)", 18) || lone(value, from, to, "00", 18) ? "SSCC" : "GS1";
    }

    private static boolean lone(String value, int from, int to, String ai, int length) {
        return value.startsWith(ai, from) && to - from - ai.length() == length;
    }

    /** A letter first: not GS1 data (which starts with digits, '(' , ']' or a URI), so a bare 25T identifier. */
    private static boolean startsWithLetter(String value, int from, int to) {
        if (from >= to) {
            return false;
        }
        char c = value.charAt(from);
        boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        return letter && !DigitalLinkParser.looksLikeUri(value, from, to);
    }

    /**
     * A blank inside the value, or -1: values hold no blanks, except those around the brackets of the bracketed
     * form, as printed under barcodes (the bracketed parser reads them as layout).
     */
    static int misplacedBlank(String value, int from, int to) {
        boolean bracketed = from < to && value.charAt(from) == '(';
        for (int i = from; i < to; i++) {
            if (Text.isBlank(value.charAt(i))) {
                int end = i;
                while (end < to && Text.isBlank(value.charAt(end))) {
                    end++;
                }
                if (!bracketed || (value.charAt(i - 1) != ')' && value.charAt(end) != '(')) {
                    return i;
                }
                i = end;
            }
        }
        return -1;
    }

    /** The verdict on a value with a blank inside: that alone, under the kind the value has without its blanks. */
    private static Identified spaceInside(IdentifierNormalizer normalizer, String raw, String value, int at) {
        String kind = identify(normalizer, withoutBlanks(value)).kind();
        IdentifierError error = new IdentifierError(ErrorCodes.SPACE_IN_VALUE, at, "the value has "
                + Text.show(value.charAt(at)) + " at position " + at + " inside it; identifiers hold no spaces (only "
                + "the bracketed form may have them around its brackets): remove it, or give each value on its own line");
        return new Identified(raw, kind, null, Map.of(), List.of(error), List.of());
    }

    private static String withoutBlanks(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            if (!Text.isBlank(value.charAt(i))) {
                sb.append(value.charAt(i));
            }
        }
        return sb.toString();
    }

    private static Identified of(String raw, String kind, Checked<String> checked, Map<String, String> ais) {
        return new Identified(raw, kind, checked.value(), ais, checked.errors(), checked.warnings());
    }
}
