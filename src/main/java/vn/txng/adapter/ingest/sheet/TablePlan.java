package vn.txng.adapter.ingest.sheet;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.txng.adapter.model.RecordKind;

/**
 * How one table is read before its headings are seen: the mappings its headings are matched against, the kinds it
 * may hold, and its heading row. With a configured mapping, a sheet its {@code <kind>.sheet} names is read with that
 * kind's settings; a sheet named for a kind ({@code Lô hàng}...) with the mapping's kind when that kind names no sheet,
 * else with the ready mappings; another sheet with the mapping's kinds that name no sheet, or the ready mappings when
 * they all do. A CSV file (no sheet) is read with every kind of the configured mapping.
 *
 * @param candidates  the mappings whose headings are looked for
 * @param allowed     the kinds of the candidates the table may hold
 * @param named       the kind the sheet's name gives, or null
 * @param configured  the one kind of the configured mapping the table must hold, or null
 * @param mapping     the configured mapping when it is a candidate, else null
 */
record TablePlan(List<ColumnMapping> candidates, Predicate<ColumnMapping.KindColumns> allowed, RecordKind named,
                 ColumnMapping.KindColumns configured, ColumnMapping mapping) {

    private static final List<ColumnMapping> READY = List.of(ColumnMapping.VIETNAMESE, ColumnMapping.ENGLISH);

    static TablePlan of(SheetTable table, ColumnMapping mapping) {
        RecordKind byName = TableLayout.kindOfSheet(table.name());
        if (mapping == null) {
            return new TablePlan(READY, kind -> byName == null || kind.kind() == byName, byName, null, null);
        }
        if (!table.workbook()) {
            return configured(mapping, kind -> true, null);
        }
        ColumnMapping.KindColumns claimed = TableLayout.claiming(table.name(), mapping);
        if (claimed != null) {
            return configured(mapping, kind -> kind == claimed, claimed.kind());
        }
        if (byName != null) {
            ColumnMapping.KindColumns own = mapping.of(byName);
            return own != null && own.sheet() == null ? configured(mapping, kind -> kind == own, byName)
                    : new TablePlan(READY, kind -> kind.kind() == byName, byName, null, null);
        }
        boolean open = mapping.kinds().stream().anyMatch(kind -> kind.sheet() == null);
        return open ? configured(mapping, kind -> kind.sheet() == null, null) : new TablePlan(READY, kind -> true, null, null, null);
    }

    private static TablePlan configured(ColumnMapping mapping, Predicate<ColumnMapping.KindColumns> allowed, RecordKind named) {
        List<ColumnMapping.KindColumns> kinds = mapping.kinds().stream().filter(allowed).toList();
        return new TablePlan(List.of(mapping), allowed, named, kinds.size() == 1 ? kinds.get(0) : null, mapping);
    }

    /** The layout {@code headings} give, or null when no allowed kind of a candidate knows any of them. */
    TableLayout choose(List<String> headings) {
        return TableLayout.choose(headings, allowed, candidates);
    }

    /** The row of the headings (1-based); 0: the first row, within the first few, whose headings a candidate knows. */
    int headingRow() {
        return configured == null ? 0 : configured.headingRow();
    }

    /** The setting that gave the heading row: {@code lot.heading-row of column mapping client-b.mapping.properties}. */
    String headingRowKey() {
        return configured.kind().name().toLowerCase(java.util.Locale.ROOT) + ".heading-row of column mapping " + mapping.name();
    }

    String describeMapping() {
        return mapping != null ? "column mapping " + mapping.name() : "the Vietnamese or English ready mapping";
    }

    /** The sheets a configured mapping names, as {@code , or a sheet named in ...: Tồn kho}; empty without one. */
    String claimedSheets() {
        if (mapping == null) {
            return "";
        }
        String sheets = mapping.kinds().stream().filter(kind -> kind.sheet() != null).map(kind -> "\"" + kind.sheet() + "\"")
                .collect(Collectors.joining(", "));
        return sheets.isEmpty() ? "" : ", or " + sheets + " of column mapping " + mapping.name();
    }
}
