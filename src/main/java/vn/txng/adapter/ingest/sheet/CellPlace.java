package vn.txng.adapter.ingest.sheet;

import vn.txng.adapter.model.FieldCells;
import vn.txng.adapter.model.SourcePosition;

/**
 * Where a row or a cell is, as a person finds it: in a workbook the sheet and the cell ({@code lots.xlsx:17 (Lô hàng!D17)}),
 * in a CSV file the line and the column's heading ({@code products.csv:12 (column "Mã GTIN")}).
 */
final class CellPlace {

    private final String file;
    /** The sheet's name; null for a CSV file. */
    private final String sheet;

    CellPlace(String file, String sheet) {
        this.file = file;
        this.sheet = sheet;
    }

    String file() {
        return file;
    }

    /** A whole row. */
    SourcePosition row(long line) {
        return row(line, null);
    }

    /** A whole row, the record's position: {@code cells} gives the cell of each of its fields. */
    SourcePosition row(long line, FieldCells cells) {
        return new SourcePosition(file, line, sheet == null ? null : sheet + ", row " + line, cells);
    }

    /** One cell: {@code heading} is the column's heading in the file (null when it has none). */
    SourcePosition cell(long line, int column, String heading) {
        if (sheet != null) {
            return SourcePosition.of(file, line, sheet + "!" + Headings.columnLetters(column) + line);
        }
        return SourcePosition.of(file, line, heading == null || heading.isBlank()
                ? "column " + Headings.columnLetters(column) : "column \"" + heading + "\"");
    }

    /** The file, or the sheet within it: what a file-wide warning names. */
    String table() {
        return sheet == null ? file : file + "!" + sheet;
    }
}
