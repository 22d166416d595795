package vn.txng.adapter.ingest.sheet;

import java.util.Iterator;

/**
 * The rows of one sheet of a workbook (its {@code name}) or of a CSV file ({@code name} null), read one at a time. A workbook's cell is named {@code Sheet!D17}, a CSV file's by its line and heading.
 */
public record SheetTable(String name, Iterator<SheetRow> rows) {

    public boolean workbook() {
        return name != null;
    }
}
