package vn.txng.adapter.identifier;

import java.util.List;

/** Builds, for any AI of the table, a value of its own format that passes all of its linters. */
final class AiSamples {
    private AiSamples() {
    }

    static String valid(ApplicationIdentifier ai) {
        StringBuilder sb = new StringBuilder();
        for (Component c : ai.components()) {
            sb.append(component(c));
        }
        return sb.toString();
    }

    /** One character more than the AI can hold, in the character set of its last component. */
    static String tooLong(ApplicationIdentifier ai) {
        String value = valid(ai);
        Component last = ai.components().get(ai.components().size() - 1);
        String filler = last.charset() == CharacterSet.N ? "1" : "A";
        return value + filler.repeat(ai.maxLength() + 1 - value.length());
    }

    private static String component(Component c) {
        List<String> names = c.linters().stream().map(Component.Named::name).toList();
        int n = c.maxLength();
        String fill = (c.charset() == CharacterSet.N ? "1" : "A").repeat(n);
        if (names.isEmpty()) {
            return fill;
        }
        if (names.equals(List.of("gcppos1")) || names.equals(List.of("gcppos2"))) {
            return ("1234" + fill).substring(0, n); // a company prefix starts with digits
        }
        return switch (names.get(0)) {
            case "csum" -> withCheckDigit("1".repeat(n - 1));
            case "csumalpha" -> withCheckPair("1234" + "A".repeat(n - 6));
            case "yymmd0", "yymmdd" -> "261231";
            case "yyyymmdd" -> "20261231";
            case "hhmi" -> "2359";
            case "hh" -> "23";
            case "mi", "ss" -> "59";
            case "iso3166", "iso3166999", "iso4217" -> "704";
            case "iso3166alpha2" -> "VN";
            case "iso5218", "yesno", "winding" -> "1";
            case "mediatype" -> "01";
            case "packagetype" -> "BX";
            case "zero" -> "0";
            case "hyphen" -> "-";
            case "nonzero", "nozeroprefix" -> fill;
            case "importeridx" -> "A";
            case "pieceoftotal" -> "0102";
            case "posinseqslash" -> "1/2";
            case "latitude", "longitude" -> "0123456789";
            case "pcenc" -> "A%20B" + "C".repeat(n - 5);
            case "iban" -> "GB82WEST12345698765432";
            case "couponcode" -> "0123456123456" + "15" + "11" + "1123";
            case "couponposoffer" -> "0" + "0123456" + "123456" + "0123456";
            default -> throw new IllegalStateException("no sample for linter " + names);
        };
    }

    static String withCheckDigit(String data) {
        return data + CheckDigit.mod10(data, 0, data.length());
    }

    static String withCheckPair(String data) {
        int pair = CheckDigit.checkPair(data, 0, data.length());
        return data + (char) (pair >>> 16) + (char) (pair & 0xFFFF);
    }
}
