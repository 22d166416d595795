package vn.txng.adapter.ingest.edi;

import java.time.LocalDate;
import java.util.Map;
import vn.txng.adapter.model.Manufacturer;

/** The X12 segments both transaction sets share: item ids in LIN, dates, parties, units. */
final class X12Segments {

    /** X12 unit codes (355) to UN/ECE Rec. 20 for net content; others pass as given. */
    private static final Map<String, String> REC20 = Map.of("GR", "GRM", "KG", "KGM", "ML", "MLT", "LT", "LTR",
            "OZ", "ONZ", "LB", "LBR", "EA", "H87", "MG", "MGM");

    private X12Segments() {
    }

    /** The id after qualifier {@code wanted} in LIN's qualifier/id pairs (LIN02/03, 04/05 ...), or null. */
    static String linId(EdiSegment lin, String wanted) {
        for (int element = 2; element < lin.elementCount(); element += 2) {
            if (wanted.equals(lin.value(element))) {
                return lin.value(element + 1);
            }
        }
        return null;
    }

    /** The first GTIN in LIN: UK (GTIN-14), EN (EAN-13) or UP (UPC-A, a GTIN-12). */
    static String linGtin(EdiSegment lin) {
        for (int element = 2; element < lin.elementCount(); element += 2) {
            String qualifier = lin.value(element);
            if ("UK".equals(qualifier) || "EN".equals(qualifier) || "UP".equals(qualifier)) {
                return lin.value(element + 1);
            }
        }
        return null;
    }

    /**
     * MAN02 when MAN01 is GM (SSCC-18 with its application identifier): the SSCC without the AI "00" partners put
     * before its 18 digits; as given when it is not 20 characters starting "00" (the check then says what is wrong).
     * Null for any other marking (MAN*CP carton numbers ...).
     */
    static String manSscc(EdiSegment man) {
        if (!"GM".equals(man.value(1))) {
            return null;
        }
        String value = EdiTexts.clean(man.value(2));
        return value != null && value.length() == 20 && value.startsWith("00") ? value.substring(2) : value;
    }

    /** DTM02 (CCYYMMDD), or DTM06 when DTM05 says D8/RD8. */
    static LocalDate date(EdiSegment dtm) {
        String format = dtm.value(5);
        if ("RD8".equals(format)) {
            return EdiDates.parse(dtm.value(6), "718", "DTM06");
        }
        if (format != null && !"D8".equals(format)) {
            throw new EdiLineProblem("EDI_DATE_FORMAT", "DTM05", "date format " + format + " is not supported; send D8 or RD8");
        }
        return EdiDates.parse(format == null ? dtm.value(2) : dtm.value(6), "102", format == null ? "DTM02" : "DTM06");
    }

    /** N1 GLN: N104 when N103 is UL (Global Location Number). */
    static String partyGln(EdiSegment n1) {
        return "UL".equals(n1.value(3)) ? n1.value(4) : null;
    }

    static Manufacturer party(EdiSegment n1) {
        return new Manufacturer(EdiTexts.clean(n1.value(2)), null, null, partyGln(n1));
    }

    /** The manufacturer with an N3 (street) or N4 (city, state, postcode, country) added to its address. */
    static Manufacturer address(Manufacturer m, EdiSegment s) {
        String part = s.tag().equals("N3") ? EdiTexts.join(", ", s.value(1), s.value(2))
                : EdiTexts.join(", ", s.value(1), s.value(2), s.value(3), s.value(4));
        return new Manufacturer(m.name(), EdiTexts.join(", ", m.address(), part), m.taxCode(), m.gln());
    }

    static String rec20(String x12Unit) {
        return x12Unit == null ? null : REC20.getOrDefault(x12Unit, x12Unit);
    }
}
