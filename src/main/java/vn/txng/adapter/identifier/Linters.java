package vn.txng.adapter.identifier;

/** The named linters of the GS1 syntax dictionary, resolved when the AI table is loaded. */
final class Linters {
    private Linters() {
    }

    /** The linter of that name; an unknown name is a broken table, found when the table loads. */
    static Linter named(String name) {
        return switch (name) {
            case "yymmd0" -> DateTimeLinters::yymmd0;
            case "yymmdd" -> DateTimeLinters::yymmdd;
            case "yyyymmdd" -> DateTimeLinters::yyyymmdd;
            case "hhmi" -> DateTimeLinters::hhmi;
            case "hh" -> DateTimeLinters::hh;
            case "mi" -> DateTimeLinters::mi;
            case "ss" -> DateTimeLinters::ss;
            case "iso3166" -> CodeListLinters::iso3166;
            case "iso3166999" -> CodeListLinters::iso3166or999;
            case "iso3166alpha2" -> CodeListLinters::iso3166alpha2;
            case "iso4217" -> CodeListLinters::iso4217;
            case "iso5218" -> CodeListLinters::iso5218;
            case "mediatype" -> CodeListLinters::mediaType;
            case "packagetype" -> CodeListLinters::packageType;
            case "yesno" -> CodeListLinters::yesNo;
            case "winding" -> CodeListLinters::winding;
            case "zero" -> CodeListLinters::zero;
            case "nonzero" -> CodeListLinters::nonZero;
            case "hyphen" -> CodeListLinters::hyphen;
            case "csum" -> StructureLinters::csum;
            case "csumalpha" -> StructureLinters::csumAlpha;
            case "gcppos1" -> (v, f, t) -> StructureLinters.companyPrefixAt(v, f, t, 0);
            case "gcppos2" -> (v, f, t) -> StructureLinters.companyPrefixAt(v, f, t, 1);
            case "hasnondigit" -> StructureLinters::hasNonDigit;
            case "nozeroprefix" -> StructureLinters::noZeroPrefix;
            case "importeridx" -> StructureLinters::importerIndex;
            case "pieceoftotal" -> StructureLinters::pieceOfTotal;
            case "posinseqslash" -> StructureLinters::positionInSequence;
            case "pcenc" -> StructureLinters::percentEncoding;
            case "latitude" -> (v, f, t) -> StructureLinters.atMost(v, f, t, 1_800_000_000L, "latitude");
            case "longitude" -> (v, f, t) -> StructureLinters.atMost(v, f, t, 3_600_000_000L, "longitude");
            case "iban" -> Iban::check;
            case "couponcode" -> CouponLinters::couponCode;
            case "couponposoffer" -> CouponLinters::positiveOffer;
            default -> throw new IllegalArgumentException("AI table names an unknown linter: " + name);
        };
    }
}
