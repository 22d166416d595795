package vn.txng.adapter.model;

/** A canonical record, whatever format it was read from. */
public sealed interface TraceRecord permits ProductRecord, LotRecord {

    RecordKind kind();

    /** The key the portal upserts on: the GTIN for a product, GTIN + lot number for a lot. */
    String businessKey();
}
