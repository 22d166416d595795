package vn.txng.adapter.ingest.sheet;

import java.io.Closeable;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.ingest.Lookahead;
import vn.txng.adapter.ingest.RecordReader;
import vn.txng.adapter.ingest.UnreadableFileException;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;
import vn.txng.adapter.model.SourcedRecord;

/**
 * Streams the records of a workbook's sheets or a CSV file, one row at a time: each table's heading row picks its
 * {@link TableLayout}, then each row becomes a product, lot, location or event with its position; consecutive rows
 * with the same {@code EventId} are one event. A refused cell rejects its row only. A heading the mapping does not
 * know is named once per table; a configured mapping naming a heading the table lacks fails the file
 * ({@code SHEET_HEADING_MISSING}), as do headings no mapping knows in a CSV file ({@code SHEET_UNKNOWN_HEADINGS}).
 */
public final class SheetRecordReader extends Lookahead<SourcedRecord> implements RecordReader {

    static final String HEADING_MISSING = "SHEET_HEADING_MISSING";
    static final String UNKNOWN_HEADINGS = "SHEET_UNKNOWN_HEADINGS";

    private final Iterator<SheetTable> tables;
    private final Closeable source;
    private final String fileName;
    private final FileReport report;
    private final ColumnMapping configured;
    private final DecimalMark mark;
    private final ZoneId zone;
    private RowRecords current;
    private Iterator<SheetRow> rows;
    /** An event whose next row may add lots to it; handed on when a row of another event (or the table's end) comes. */
    private SourcedRecord pendingEvent;
    /** The id of an event rejected for one of its rows: its later rows are skipped with it. */
    private String rejectedEvent;
    private int eventIdColumn = -1;

    /** {@code source} is closed with the reader; {@code mark}: how numbers written as text are read. */
    public SheetRecordReader(Iterator<SheetTable> tables, Closeable source, String fileName, FileReport report, ColumnMapping configured,
                             DecimalMark mark, ZoneId zone) {
        this.tables = tables;
        this.source = source;
        this.fileName = fileName;
        this.report = report;
        this.configured = configured;
        this.mark = mark;
        this.zone = zone;
    }

    /** The next record, or null when the step gave none (a table opened, a row rejected, an event still growing). */
    @Override
    protected SourcedRecord advance() {
        if (current == null) {
            if (!tables.hasNext()) {
                end();
                return null;
            }
            open(tables.next());
            return null;
        }
        if (!rows.hasNext()) {
            current = null;
            return takePendingEvent();
        }
        SheetRow row = rows.next();
        if (row.blank()) {
            return null;
        }
        List<Rejection> problems = new ArrayList<>(0);
        if (current.kind() != RecordKind.EVENT) {
            report.recordRead();
            SourcedRecord record = current.read(row, problems);
            if (record == null) {
                report.reject(problems);
            }
            return record;
        }
        return eventRow(row, problems);
    }

    private SourcedRecord eventRow(SheetRow row, List<Rejection> problems) {
        String id = eventIdColumn < 0 ? null : CellValues.text(row.cell(eventIdColumn));
        boolean sameEvent = id != null && (pendingEvent != null && id.equals(((EventRecord) pendingEvent.record()).eventId())
                || id.equals(rejectedEvent));
        if (!sameEvent) {
            report.recordRead();
            rejectedEvent = null;
        }
        if (id != null && id.equals(rejectedEvent)) {
            return null;
        }
        SourcedRecord record = current.read(row, problems);
        if (record == null) {
            report.reject(problems);
            SourcedRecord before = sameEvent ? null : pendingEvent;
            pendingEvent = null;
            rejectedEvent = id;
            return before;
        }
        if (sameEvent) {
            EventRecord merged = RowRecords.merge((EventRecord) pendingEvent.record(), (EventRecord) record.record());
            pendingEvent = new SourcedRecord(merged, pendingEvent.position());
            return null;
        }
        SourcedRecord before = pendingEvent;
        pendingEvent = record;
        return before;
    }

