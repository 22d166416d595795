package vn.txng.adapter.ingest;

import java.util.List;
import java.util.Map;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.model.TraceRecord;

/**
 * Where the records last staged for some keys can be read back (the outbox): what the field merge of products and
 * of locations starts from; {@link #NONE} for `validate`.
 */
@FunctionalInterface
public interface StagedRecords {

    StagedRecords NONE = (kind, keys) -> Map.of();

    /**
     * The record of {@code kind} last staged for each of the business keys (a product's GTIN-14, a location's trace
     * code), held or not, by key; a key never staged is absent. Read for a whole chunk at once: one round trip (or a
     * few), never one per record.
     */
    Map<String, Staged> staged(RecordKind kind, List<String> keys);

    /** A staged record; {@code held} when it lacks fields and waits for a file to supply them. */
    record Staged(TraceRecord record, boolean held) {
    }
}
