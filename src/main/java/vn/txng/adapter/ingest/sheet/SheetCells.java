package vn.txng.adapter.ingest.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.txng.adapter.model.FieldCells;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.model.SourcePosition;

/**
 * The cell of each field of a record read from a table's row: a rejection's field ({@code ProductionSiteGln},
 * {@code Manufacturer/TaxCode}, {@code Lot[2]/Gtin}) is the {@link SheetField} of the same name, its nested parts joined
 * ({@code Quantity/@unit} is {@code QuantityUnit}); an event's n-th lot, input or document is on the row that gave it.
 */
final class SheetCells implements FieldCells {

    private static final Pattern PART = Pattern.compile("(Lot|Input|Document)\\[(\\d+)](?:/(.+))?");

    private final CellPlace place;
    private final RecordKind kind;
    /** The table's column of each mapped field, shared by its rows. */
    private final Map<SheetField, Integer> columns;
    private final List<String> headings;
    private final long line;
    /** An event's rows of its lots, inputs and documents, in order; empty for the other kinds. */
    private final List<Long> lotLines;
    private final List<Long> inputLines;
    private final List<Long> documentLines;

    SheetCells(CellPlace place, RecordKind kind, Map<SheetField, Integer> columns, List<String> headings, long line,
               List<Long> lotLines, List<Long> inputLines, List<Long> documentLines) {
        this.place = place;
        this.kind = kind;
        this.columns = columns;
        this.headings = headings;
        this.line = line;
        this.lotLines = lotLines;
        this.inputLines = inputLines;
        this.documentLines = documentLines;
    }

    /** The cells of an event of several rows: this one's, then the lots, inputs and documents of {@code next}. */
    SheetCells plus(SheetCells next) {
        return new SheetCells(place, kind, columns, headings, line, joined(lotLines, next.lotLines), joined(inputLines, next.inputLines),
                joined(documentLines, next.documentLines));
    }

    private static List<Long> joined(List<Long> first, List<Long> next) {
        List<Long> all = new ArrayList<>(first.size() + next.size());
        all.addAll(first);
        all.addAll(next);
        return all;
    }

    @Override
    public SourcePosition cell(String field) {
        Matcher part = PART.matcher(field);
        if (kind != RecordKind.EVENT || !part.matches()) {
            return cell(line, SheetField.of(kind, joined(field)));
        }
        List<Long> lines = switch (part.group(1)) {
            case "Lot" -> lotLines;
            case "Input" -> inputLines;
            default -> documentLines;
        };
        int index = Integer.parseInt(part.group(2)) - 1;
        long row = index < lines.size() ? lines.get(index) : line;
        String rest = part.group(3) == null ? "" : joined(part.group(3));
        SheetField named = SheetField.of(kind, part.group(1) + rest);
        // an event's lot number is LotNumber, not LotLotNumber
        SourcePosition cell = cell(row, named != null ? named : SheetField.of(kind, rest));
        return cell != null ? cell : place.row(row);
    }

    private SourcePosition cell(long row, SheetField field) {
        Integer column = field == null ? null : columns.get(field);
        return column == null ? null : place.cell(row, column, column < headings.size() ? headings.get(column) : null);
    }

    /** {@code Quantity/@unit} as the heading {@code QuantityUnit}. */
    private static String joined(String path) {
        StringBuilder name = new StringBuilder(path.length());
        for (String step : path.split("/")) {
            String bare = step.startsWith("@") ? step.substring(1) : step;
            if (!bare.isEmpty()) {
                name.append(Character.toUpperCase(bare.charAt(0))).append(bare, 1, bare.length());
            }
        }
        return name.toString();
    }
}
