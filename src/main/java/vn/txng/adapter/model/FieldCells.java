package vn.txng.adapter.model;

/**
 * Where each field of one record read from a sheet or CSV file is, so that a rejection naming a field names its cell
 * ({@code lots.xlsx:17 (Lô hàng!D17)}, {@code products.csv:12 (column "Mã GTIN")}), not only its row.
 */
@FunctionalInterface
public interface FieldCells {

    /** The cell of {@code field}, a rejection's field ({@code Gtin}, {@code Lot[2]/Gtin}), or null when no column gives it. */
    SourcePosition cell(String field);
}
