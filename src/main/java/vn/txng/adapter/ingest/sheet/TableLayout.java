package vn.txng.adapter.ingest.sheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.txng.adapter.model.RecordKind;

/**
 * What a table holds, told from its name and headings: the record kind, the mapping, and the column of each field.
 * A sheet named for a kind ({@code Lô hàng}, {@code Lots}, or a mapping's {@code <kind>.sheet}) is read as that kind;
 * otherwise the kind (and, with no mapping configured, the ready mapping) whose headings the table has most of.
 */
record TableLayout(RecordKind kind, ColumnMapping mapping, Map<SheetField, Integer> columns, List<String> unknownHeadings,
                   List<String> missingHeadings) {

    private static final Map<String, RecordKind> SHEET_NAMES = new HashMap<>();

    static {
        for (String name : List.of("Sản phẩm", "Products", "Product")) {
            SHEET_NAMES.put(Headings.key(name), RecordKind.PRODUCT);
        }
        for (String name : List.of("Lô hàng", "Lô", "Lots", "Lot")) {
            SHEET_NAMES.put(Headings.key(name), RecordKind.LOT);
        }
        for (String name : List.of("Địa điểm", "Locations", "Location")) {
            SHEET_NAMES.put(Headings.key(name), RecordKind.LOCATION);
        }
        for (String name : List.of("Sự kiện", "Events", "Event")) {
            SHEET_NAMES.put(Headings.key(name), RecordKind.EVENT);
        }
    }

    /** The kind a sheet's name stands for in {@code mapping} (its {@code <kind>.sheet}) or by the names above; null: none. */
    static RecordKind kindOfSheet(String sheet, ColumnMapping mapping) {
        if (sheet == null) {
            return null;
        }
        String key = Headings.key(sheet);
        if (mapping != null) {
            for (ColumnMapping.KindColumns kind : mapping.kinds()) {
                if (kind.sheet() != null && Headings.key(kind.sheet()).equals(key)) {
                    return kind.kind();
                }
            }
        }
        return SHEET_NAMES.get(key);
    }

    /**
     * The layout of a table with {@code headings} (by column; null or blank where a column has none), or null when no
     * candidate mapping knows any of them. {@code named}: the kind the table's name gives, or null.
     */
    static TableLayout choose(List<String> headings, RecordKind named, List<ColumnMapping> candidates) {
        Map<String, Integer> byKey = new LinkedHashMap<>();
        for (int column = 0; column < headings.size(); column++) {
            String heading = headings.get(column);
            if (heading != null && !heading.isBlank()) {
                byKey.putIfAbsent(Headings.key(heading), column);
            }
        }
        TableLayout best = null;
        int bestScore = 0;
        for (ColumnMapping mapping : candidates) {
            for (ColumnMapping.KindColumns kind : mapping.kinds()) {
                if (named != null && kind.kind() != named) {
                    continue;
                }
                TableLayout layout = layout(kind, mapping, byKey, headings);
                int score = layout.columns.size();
                if (score > bestScore) {
                    best = layout;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    private static TableLayout layout(ColumnMapping.KindColumns kind, ColumnMapping mapping, Map<String, Integer> byKey, List<String> headings) {
        Map<SheetField, Integer> columns = new EnumMap<>(SheetField.class);
        List<String> missing = new ArrayList<>(0);
        List<Integer> used = new ArrayList<>();
        kind.columns().forEach((field, column) -> {
            Integer index = column.index() >= 0 ? Integer.valueOf(column.index()) : byKey.get(column.key());
            if (index == null) {
                missing.add(kind.kind().name().toLowerCase() + "." + field.heading() + " = " + column.describe());
            } else {
                columns.put(field, index);
                used.add(index);
            }
        });
        List<String> unknown = byKey.values().stream().filter(column -> !used.contains(column))
                .map(headings::get).collect(Collectors.toList());
        return new TableLayout(kind.kind(), mapping, columns, unknown, missing);
    }
}
