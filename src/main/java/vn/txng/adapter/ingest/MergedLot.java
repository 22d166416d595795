package vn.txng.adapter.ingest;

import vn.txng.adapter.model.SourcePosition;

/**
 * A lot that a despatch advice gave in several lines (one batch split over pallets or packing levels), read as one.
 *
 * @param gtin     the lot's GTIN as read
 * @param lot      the batch number
 * @param lines    how many lines were merged into the lot (2 or more)
 * @param position the first of those lines
 */
public record MergedLot(String gtin, String lot, int lines, SourcePosition position) {

    @Override
    public String toString() {
        return position + ": " + lines + " lines of GTIN " + gtin + " batch " + lot + " read as one lot (quantities added)";
    }
}