    private SourcedRecord takePendingEvent() {
        SourcedRecord event = pendingEvent;
        pendingEvent = null;
        rejectedEvent = null;
        return event;
    }

    /** Reads a table's heading row and chooses its layout; a sheet no mapping knows is skipped with a warning. */
    private void open(SheetTable table) {
        CellPlace place = new CellPlace(fileName, table.name());
        RecordKind named = TableLayout.kindOfSheet(table.name(), configured);
        Iterator<SheetRow> tableRows = table.rows();
        int headingRow = headingRow(named);
        SheetRow headingLine = null;
        while (tableRows.hasNext()) {
            SheetRow row = tableRows.next();
            if (headingRow > 0 ? row.line() >= headingRow : !row.blank()) {
                headingLine = row;
                break;
            }
        }
        if (headingLine == null) {
            return;
        }
        List<String> headings = headings(headingLine);
        List<ColumnMapping> candidates = configured != null ? List.of(configured) : List.of(ColumnMapping.VIETNAMESE, ColumnMapping.ENGLISH);
        TableLayout layout = TableLayout.choose(headings, named, candidates);
        if (layout == null) {
            String known = configured != null ? "column mapping " + configured.name() : "the Vietnamese or English ready mapping";
            if (table.workbook()) {
                report.warn(place.table() + ": sheet skipped: neither its name nor its headings (row " + headingLine.line()
                        + ") are those of " + known);
                return;
            }
            throw new UnreadableFileException(UNKNOWN_HEADINGS, SourcePosition.of(fileName, headingLine.line(), null),
                    "the headings " + quoted(headings) + " are not those of " + known + "; name the source's column mapping"
                            + " (sheetMapping) or use the headings of the template", null);
        }
        if (layout.mapping().strict() && !layout.missingHeadings().isEmpty()) {
            throw new UnreadableFileException(HEADING_MISSING, SourcePosition.of(fileName, headingLine.line(), table.name()),
                    "column mapping " + layout.mapping().name() + " names " + String.join(", ", layout.missingHeadings())
                            + " but " + place.table() + " has no such heading (its headings: " + quoted(headings) + ")", null);
        }
        if (!layout.unknownHeadings().isEmpty()) {
            report.warn(place.table() + ": " + (layout.unknownHeadings().size() == 1 ? "heading " : "headings ")
                    + quoted(layout.unknownHeadings()) + " not in column mapping " + layout.mapping().name() + " ("
                    + layout.kind().name().toLowerCase() + "): ignored");
        }
        Integer idColumn = layout.columns().get(SheetField.EVENT_ID);
        eventIdColumn = idColumn == null ? -1 : idColumn;
        current = new RowRecords(layout.kind(), layout.columns(), headings, place, mark, zone);
        rows = tableRows;
    }

    private int headingRow(RecordKind named) {
        if (configured == null) {
            return 0;
        }
        if (named != null && configured.of(named) != null) {
            return configured.of(named).headingRow();
        }
        List<ColumnMapping.KindColumns> kinds = configured.kinds();
        return kinds.size() == 1 ? kinds.get(0).headingRow() : 0;
    }

    private static List<String> headings(SheetRow row) {
        List<String> headings = new ArrayList<>();
        for (SheetCell cell : row.cells()) {
            while (headings.size() < cell.column()) {
                headings.add(null);
            }
            headings.add(CellValues.text(cell));
        }
        return headings;
    }

    private static String quoted(List<String> headings) {
        List<String> shown = new ArrayList<>();
        for (String heading : headings) {
            if (heading != null && !heading.isBlank()) {
                shown.add("\"" + heading + "\"");
            }
        }
        return String.join(", ", shown);
    }

    @Override
    public void close() {
        try {
            source.close();
        } catch (IOException e) {
            // a file read to its end or given up: nothing is lost by a failed close
        }
    }
}
