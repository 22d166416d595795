package vn.txng.adapter.identifier;

import java.time.LocalDate;
import java.time.Year;

/** Dates and times in AI values: YYMMDD (day 00 = end of month where allowed), YYYYMMDD, HH, MI, SS. */
final class DateTimeLinters {
    private DateTimeLinters() {
    }

    static Linter.Violation yymmd0(CharSequence v, int from, int to) {
        return date(v, from, 2000 + two(v, from), from + 2, true);
    }

    static Linter.Violation yymmdd(CharSequence v, int from, int to) {
        return date(v, from, 2000 + two(v, from), from + 2, false);
    }

    static Linter.Violation yyyymmdd(CharSequence v, int from, int to) {
        return date(v, from, two(v, from) * 100 + two(v, from + 2), from + 4, false);
    }

    static Linter.Violation hhmi(CharSequence v, int from, int to) {
        Linter.Violation hours = hh(v, from, from + 2);
        return hours != null ? hours : mi(v, from + 2, to);
    }

    static Linter.Violation hh(CharSequence v, int from, int to) {
        return two(v, from) <= 23 ? null
                : new Linter.Violation(ErrorCodes.BAD_TIME, from, "has hour " + v.subSequence(from, from + 2)
                + "; hours run 00-23");
    }

    static Linter.Violation mi(CharSequence v, int from, int to) {
        return two(v, from) <= 59 ? null
                : new Linter.Violation(ErrorCodes.BAD_TIME, from, "has minute " + v.subSequence(from, from + 2)
                + "; minutes run 00-59");
    }

    static Linter.Violation ss(CharSequence v, int from, int to) {
        return two(v, from) <= 59 ? null
                : new Linter.Violation(ErrorCodes.BAD_TIME, from, "has second " + v.subSequence(from, from + 2)
                + "; seconds run 00-59");
    }

    /** Month at {@code at}, day after it; the year only matters for February 29 (leap years repeat every century). */
    private static Linter.Violation date(CharSequence v, int from, int year, int at, boolean dayZeroAllowed) {
        int month = two(v, at);
        int day = two(v, at + 2);
        if (month < 1 || month > 12) {
            return new Linter.Violation(ErrorCodes.BAD_DATE, at, "has month " + v.subSequence(at, at + 2)
                    + "; months run 01-12 (date " + v.subSequence(from, at + 4) + ")");
        }
        int last = Year.isLeap(year) ? java.time.Month.of(month).maxLength() : java.time.Month.of(month).minLength();
        if (day > last || (day == 0 && !dayZeroAllowed)) {
            String range = dayZeroAllowed ? "00 (end of month) or 01-" + last : "01-" + last;
            return new Linter.Violation(ErrorCodes.BAD_DATE, at + 2, "has day " + v.subSequence(at + 2, at + 4)
                    + " in month " + month + "; the day must be " + range + " (date " + v.subSequence(from, at + 4) + ")");
        }
        return null;
    }

    /** The YYMMDD date as GS1 reads it: century by the 50-years-back/49-ahead window, day 00 = last day of month. */
    static LocalDate toDate(CharSequence v, int from, int currentYear) {
        int yy = two(v, from);
        int century = currentYear / 100 * 100;
        int diff = yy - currentYear % 100;
        if (diff >= 51) {
            century -= 100;
        } else if (diff <= -50) {
            century += 100;
        }
        int month = two(v, from + 2);
        int day = two(v, from + 4);
        LocalDate first = LocalDate.of(century + yy, month, 1);
        return day == 0 ? first.withDayOfMonth(first.lengthOfMonth()) : first.withDayOfMonth(day);
    }

    private static int two(CharSequence v, int at) {
        return (v.charAt(at) - '0') * 10 + (v.charAt(at + 1) - '0');
    }
}
