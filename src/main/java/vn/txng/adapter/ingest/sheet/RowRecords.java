package vn.txng.adapter.ingest.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.txng.adapter.model.EventDocument;
import vn.txng.adapter.model.EventInput;
import vn.txng.adapter.model.EventLot;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.LocationRecord;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.Manufacturer;
import vn.txng.adapter.model.ProductRecord;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;
import vn.txng.adapter.model.SourcedRecord;
import vn.txng.adapter.model.TraceRecord;

/**
 * Makes the record of one row of a table whose columns are known: each mapped cell read as its {@link SheetField}
 * says, a value refused named by its cell. The record carries empty fields as null; the checks downstream (as for XML)
 * say which the portal requires.
 */
final class RowRecords {

    private final RecordKind kind;
    /** The 0-based column of each mapped field present in the file. */
    private final Map<SheetField, Integer> columns;
    /** The file's headings by column, to name a CSV cell; may be shorter than a row. */
    private final List<String> headings;
    private final CellPlace place;
    private final DecimalMark mark;
    private final ZoneId zone;

    RowRecords(RecordKind kind, Map<SheetField, Integer> columns, List<String> headings, CellPlace place, DecimalMark mark, ZoneId zone) {
        this.kind = kind;
        this.columns = columns;
        this.headings = headings;
        this.place = place;
        this.mark = mark;
        this.zone = zone;
    }

    RecordKind kind() {
        return kind;
    }

    /** The row's record, or null with {@code problems} filled when a cell was refused. */
    SourcedRecord read(SheetRow row, List<Rejection> problems) {
        Cells cells = new Cells(row, problems);
        TraceRecord record = switch (kind) {
            case PRODUCT -> product(cells);
            case LOT -> lot(cells);
            case LOCATION -> location(cells);
            case EVENT -> event(cells);
        };
        if (!problems.isEmpty()) {
            return null;
        }
        return new SourcedRecord(record, place.row(row.line(), cells(record, row.line())), kind == RecordKind.LOT ? cells.text(SheetField.LOT_SCAN) : null);
    }

    private SheetCells cells(TraceRecord record, long line) {
        if (record instanceof EventRecord event) {
            return new SheetCells(place, kind, columns, headings, line, lines(event.lots().size(), line), lines(event.inputs().size(), line),
                    lines(event.documents().size(), line));
        }
        return new SheetCells(place, kind, columns, headings, line, List.of(), List.of(), List.of());
    }

    private static List<Long> lines(int count, long line) {
        return count == 0 ? List.of() : List.of(line);
    }

    /** The position of an event of several rows: its first row's, knowing the cells of each row's lot, input and document. */
    static SourcePosition merge(SourcePosition first, SourcePosition next) {
        if (first.cells() instanceof SheetCells firstCells && next.cells() instanceof SheetCells nextCells) {
            return new SourcePosition(first.file(), first.line(), first.locator(), firstCells.plus(nextCells));
        }
        return first;
    }

    private static ProductRecord product(Cells c) {
        String makerName = c.text(SheetField.PRODUCT_MANUFACTURER_NAME);
        String makerAddress = c.text(SheetField.PRODUCT_MANUFACTURER_ADDRESS);
        String makerTaxCode = c.taxCode(SheetField.PRODUCT_MANUFACTURER_TAX_CODE);
        String makerGln = c.key(SheetField.PRODUCT_MANUFACTURER_GLN);
        boolean maker = makerName != null || makerAddress != null || makerTaxCode != null || makerGln != null;
        return new ProductRecord(c.key(SheetField.PRODUCT_GTIN), c.text(SheetField.PRODUCT_NAME), c.text(SheetField.PRODUCT_DESCRIPTION),
                c.list(SheetField.PRODUCT_IMAGE_URL), c.text(SheetField.PRODUCT_SALES_UNIT), c.number(SheetField.PRODUCT_NET_CONTENT),
                c.text(SheetField.PRODUCT_NET_CONTENT_UNIT), c.text(SheetField.PRODUCT_COUNTRY_OF_ORIGIN), c.text(SheetField.PRODUCT_BRAND),
                c.list(SheetField.PRODUCT_STANDARD), c.integer(SheetField.PRODUCT_SHELF_LIFE_DAYS),
                maker ? new Manufacturer(makerName, makerAddress, makerTaxCode, makerGln) : null);
    }

    private static LotRecord lot(Cells c) {
        return new LotRecord(c.key(SheetField.LOT_GTIN), c.text(SheetField.LOT_NUMBER), c.text(SheetField.LOT_UII_25T),
                c.date(SheetField.LOT_PRODUCTION_DATE), c.date(SheetField.LOT_EXPIRY_DATE), c.number(SheetField.LOT_QUANTITY),
                c.text(SheetField.LOT_QUANTITY_UNIT), c.key(SheetField.LOT_PRODUCTION_SITE_GLN));
    }

    private static LocationRecord location(Cells c) {
        return new LocationRecord(c.key(SheetField.LOCATION_GLN), c.text(SheetField.LOCATION_EXTENSION), c.text(SheetField.LOCATION_NAME),
                c.text(SheetField.LOCATION_ADDRESS), c.text(SheetField.LOCATION_KIND), c.taxCode(SheetField.LOCATION_TAX_CODE),
                c.number(SheetField.LOCATION_LATITUDE), c.number(SheetField.LOCATION_LONGITUDE));
    }

