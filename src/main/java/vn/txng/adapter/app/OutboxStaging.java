package vn.txng.adapter.app;

import java.util.ArrayList;
import java.util.List;
import vn.txng.adapter.ingest.FileIngestion;
import vn.txng.adapter.ingest.RecordChunk;
import vn.txng.adapter.model.SourcedRecord;
import vn.txng.adapter.model.TraceRecord;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.outbox.StageResult;

/** The staging step of the ingest route (bean {@code outboxStaging}): one outbox transaction per chunk. */
public final class OutboxStaging {

    private final Outbox outbox;

    public OutboxStaging(Outbox outbox) {
        this.outbox = outbox;
    }

    public RecordChunk stage(RecordChunk chunk) {
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
