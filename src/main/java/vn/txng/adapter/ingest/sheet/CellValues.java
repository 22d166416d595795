package vn.txng.adapter.ingest.sheet;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import vn.txng.adapter.identifier.CheckDigit;

/**
 * Cell values as people type them, each parser returning the value or throwing {@link Refused} with a code and a
 * sentence: dates {@code dd/MM/yyyy} or {@code yyyy-MM-dd} or an Excel date cell, numbers with the source's
 * {@link DecimalMark}, GS1 keys that Excel turned into numbers.
 */
final class CellValues {

    /** A value refused: the rejection's code and sentence, without the cell (the caller names it). */
    static final class Refused extends Exception {
        private final String code;

        Refused(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }

        String code() {
            return code;
        }
    }

    static final String NUMBER_INVALID = "SHEET_NUMBER_INVALID";
    static final String DATE_INVALID = "SHEET_DATE_INVALID";
    static final String TIME_INVALID = "SHEET_TIME_INVALID";
    static final String SCIENTIFIC_NOTATION = "SCIENTIFIC_NOTATION";
    static final String LEADING_ZERO_LOST = "LEADING_ZERO_LOST";

    private static final Pattern COMMA_NUMBER = Pattern.compile("[+-]?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");
    private static final Pattern POINT_NUMBER = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d+([.,]\\d+)?[eE][+-]?\\d+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** A date's time, dropped: {@code 0:00:00} as LibreOffice writes a date cell as text. */
    private static final String TIME = "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?";
    /** Day first, separated by {@code /}, {@code -} or {@code .} (the same twice). */
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})" + TIME);
    /** Year first, separated by {@code -} or {@code /}. */
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})" + TIME);
    private static final DateTimeFormatter DAY_MONTH_YEAR_TIME = strict("d/M/uuuu H:mm[:ss]");
    private static final DateTimeFormatter ISO_LOCAL_TIME = strict("uuuu-MM-dd[ ]['T']HH:mm[:ss][.SSS]");
    /** A GS1 key that loses its last digits to a double has at least this many trailing zeros (Excel keeps 6 significant). */
    private static final int ROUNDED_ZEROS = 4;
    /** Excel's day 2958465 is 9999-12-31, its last. */
    private static final double LAST_EXCEL_DAY = 2958465;

    private CellValues() {
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The cell's text, trimmed; a number cell as its plain digits ({@code 1.0E7} is {@code 10000000}); empty: null. */
    static String text(SheetCell cell) {
        if (cell == null) {
            return null;
        }
        String text = cell.isNumber() ? plain(cell.number()) : cell.text().strip();
        return text.isEmpty() ? null : text;
    }

    /** Several values in one cell, one per line or separated by {@code ;}. */
    static List<String> list(SheetCell cell) {
        String text = text(cell);
        List<String> values = new ArrayList<>(2);
        if (text != null) {
            for (String value : text.split("[\\r\\n;]+")) {
                if (!value.isBlank()) {
                    values.add(value.strip());
                }
            }
        }
        return values;
    }

    static BigDecimal number(SheetCell cell, DecimalMark mark) throws Refused {
        if (cell == null || cell.blank()) {
            return null;
        }
        if (cell.isNumber()) {
            return new BigDecimal(cell.number());
        }
        String text = cell.text().strip().replace(" ", "").replace("\u00A0", "");
        boolean comma = mark == DecimalMark.COMMA;
        if (!(comma ? COMMA_NUMBER : POINT_NUMBER).matcher(text).matches()) {
            DecimalMark other = comma ? DecimalMark.POINT : DecimalMark.COMMA;
            throw new Refused(NUMBER_INVALID, "'" + cell.text().strip() + "' is not a number written with the decimal "
                    + mark.name().toLowerCase() + " this source reads (" + mark.example() + "); if its files write "
                    + other.example() + ", set the source's decimal mark to " + other.name().toLowerCase());
        }
        String plain = comma ? text.replace(".", "").replace(',', '.') : text.replace(",", "");
        return new BigDecimal(plain);
    }

    static Integer integer(SheetCell cell, DecimalMark mark) throws Refused {
        BigDecimal number = number(cell, mark);
        if (number == null) {
            return null;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw new Refused(NUMBER_INVALID, "'" + cell.text().strip() + "' is not a whole number");
        }
    }

    static LocalDate date(SheetCell cell) throws Refused {
        if (cell == null || cell.blank()) {
            return null;
        }
        if (cell.isNumber()) {
            return excelDay(cell, DATE_INVALID).toLocalDate();
        }
        String text = cell.text().strip();
        Matcher dayFirst = DAY_FIRST.matcher(text);
        Matcher yearFirst = YEAR_FIRST.matcher(text);
        boolean day = dayFirst.matches();
        if (!day && !yearFirst.matches()) {
            throw new Refused(DATE_INVALID, "'" + text + "' is not a date; dates are read day/month/year (21/11/2026, 21-11-2026,"
                    + " 21.11.2026) or year-month-day (2026-11-21, 2026/11/21), never month/day: an export that writes month/day"
                    + " must write year-month-day instead, or the column be formatted as a date in the workbook");
        }
        Matcher date = day ? dayFirst : yearFirst;
        int year = Integer.parseInt(date.group(day ? 4 : 1));
        int month = Integer.parseInt(date.group(3));
        int dayOfMonth = Integer.parseInt(date.group(day ? 1 : 4));
        if (month < 1 || month > 12) {
            throw new Refused(DATE_INVALID, "'" + text + "' has no month " + month + ": dates are read day/month/year (21/11/2026)"
                    + " or year-month-day (2026-11-21), never month/day: an export that writes month/day must write"
                    + " year-month-day instead, or the column be formatted as a date in the workbook");
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (dayOfMonth < 1 || !yearMonth.isValidDay(dayOfMonth)) {
            throw new Refused(DATE_INVALID, "'" + text + "' is not a date: " + yearMonth.getMonth().getDisplayName(TextStyle.FULL,
                    Locale.ENGLISH) + " " + year + " has no day " + dayOfMonth);
        }
        return yearMonth.atDay(dayOfMonth);
    }

    /**
     * A tax code (mã số thuế: 10 digits, or 13 for a branch) as text; a number cell of 9 or 12 digits is one that lost
     * its leading zero, refused saying how to fix the column.
     */
    static String taxCode(SheetCell cell) throws Refused {
        String text = text(cell);
        if (text != null && cell.isNumber() && DIGITS.matcher(text).matches() && (text.length() == 9 || text.length() == 12)) {
            throw new Refused(LEADING_ZERO_LOST, "'" + text + "' is tax code 0" + text + " that lost its leading zero as a number."
                    + " Format the column as Text (in Excel: Format Cells > Text) and type the tax codes with their zeros, or"
                    + " export them as text");
        }
        return text;
    }

    /** A date and time: with its offset as given, or without one in {@code zone} (the source's). */
    static OffsetDateTime time(SheetCell cell, ZoneId zone) throws Refused {
        if (cell == null || cell.blank()) {
            return null;
        }
        if (cell.isNumber()) {
            return excelDay(cell, TIME_INVALID).atZone(zone).toOffsetDateTime();
        }
        String text = cell.text().strip();
        try {
            return OffsetDateTime.parse(text.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            // no offset: the source's local time
        }
        try {
            return LocalDateTime.parse(text, text.indexOf('/') > 0 ? DAY_MONTH_YEAR_TIME : ISO_LOCAL_TIME).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw new Refused(TIME_INVALID, "'" + text + "' is not a date and time; write 21/11/2026 08:30 or"
                    + " 2026-11-21 08:30 (the source's time zone, " + zone.getId() + ") or 2026-11-21T08:30:00+07:00");
        }
    }

    private static LocalDateTime excelDay(SheetCell cell, String code) throws Refused {
        double serial = Double.parseDouble(cell.number());
        if (serial < 1 || serial > LAST_EXCEL_DAY) {
            throw new Refused(code, "the number " + plain(cell.number()) + " is not a date; format the column as a date"
                    + " or write the date as 21/11/2026");
        }
        try {
            return DateUtil.getLocalDateTime(serial, false, true);
        } catch (DateTimeException e) {
            throw new Refused(code, "the number " + plain(cell.number()) + " is not a date");
        }
    }

    /**
     * A GS1 key ({@code length} digits: 14 for a GTIN, which may also be given in 8, 12 or 13; 13 for a GLN; 18 for an SSCC)
     * as text. Refused: scientific notation ({@code 8,93456E+12}, its last digits gone), a number cell rounded by it
     * ({@code 8934560000000}), and a number that lost its leading zeros (fewer digits than any form of the key, whose
     * zero-padded form checks). A 12-digit number that was a GTIN-13 with a leading zero is kept: its 14-digit normal
     * form, padded with zeros, is the same GTIN, so nothing is lost.
     */
    static String key(SheetCell cell, String what, int length) throws Refused {
        String text = text(cell);
        if (text == null) {
            return null;
        }
        if (SCIENTIFIC.matcher(text).matches() && !cell.isNumber()) {
            throw new Refused(SCIENTIFIC_NOTATION, "'" + text + "' is a " + what + " in scientific notation: Excel showed"
                    + " the number rounded and the " + what + "'s last digits are lost. Format the column as Text"
                    + " (in Excel: Format Cells > Text) and type the " + what + "s again, or export them as text");
        }
        if (!DIGITS.matcher(text).matches()) {
            return text;
        }
        boolean checks = CheckDigit.isValidMod10(text, 0, text.length());
        if (cell.isNumber() && !checks && trailingZeros(text) >= ROUNDED_ZEROS) {
            throw new Refused(SCIENTIFIC_NOTATION, "the cell holds the number " + text + ", a " + what + " rounded when"
                    + " it was shown in scientific notation (" + scientific(text) + "): its last digits are lost. Format"
                    + " the column as Text and type the " + what + "s again");
        }
        if (!fullLength(text.length(), length) && text.length() < length && CheckDigit.isValidMod10(text, 0, text.length())) {
            String padded = "0".repeat(nextLength(text.length(), length) - text.length()) + text;
            throw new Refused(LEADING_ZERO_LOST, "'" + text + "' is " + what + " " + padded + " that lost its leading"
                    + " zero" + (padded.length() - text.length() > 1 ? "s" : "") + " as a number. Format the column as"
                    + " Text (in Excel: Format Cells > Text) and type the " + what + "s with their zeros, or export them as text");
        }
        return text;
    }

    private static boolean fullLength(int digits, int length) {
        return length == 14 ? digits == 8 || digits == 12 || digits == 13 || digits == 14 : digits == length;
    }

    /** The shortest form of the key longer than {@code digits}. */
    private static int nextLength(int digits, int length) {
        if (length == 14) {
            return digits < 8 ? 8 : digits < 12 ? 12 : digits < 13 ? 13 : 14;
        }
        return length;
    }

    private static int trailingZeros(String digits) {
        int zeros = 0;
        for (int i = digits.length() - 1; i >= 0 && digits.charAt(i) == '0'; i--) {
            zeros++;
        }
        return zeros;
    }

    private static String scientific(String digits) {
        String mantissa = digits.substring(0, 1) + "," + digits.substring(1, Math.min(6, digits.length())).replaceAll("0+$", "");
        return (mantissa.endsWith(",") ? mantissa.substring(0, mantissa.length() - 1) : mantissa) + "E+" + (digits.length() - 1);
    }

    /** A stored number as plain digits: {@code 8.934563123451E12} is {@code 8934563123451}, {@code 2.50} is {@code 2.5}. */
    static String plain(String number) {
        try {
            BigDecimal value = new BigDecimal(number).stripTrailingZeros();
            return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
        } catch (NumberFormatException e) {
            return number.strip();
        }
    }
}
