package vn.txng.adapter.ingest.sheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
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

    /** The sheet names that stand for a kind, as a person is told them. */
    static final String KIND_SHEET_NAMES = "Sản phẩm, Lô hàng, Địa điểm, Sự kiện, or Products, Lots, Locations, Events";

    /** The kind a sheet's name stands for by the names above; null: none. */
    static RecordKind kindOfSheet(String sheet) {
        return sheet == null ? null : SHEET_NAMES.get(Headings.key(sheet));
    }

    /** The kind of {@code mapping} whose {@code <kind>.sheet} names {@code sheet}; null: none. */
    static ColumnMapping.KindColumns claiming(String sheet, ColumnMapping mapping) {
        String key = Headings.key(sheet);
        for (ColumnMapping.KindColumns kind : mapping.kinds()) {
            if (kind.sheet() != null && Headings.key(kind.sheet()).equals(key)) {
                return kind;
            }
        }
        return null;
    }

    /**
     * The layout of a table with {@code headings} (by column; null or blank where a column has none), or null when no
     * candidate mapping knows any of them. {@code allowed}: the kinds of the candidates the table may hold.
     */
    static TableLayout choose(List<String> headings, Predicate<ColumnMapping.KindColumns> allowed, List<ColumnMapping> candidates) {
        Map<String, Integer> byKey = byKey(headings);
        TableLayout best = null;
        int bestScore = 0;
        for (ColumnMapping mapping : candidates) {
            for (ColumnMapping.KindColumns kind : mapping.kinds()) {
                if (!allowed.test(kind)) {
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

    /** The layout of {@code kind} of {@code mapping} over {@code headings}, however few of them it finds. */
    static TableLayout of(ColumnMapping.KindColumns kind, ColumnMapping mapping, List<String> headings) {
        return layout(kind, mapping, byKey(headings), headings);
    }

    private static Map<String, Integer> byKey(List<String> headings) {
        Map<String, Integer> byKey = new LinkedHashMap<>();
        for (int column = 0; column < headings.size(); column++) {
            String heading = headings.get(column);
            if (heading != null && !heading.isBlank()) {
                byKey.putIfAbsent(Headings.key(heading), column);
            }
        }
        return byKey;
    }

    private static TableLayout layout(ColumnMapping.KindColumns kind, ColumnMapping mapping, Map<String, Integer> byKey, List<String> headings) {
        Map<SheetField, Integer> columns = new EnumMap<>(SheetField.class);
        List<String> missing = new ArrayList<>(0);
        List<Integer> used = new ArrayList<>();
        kind.columns().forEach((field, column) -> {
            Integer index = column.index() >= 0 ? Integer.valueOf(column.index())
                    : column.keys().stream().map(byKey::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
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
