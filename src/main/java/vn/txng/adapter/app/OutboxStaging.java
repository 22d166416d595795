package vn.txng.adapter.app;

import java.util.ArrayList;
import java.util.List;
import vn.txng.adapter.ingest.FileIngestion;
import vn.txng.adapter.ingest.HeldProduct;
import vn.txng.adapter.ingest.RecordChunk;
import vn.txng.adapter.model.ProductRecord;
import vn.txng.adapter.model.SourcedRecord;
import vn.txng.adapter.model.TraceRecord;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.outbox.StageResult;

/**
 * The staging step of the ingest route (bean {@code outboxStaging}): one outbox transaction per
 * chunk, and one more for its held products. The report counted those when they were checked.
 */
public final class OutboxStaging {

    private final Outbox outbox;

    public OutboxStaging(Outbox outbox) {
        this.outbox = outbox;
    }

    public RecordChunk stage(RecordChunk chunk) {
        // held first: a complete product for the same GTIN later in the chunk then wins
        if (!chunk.held().isEmpty()) {
            List<ProductRecord> products = new ArrayList<>(chunk.held().size());
            List<String> reasons = new ArrayList<>(chunk.held().size());
            for (HeldProduct held : chunk.held()) {
                products.add(held.product());
                reasons.add(held.reason());
            }
            outbox.hold(products, HeldProduct.CODE, reasons);
        }
        if (chunk.records().isEmpty()) {
            return chunk;
        }
        List<TraceRecord> records = new ArrayList<>(chunk.records().size());
        for (SourcedRecord sourced : chunk.records()) {
            records.add(sourced.record());
        }
        StageResult result = outbox.stage(records);
        chunk.report().staged(result.accepted(), result.unchanged());
        return chunk;
    }

    /** The file's records reach the disk before the file is moved away (H2 writes commits a little later). */
    public FileIngestion flush(FileIngestion ingestion) {
        outbox.flush();
        return ingestion;
    }
}
