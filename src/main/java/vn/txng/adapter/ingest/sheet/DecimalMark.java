package vn.txng.adapter.ingest.sheet;

import java.util.Locale;

/**
 * The decimal separator of numbers written as text: {@code COMMA} reads {@code 1.234,5} (Vietnamese, and what Excel
 * writes in a {@code ;}-separated CSV), {@code POINT} reads {@code 1,234.5}. A workbook's number cells need neither.
 */
public enum DecimalMark {
    COMMA,
    POINT;

    /** {@code comma} or {@code point} (any case); empty or null: null, the default by delimiter. */
    public static DecimalMark parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return null;
        }
        return switch (setting.strip().toLowerCase(Locale.ROOT)) {
            case "comma", "," -> COMMA;
            case "point", "dot", "." -> POINT;
            default -> throw new IllegalArgumentException("decimal mark '" + setting + "': expected comma or point");
        };
    }

    /** The default of a CSV file separated by {@code delimiter}: the decimal comma with {@code ;}, else the point. */
    public static DecimalMark forDelimiter(char delimiter) {
        return delimiter == ';' ? COMMA : POINT;
    }

    /** How a thousand and a half is written with this mark. */
    String example() {
        return this == COMMA ? "1.234,5" : "1,234.5";
    }
}
