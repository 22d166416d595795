package vn.txng.adapter.ingest.edi;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.txng.adapter.model.Manufacturer;

/** The EANCOM segments both messages share: item numbers, parties, quantities and dates. */
final class EancomSegments {

    private EancomSegments() {
    }

    /** LIN C212: the item number when its type is a GTIN (EN in D.96A, SRV in D.01B; either taken) or not given. */
    static String linGtin(EdiSegment lin) {
        return !lin.has(3, 2) || lin.is(3, 2, "EN") || lin.is(3, 2, "SRV") ? lin.value(3, 1) : null;
    }

    /** PIA+5 (product identification) C212 when it holds a GTIN; PIA+1 (additional ids) never does. */
    static String piaGtin(EdiSegment pia) {
        if (!pia.is(1, "5")) {
            return null;
        }
        for (int element = 2; element <= 6; element++) {
            if (isGtinType(pia.value(element, 2))) {
                return pia.value(element, 1);
            }
        }
        return null;
    }

    private static boolean isGtinType(String type) {
        return "EN".equals(type) || "SRV".equals(type);
    }

    /** NAD C082 party id when its agency is GS1 (3055 = 9). */
    static String partyGln(EdiSegment nad) {
        String agency = nad.value(2, 3);
        return agency == null || "9".equals(agency) ? nad.value(2, 1) : null;
    }

    /** NAD as a manufacturer: C080 name (else the first C058 line), C059 street, city, region, postcode, country. */
    static Manufacturer party(EdiSegment nad) {
        String name = EdiTexts.join(" ", nad.value(4, 1), nad.value(4, 2), nad.value(4, 3), nad.value(4, 4), nad.value(4, 5));
        String address = EdiTexts.join(", ", nad.value(5, 1), nad.value(5, 2), nad.value(5, 3), nad.value(5, 4),
                nad.value(6), nad.value(7, 1), nad.value(8), nad.value(9));
        if (name == null) {
            name = EdiTexts.clean(nad.value(3, 1));
        }
        if (address == null) {
            address = EdiTexts.join(", ", nad.value(3, 2), nad.value(3, 3), nad.value(3, 4), nad.value(3, 5));
        }
        return new Manufacturer(name, address, null, partyGln(nad));
    }

    /** DTM C507: the day of 2380 in format 2379. */
    static LocalDate date(EdiSegment dtm) {
        // the usual format code as a constant: no string made for it
        return EdiDates.parse(dtm.value(1, 2), dtm.is(1, 3, "102") ? "102" : dtm.value(1, 3), "DTM C507.2380");
    }

    /** QTY C186 6060. */
    static BigDecimal quantity(EdiSegment qty) {
        return EdiNumbers.parse(qty.value(1, 2), "QTY C186.6060");
    }
}
