package vn.txng.adapter.model;

/**
 * A record as a reader found it, with its position. {@code scan} carries raw barcode data (a GS1
 * element string) when the source gave a scan instead of separate GTIN and lot fields; the
 * identifier normalizer takes the lot's GTIN, lot number and dates from it.
 */
public record SourcedRecord(TraceRecord record, SourcePosition position, String scan) {

    public SourcedRecord(TraceRecord record, SourcePosition position) {
        this(record, position, null);
    }
}
