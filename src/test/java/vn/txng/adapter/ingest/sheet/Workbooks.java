package vn.txng.adapter.ingest.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.txng.adapter.ingest.FileIngestion;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.ingest.RecordChunk;
import vn.txng.adapter.ingest.UnreadableFileException;
import vn.txng.adapter.ingest.edi.DespatchEvents;
import vn.txng.adapter.model.SourcedRecord;

/**
 * Writes test workbooks with POI as Excel stores them: text in shared strings, numbers as numbers, a
 * {@link LocalDate} or {@link LocalDateTime} as a number with a date style; and reads files back through
 * {@link FileIngestion} as the adapter does.
 */
public final class Workbooks {

    /** One sheet: its name and its rows, each a list of cell values (null: an empty cell). */
    public record SheetData(String name, List<List<Object>> rows) {
    }

    @SafeVarargs
    public static SheetData sheet(String name, List<Object>... rows) {
        return new SheetData(name, List.of(rows));
    }

    public static Path write(Path file, SheetData... sheets) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            for (SheetData data : sheets) {
                Sheet sheet = workbook.createSheet(data.name());
                for (int r = 0; r < data.rows().size(); r++) {
                    Row row = sheet.createRow(r);
                    List<Object> values = data.rows().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        if (value == null) {
                            continue;
                        }
                        put(row.createCell(c), value, date, dateTime);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    /** Puts {@code value} in {@code cell} as Excel stores it: a number, a date-styled number, or text. */
    static void put(Cell cell, Object value, CellStyle date, CellStyle dateTime) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
        } else if (value instanceof LocalDateTime time) {
            cell.setCellValue(time);
            cell.setCellStyle(dateTime);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /** What reading {@code file} gave: its records and its report. */
    record Read(List<SourcedRecord> records, FileReport report) {
    }

    static Read read(Path file, SheetSettings settings) {
        FileIngestion ingestion = FileIngestion.open(file, file.getFileName().toString(), true, 100, null, DespatchEvents.DEFAULT,
                FileIngestion.DEFAULT_EPCIS_MAPPER, settings);
        List<SourcedRecord> records = new ArrayList<>();
        try (ingestion) {
            for (RecordChunk chunk : ingestion) {
                records.addAll(chunk.records());
            }
        } catch (UnreadableFileException e) {
            // the report holds it
        }
        return new Read(records, ingestion.report());
    }

    static Read read(Path file) {
        return read(file, SheetSettings.DEFAULT);
    }

    private Workbooks() {
    }
}