    private EventRecord event(Cells c) {
        List<EventLot> lots = new ArrayList<>(1);
        String lotGtin = c.key(SheetField.EVENT_LOT_GTIN);
        String lotNumber = c.text(SheetField.EVENT_LOT_NUMBER);
        String lotScan = c.text(SheetField.EVENT_LOT_SCAN);
        BigDecimal quantity = c.number(SheetField.EVENT_LOT_QUANTITY);
        String unit = c.text(SheetField.EVENT_LOT_QUANTITY_UNIT);
        if (lotGtin != null || lotNumber != null || lotScan != null || quantity != null) {
            lots.add(new EventLot(lotGtin, lotNumber, lotScan, quantity, unit));
        }
        List<EventInput> inputs = new ArrayList<>(1);
        String inputGtin = c.key(SheetField.EVENT_INPUT_GTIN);
        String inputLot = c.text(SheetField.EVENT_INPUT_LOT_NUMBER);
        String inputSscc = c.key(SheetField.EVENT_INPUT_SSCC);
        String inputScan = c.text(SheetField.EVENT_INPUT_SCAN);
        if (inputGtin != null || inputLot != null || inputSscc != null || inputScan != null) {
            inputs.add(new EventInput(inputGtin, inputLot, null, inputSscc, inputScan));
        }
        List<EventDocument> documents = new ArrayList<>(1);
        String documentType = c.text(SheetField.EVENT_DOCUMENT_TYPE);
        String document = c.text(SheetField.EVENT_DOCUMENT);
        if (documentType != null || document != null) {
            documents.add(new EventDocument(documentType, document));
        }
        OffsetDateTime time = c.time(SheetField.EVENT_TIME, zone);
        return new EventRecord(c.text(SheetField.EVENT_ID), c.text(SheetField.EVENT_STAGE), time, c.key(SheetField.EVENT_LOCATION_GLN),
                c.text(SheetField.EVENT_LOCATION_EXTENSION), c.key(SheetField.EVENT_DESTINATION_GLN), null, lots, inputs, documents,
                c.text(SheetField.EVENT_PERFORMER), c.text(SheetField.EVENT_DESCRIPTION), c.list(SheetField.EVENT_EVIDENCE_IMAGE_URL));
    }

    /**
     * The event of {@code first} with the lots, inputs, documents and evidence of {@code next}, a later row of the same
     * {@code EventId}: a shipment of three lots is three rows.
     */
    static EventRecord merge(EventRecord first, EventRecord next) {
        return new EventRecord(first.eventId(), first.stage(), first.time(), first.locationGln(), first.locationExtension(),
                first.destinationGln(), first.destinationExtension(), joined(first.lots(), next.lots()),
                joined(first.inputs(), next.inputs()), joined(first.documents(), next.documents()), first.performer(),
                first.description(), joined(first.evidenceImageUrls(), next.evidenceImageUrls()));
    }

    private static <T> List<T> joined(List<T> first, List<T> next) {
        if (next.isEmpty()) {
            return first;
        }
        List<T> all = new ArrayList<>(first.size() + next.size());
        all.addAll(first);
        all.addAll(next);
        return all;
    }

    /** How a cell is read: {@link CellValues}'s parsers. */
    @FunctionalInterface
    private interface Parser<T> {
        T parse(SheetCell cell) throws CellValues.Refused;
    }

    /** The cells of one row, read by field; a refused value is added to {@code problems} and read as null. */
    private final class Cells {
        private final SheetRow row;
        private final List<Rejection> problems;

        Cells(SheetRow row, List<Rejection> problems) {
            this.row = row;
            this.problems = problems;
        }

        private SheetCell cell(SheetField field) {
            Integer column = columns.get(field);
            return column == null ? null : row.cell(column);
        }

        String text(SheetField field) {
            return CellValues.text(cell(field));
        }

        List<String> list(SheetField field) {
            return CellValues.list(cell(field));
        }

        BigDecimal number(SheetField field) {
            return parsed(field, cell -> CellValues.number(cell, mark));
        }

        Integer integer(SheetField field) {
            return parsed(field, cell -> CellValues.integer(cell, mark));
        }

        String taxCode(SheetField field) {
            return parsed(field, CellValues::taxCode);
        }

        LocalDate date(SheetField field) {
            return parsed(field, CellValues::date);
        }

        OffsetDateTime time(SheetField field, ZoneId in) {
            return parsed(field, cell -> CellValues.time(cell, in));
        }

        String key(SheetField field) {
            String heading = field.heading();
            boolean sscc = heading.endsWith("Sscc");
            boolean gln = heading.endsWith("Gln");
            return parsed(field, cell -> CellValues.key(cell, sscc ? "SSCC" : gln ? "GLN" : "GTIN", sscc ? 18 : gln ? 13 : 14));
        }

        /** The field's cell read by {@code parser}; refused, it is added to the problems and read as null. */
        private <T> T parsed(SheetField field, Parser<T> parser) {
            try {
                return parser.parse(cell(field));
            } catch (CellValues.Refused refused) {
                return refuse(field, refused);
            }
        }

        private <T> T refuse(SheetField field, CellValues.Refused refused) {
            int column = columns.get(field);
            String heading = column < headings.size() ? headings.get(column) : null;
            problems.add(new Rejection(refused.code(), place.cell(row.line(), column, heading), field.heading(), refused.getMessage()));
            return null;
        }
    }
}
