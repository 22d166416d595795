package vn.txng.adapter.ingest.sheet;

import java.io.Closeable;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
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
    static final String NO_SHEET_READ = "SHEET_NONE_READ";
    static final String SHEET_SHORT = "SHEET_NO_HEADING_ROW";
    /** With no heading row configured, the headings are looked for in this many rows (a title may sit above them). */
    static final int HEADING_SEARCH_ROWS = 10;

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
    private int tablesRead;
    /** Why each sheet not read was skipped: {@code file!sheet: reason}. */
    private final List<String> skipped = new ArrayList<>(0);

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
                endOfTables();
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
            pendingEvent = new SourcedRecord(merged, RowRecords.merge(pendingEvent.position(), record.position()));
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

    /**
     * Reads a table's heading row and chooses its layout. A sheet that cannot be read (no mapping knows it, or it ends
     * before its heading row) is skipped: named in a warning when another sheet of the workbook is read, else it fails
     * the file ({@code SHEET_NONE_READ}); a CSV file that cannot be read fails at once.
     */
    private void open(SheetTable table) {
        CellPlace place = new CellPlace(fileName, table.name());
        TablePlan plan = TablePlan.of(table, configured);
        Iterator<SheetRow> tableRows = table.rows();
        SheetRow first = null;
        long lastLine = 0;
        SheetRow headingLine = null;
        TableLayout layout = null;
        while (tableRows.hasNext()) {
            SheetRow row = tableRows.next();
            lastLine = row.line();
            if (plan.headingRow() > 0) {
                if (row.line() < plan.headingRow()) {
                    continue;
                }
                first = row;
                headingLine = row;
                layout = plan.choose(headings(row));
                break;
            }
            if (row.blank()) {
                continue;
            }
            if (first == null) {
                first = row;
            }
            layout = plan.choose(headings(row));
            if (layout != null) {
                headingLine = row;
                break;
            }
            if (row.line() >= HEADING_SEARCH_ROWS) {
                break;
            }
        }
        if (first == null) {
            if (lastLine > 0 && plan.headingRow() > 0) {
                cannotRead(table, place, SHEET_SHORT, lastLine, (table.workbook() ? "it ends at row " : "the file ends at line ") + lastLine
                        + ", before its heading row " + plan.headingRow() + " (" + plan.headingRowKey() + ")");
            }
            return;
        }
        List<String> headings = headings(headingLine != null ? headingLine : first);
        if (layout == null && plan.configured() != null) {
            // a configured kind's headings are required: the file fails naming those it lacks
            layout = TableLayout.of(plan.configured(), configured, headings);
            headingLine = first;
        }
        if (layout == null) {
            String known = plan.describeMapping();
            if (!table.workbook()) {
                throw new UnreadableFileException(UNKNOWN_HEADINGS, SourcePosition.of(fileName, first.line(), null),
                        "the headings " + quoted(headings) + " are not those of " + known + "; name the source's column mapping"
                                + " (sheetMapping) or use the headings of the template", null);
            }
            String where = plan.headingRow() > 0 ? "its heading row " + plan.headingRow() + " holds"
                    : "none of its first " + HEADING_SEARCH_ROWS + " rows holds";
            String found = " (row " + first.line() + ": " + quoted(headings) + ")";
            cannotRead(table, place, UNKNOWN_HEADINGS, first.line(), plan.named() != null
                    ? "it is named for " + plural(plan.named()) + " but " + where + (plan.headingRow() > 0 ? " none of" : "") + " the "
                            + plan.named().name().toLowerCase(Locale.ROOT) + " headings of " + known + found
                    : "its name is not that of a record kind (" + TableLayout.KIND_SHEET_NAMES + plan.claimedSheets() + ") and "
                            + where + (plan.headingRow() > 0 ? " none of" : "") + " the headings of " + known + found);
            return;
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
        tablesRead++;
    }

    /** A CSV file that cannot be read fails; a sheet is skipped, its reason kept until the workbook's end. */
    private void cannotRead(SheetTable table, CellPlace place, String code, long line, String reason) {
        if (!table.workbook()) {
            throw new UnreadableFileException(code, SourcePosition.of(fileName, line, null), reason, null);
        }
        skipped.add(place.table() + ": " + reason);
    }

    /** At the workbook's end: skipped sheets are warnings beside a sheet read, or fail a file of which none was read. */
    private void endOfTables() {
        if (tablesRead == 0 && !skipped.isEmpty()) {
            throw new UnreadableFileException(NO_SHEET_READ, SourcePosition.of(fileName, 0, null),
                    "no sheet of the workbook could be read: " + String.join("; ", skipped), null);
        }
        skipped.forEach(reason -> report.warn(reason.replaceFirst(": ", ": sheet skipped: ")));
        skipped.clear();
    }

    private static String plural(RecordKind kind) {
        return kind.name().toLowerCase(Locale.ROOT) + "s";
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
