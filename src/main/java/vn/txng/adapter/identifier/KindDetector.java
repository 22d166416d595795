package vn.txng.adapter.identifier;

import java.util.Map;

/** Decides what a free-form value is and checks it as that: bare digits are a GTIN, 25T forms a UII, else GS1 AIs. */
final class KindDetector {
    private KindDetector() {
    }

    static Identified identify(IdentifierNormalizer normalizer, String raw) {
        String value = raw == null ? "" : raw;
        int from = Text.firstNonBlank(value);
        int to = Text.endNonBlank(value, from);
        int n = to - from;
        if ((n == 8 || n == 12 || n == 13 || n == 14) && Text.allDigits(value, from, to)) {
            return of(raw, "GTIN", normalizer.gtin(value), Map.of());
        }
        if (value.startsWith("25T", from) || value.startsWith("]C0", from) || value.startsWith("[)>", from)) {
            return of(raw, "UII_25T", normalizer.uii25T(value), Map.of());
        }
        Checked<ElementString> checked = normalizer.elementString(value);
        ElementString es = checked.value();
        String kind = "GS1";
        String normalized = es == null ? null : es.bracketed();
        if (es != null && es.ais().size() == 1 && (es.ais().containsKey("414") || es.ais().containsKey("00"))) {
            kind = es.ais().containsKey("414") ? "GLN" : "SSCC"; // a lone GLN or SSCC is recognised by its AI
            normalized = es.ais().values().iterator().next();
        }
        return new Identified(raw, kind, normalized, es == null ? Map.of() : es.ais(), checked.errors(),
                checked.warnings());
    }

    private static Identified of(String raw, String kind, Checked<String> checked, Map<String, String> ais) {
        return new Identified(raw, kind, checked.value(), ais, checked.errors(), checked.warnings());
    }
}
