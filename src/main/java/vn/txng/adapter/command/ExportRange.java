package vn.txng.adapter.command;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * The time range of {@code export-epcis}: each end an ISO date-time with its offset ({@code 2026-11-21T08:00:00+07:00},
 * that instant) or an ISO date ({@code 2026-11-21}: the whole day in the event time zone), both ends included; an end
 * not given is open. Events by their time; lots by their production date (a lot without one is outside any range).
 */
record ExportRange(Bound from, Bound to, ZoneId zone) {

    /** One end as given: a date-time or a date. */
    record Bound(OffsetDateTime time, LocalDate date) {

        /** The first instant of the bound ({@code --from}). */
        OffsetDateTime start(ZoneId zone) {
            return time != null ? time : date.atStartOfDay(zone).toOffsetDateTime();
        }

        /** The first instant after the bound ({@code --to}): a date's next day, a date-time's next nanosecond. */
        OffsetDateTime endExclusive(ZoneId zone) {
            return time != null ? time.plusNanos(1) : date.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        }

        /** The day of the bound: a date-time's date at its own offset. */
        LocalDate day() {
            return time != null ? time.toLocalDate() : date;
        }

        @Override
        public String toString() {
            return time != null ? time.toString() : date.toString();
        }
    }

    /** picocli's converter of {@code --from} and {@code --to}: a bad value is a usage error (exit 2) naming the forms. */
    static final class BoundConverter implements CommandLine.ITypeConverter<Bound> {
        @Override
        public Bound convert(String value) {
            String text = value.strip();
            try {
                return text.length() <= 10 ? new Bound(null, LocalDate.parse(text)) : new Bound(OffsetDateTime.parse(text), null);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is neither a date (2026-11-21) nor a date-time"
                        + " with its offset (2026-11-21T08:00:00+07:00)");
            }
        }
    }

    /** Whether the range has an end at all (without one, every event and lot is in it). */
    boolean bounded() {
        return from != null || to != null;
    }

    /** Whether an event at {@code time} is in the range. */
    boolean contains(OffsetDateTime time) {
        return (from == null || !time.isBefore(from.start(zone))) && (to == null || time.isBefore(to.endExclusive(zone)));
    }

    /** Whether a lot produced on {@code productionDate} (null: unknown) is in the range. */
    boolean containsDay(LocalDate productionDate) {
        if (!bounded()) {
            return true;
        }
        return productionDate != null && (from == null || !productionDate.isBefore(from.day()))
                && (to == null || !productionDate.isAfter(to.day()));
    }

    /** The range in words, for the summary. */
    String describe() {
        return !bounded() ? "all" : "from " + (from == null ? "the first" : from) + " to " + (to == null ? "the last" : to);
    }

    /** Refuses a range that ends before it starts. */
    void check() {
        if (from != null && to != null && !from.start(zone).isBefore(to.endExclusive(zone))) {
            throw new DateTimeException("--from " + from + " is after --to " + to);
        }
    }
}
