package vn.txng.adapter.ingest.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.ingest.RecordReader;
import vn.txng.adapter.ingest.UnreadableFileException;
import vn.txng.adapter.model.SourcePosition;

/** Opens the record reader of a workbook or a CSV file with a source's {@link SheetSettings}. */
public final class SheetReaders {

    private SheetReaders() {
    }

    /** An XLSX workbook at {@code file}; {@code zone}: of event times without an offset. */
    public static RecordReader workbook(Path file, String fileName, FileReport report, SheetSettings settings, ZoneId zone) {
        WorkbookTables tables = WorkbookTables.open(file.toFile(), fileName);
        // a workbook's numbers are cells; text typed into a cell is read with the source's mark, else the decimal comma
        DecimalMark mark = settings.decimalMark() != null ? settings.decimalMark() : DecimalMark.COMMA;
        return new SheetRecordReader(tables, tables, fileName, report, settings.mapping(), mark, zone);
    }

    /** A CSV file read from {@code in}, past a UTF-8 byte-order mark if {@code utf8Mark}; {@code in} is closed with the reader. */
    public static RecordReader delimited(InputStream in, boolean utf8Mark, String fileName, FileReport report, SheetSettings settings,
                                         ZoneId zone) {
        try {
            DelimitedTables tables = DelimitedTables.open(in, fileName, utf8Mark, settings.textCharset());
            DecimalMark mark = settings.decimalMark() != null ? settings.decimalMark() : DecimalMark.forDelimiter(tables.delimiter());
            return new SheetRecordReader(tables, tables, fileName, report, settings.mapping(), mark, zone);
        } catch (IOException e) {
            throw new UnreadableFileException(DelimitedTables.CSV_MALFORMED, SourcePosition.of(fileName, 0, null),
                    "the file cannot be read: " + e.getMessage(), e);
        }
    }
}
