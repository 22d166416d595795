package vn.txng.adapter.ingest.edi;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * A despatch date/time as EANCOM's DTM (format code 2379) and X12's DTM/BSN give it, as an instant with its offset.
 * EANCOM: 102 CCYYMMDD (the start of that day), 203 CCYYMMDDHHMM, 204 CCYYMMDDHHMMSS, 205 CCYYMMDDHHMM±HHMM, 303
 * CCYYMMDDHHMMZZZ and 304 CCYYMMDDHHMMSSZZZ (ZZZ: {@code UTC}, {@code GMT} or ±HH). X12: CCYYMMDD with an optional
 * HHMM[SS[d[d]]] and time code (623: UT/GM, LT, the US zones ES ED CS CD MS MD PS PD). A time without an offset is
 * taken in the source's time zone.
 */
final class DespatchTimes {

    private static final Map<String, ZoneOffset> X12_CODES = Map.ofEntries(
            Map.entry("UT", ZoneOffset.UTC), Map.entry("GM", ZoneOffset.UTC),
            Map.entry("ES", ZoneOffset.ofHours(-5)), Map.entry("ED", ZoneOffset.ofHours(-4)),
            Map.entry("CS", ZoneOffset.ofHours(-6)), Map.entry("CD", ZoneOffset.ofHours(-5)),
            Map.entry("MS", ZoneOffset.ofHours(-7)), Map.entry("MD", ZoneOffset.ofHours(-6)),
            Map.entry("PS", ZoneOffset.ofHours(-8)), Map.entry("PD", ZoneOffset.ofHours(-7)));

    private DespatchTimes() {
    }

    /** An EANCOM DTM C507's value (2380) in its format (2379; none: 102); an {@link EdiLineProblem} when it cannot be read. */
    static OffsetDateTime edifact(String value, String format, ZoneId zone) {
        String code = format == null ? "102" : format;
        if (value == null) {
            throw new EdiLineProblem("EDI_DATE_MISSING", "DTM C507.2380", "the despatch date has no value");
        }
        int length = switch (code) {
            case "102" -> 8;
            case "203" -> 12;
            case "204" -> 14;
            case "205" -> 17;
            case "303" -> 12;
            case "304" -> 14;
            default -> throw new EdiLineProblem("EDI_DATE_FORMAT", "DTM C507.2379", "despatch date format " + code
                    + " is not read; send 102, 203, 204, 205 (with offset), 303 or 304 (with time zone)");
        };
        boolean zoned = code.equals("303") || code.equals("304");
        if (zoned ? value.length() <= length : value.length() != length) {
            throw bad(value, code);
        }
        try {
            LocalDate day = LocalDate.of(number(value, 0, 4, code), number(value, 4, 6, code), number(value, 6, 8, code));
            if (length == 8) {
                return day.atStartOfDay(zone).toOffsetDateTime();
            }
            LocalTime time = LocalTime.of(number(value, 8, 10, code), number(value, 10, 12, code),
                    length == 14 ? number(value, 12, 14, code) : 0);
            LocalDateTime local = LocalDateTime.of(day, time);
            if (code.equals("205")) {
                return local.atOffset(ZoneOffset.of(value.substring(12, 15) + ":" + value.substring(15)));
            }
            if (zoned) {
                return local.atOffset(zoneCode(value.substring(length), code));
            }
            return local.atZone(zone).toOffsetDateTime();
        } catch (DateTimeException e) {
            throw bad(value, code);
        }
    }

    /**
     * An X12 date (CCYYMMDD) with its time (HHMM, HHMMSS, HHMMSSD or HHMMSSDD; may be null: the start of the day) and
     * time code (may be null: the source's zone); {@code dateField}/{@code timeField} name the elements in a problem.
     */
    static OffsetDateTime x12(String date, String time, String timeCode, ZoneId zone, String dateField, String timeField) {
        LocalDate day = EdiDates.parse(date, "102", dateField);
        if (time == null) {
            return day.atStartOfDay(zone).toOffsetDateTime();
        }
        if (time.length() != 4 && (time.length() < 6 || time.length() > 8)) {
            throw new EdiLineProblem("EDI_BAD_DATE", timeField, "'" + time + "' is not a time (HHMM, HHMMSS, HHMMSSD or HHMMSSDD)");
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.of(day, LocalTime.of(Integer.parseInt(time.substring(0, 2)), Integer.parseInt(time.substring(2, 4)),
                    time.length() >= 6 ? Integer.parseInt(time.substring(4, 6)) : 0));
        } catch (DateTimeException | NumberFormatException e) {
            throw new EdiLineProblem("EDI_BAD_DATE", timeField, "'" + time + "' is not a time of day");
        }
        if (timeCode == null || timeCode.equals("LT")) {
            return local.atZone(zone).toOffsetDateTime();
        }
        ZoneOffset offset = X12_CODES.get(timeCode);
        if (offset == null) {
            throw new EdiLineProblem("EDI_DATE_FORMAT", "DTM04", "time code " + timeCode
                    + " is not read; send UT, LT, a US zone (ES, ED, CS, CD, MS, MD, PS, PD) or none (the source's time zone)");
        }
        return local.atOffset(offset);
    }

    private static ZoneOffset zoneCode(String zzz, String code) {
        if (zzz.equals("UTC") || zzz.equals("GMT") || zzz.equals("Z")) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneOffset.of(zzz);
        } catch (DateTimeException e) {
            throw new EdiLineProblem("EDI_BAD_DATE", "DTM C507.2380", "'" + zzz + "' is not a time zone of format " + code
                    + " (UTC, GMT or an offset such as +07)");
        }
    }

    private static int number(String text, int from, int to, String code) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw bad(text, code);
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static EdiLineProblem bad(String value, String code) {
        return new EdiLineProblem("EDI_BAD_DATE", "DTM C507.2380", "'" + value + "' is not a despatch date/time of format " + code);
    }
}
