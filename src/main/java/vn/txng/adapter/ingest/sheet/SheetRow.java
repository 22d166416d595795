package vn.txng.adapter.ingest.sheet;

import java.util.List;

/**
 * A row of a sheet or a record of a CSV file: {@code line} is its row number (a sheet) or the line it starts on (CSV),
 * 1-based; {@code cells} the cells that hold something, in column order.
 */
public record SheetRow(long line, List<SheetCell> cells) {

    /** The cell of the 0-based {@code column}, or null when it is empty. */
    public SheetCell cell(int column) {
        // cells are in column order and few: a scan beats a map
        for (SheetCell cell : cells) {
            if (cell.column() == column) {
                return cell;
            }
            if (cell.column() > column) {
                return null;
            }
        }
        return null;
    }

    /** True when no cell holds more than white space: an empty row is skipped. */
    public boolean blank() {
        for (SheetCell cell : cells) {
            if (!cell.blank()) {
                return false;
            }
        }
        return true;
    }
}
