package vn.txng.adapter.model;

import java.util.List;

/** A canonical record, whatever format it was read from. */
public sealed interface TraceRecord permits ProductRecord, LotRecord, LocationRecord, EventRecord {

    RecordKind kind();

    /**
     * The key the portal upserts on: the GTIN for a product, GTIN + "/" + lot number for a lot, the location trace
     * code for a location, the event key for an event.
     */
    String businessKey();

    /**
     * The records the portal must have before this one (PORTAL-API.md's order rule): a lot's product, an event's
     * location and lots; none for a product or a location.
     */
    default List<RecordKey> prerequisites() {
        return List.of();
    }
}
