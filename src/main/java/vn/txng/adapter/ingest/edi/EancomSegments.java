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

    /** PIA C212 item number of type {@code type} (SA supplier's article number, IN buyer's item number ...); null when none. */
    static String piaItem(EdiSegment pia, String type) {
        for (int element = 2; element <= 6; element++) {
            if (type.equals(pia.value(element, 2))) {
                return EdiTexts.clean(pia.value(element, 1));
            }
        }
        return null;
    }

    /** PIA C212 item number of type NB (batch number), as partners give a line's batch; null when none. */
    static String piaBatch(EdiSegment pia) {
        for (int element = 2; element <= 6; element++) {
            if ("NB".equals(pia.value(element, 2))) {
                return EdiTexts.clean(pia.value(element, 1));
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

    /**
     * A line's DTM+363 (total shelf life period) or DTM+41E (product lifespan from production) in
     * days: format 804 days, 803 weeks, 802 months (a month as 365/12 days, rounded down, so 12
     * months are 365 days and 24 are 730), 801 years (365.25 days, rounded down). A date format
     * here is an error: a period is wanted.
     */
    static int periodDays(EdiSegment dtm) {
        String format = dtm.value(1, 3);
        String value = dtm.value(1, 2);
        int per = switch (format == null ? "" : format) {
            case "804" -> 1;
            case "803" -> 7;
            case "802" -> 0;
            case "801" -> -1;
            default -> throw new EdiLineProblem("EDI_DATE_FORMAT", "DTM C507.2379", "a shelf life (DTM+" + dtm.value(1, 1)
                    + ") is a period: send format 804 (days), 803 (weeks), 802 (months) or 801 (years), not " + (format == null ? "none" : format));
        };
        int count;
        try {
            count = Integer.parseInt(value == null ? "" : value);
        } catch (NumberFormatException e) {
            throw new EdiLineProblem("EDI_BAD_NUMBER", "DTM C507.2380", "'" + value + "' is not a whole number of "
                    + (per == 1 ? "days" : per == 7 ? "weeks" : per == 0 ? "months" : "years"));
        }
        if (count <= 0 || count > 100 * 366) {
            throw new EdiLineProblem("EDI_BAD_NUMBER", "DTM C507.2380", "a shelf life of " + value + " is not a period a product keeps");
        }
        if (per == 0) {
            return (int) (count * 365L / 12);
        }
        // a year as 365.25 days, rounded down: 1 is 365, 2 are 730, 4 are 1461
        return per < 0 ? (int) (count * 1461L / 4) : count * per;
    }

    /** QTY C186 6060. */
    static BigDecimal quantity(EdiSegment qty) {
        return EdiNumbers.parse(qty.value(1, 2), "QTY C186.6060");
    }
}
