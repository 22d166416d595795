package vn.txng.adapter.ingest.edi;

import java.time.LocalDate;
import java.time.DateTimeException;

/**
 * Dates as EDIFACT's DTM (format code 2379) and X12's DTM give them: 102 CCYYMMDD, 203
 * CCYYMMDDHHMM, 204 CCYYMMDDHHMMSS and 718 CCYYMMDD-CCYYMMDD. Of a 718 range the first day is
 * taken: a lot's production started then, and the earliest expiry is the one safe to publish.
 */
public final class EdiDates {

    private EdiDates() {
    }

    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(text);
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** The day, or an {@link EdiLineProblem} naming {@code field} for an unsupported or bad value. */
    public static LocalDate parse(String value, String format, String field) {
        if (value == null) {
            throw new EdiLineProblem("EDI_DATE_MISSING", field, "the date has no value");
        }
        String code = format == null ? "102" : format;
        int length = switch (code) {
            case "102" -> 8;
            case "203" -> 12;
            case "204" -> 14;
            case "718" -> 17;
            default -> throw new EdiLineProblem("EDI_DATE_FORMAT", field,
                    "date format " + code + " is not supported; send 102 (CCYYMMDD), 203 (CCYYMMDDHHMM), 204 or 718 (CCYYMMDD-CCYYMMDD)");
        };
        if (value.length() != length || (code.equals("718") && value.charAt(8) != '-')) {
            throw new EdiLineProblem("EDI_BAD_DATE", field, "'" + value + "' does not match date format " + code);
        }
        try {
            // by hand: DateTimeFormatter parsing cost a third of the reader's time on a large DESADV
            return LocalDate.of(digits(value, 0, 4), digits(value, 4, 6), digits(value, 6, 8));
        } catch (DateTimeException | NumberFormatException e) {
            throw new EdiLineProblem("EDI_BAD_DATE", field, "'" + value + "' is not a calendar date (format " + code + ")");
        }
    }
}
