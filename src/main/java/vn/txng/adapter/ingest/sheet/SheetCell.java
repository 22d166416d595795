package vn.txng.adapter.ingest.sheet;

/**
 * One cell as the file holds it: {@code text} (never null, untrimmed) and, for a workbook's number cell, the number
 * as stored ({@code number}, Excel's text of a double such as {@code 8.93456E+12}) and whether its style shows it as a
 * date. A CSV cell is always text.
 */
public record SheetCell(int column, String text, String number, boolean dateStyled) {

    public static SheetCell text(int column, String text) {
        return new SheetCell(column, text, null, false);
    }

    /** A workbook's number cell: {@code raw} is the stored value, its text the same. */
    public static SheetCell number(int column, String raw, boolean dateStyled) {
        return new SheetCell(column, raw, raw, dateStyled);
    }

    public boolean isNumber() {
        return number != null;
    }

    public boolean blank() {
        return text.isBlank();
    }
}
