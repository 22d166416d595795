package vn.txng.adapter.ingest;

import java.util.List;
import vn.txng.adapter.model.SourcedRecord;

/**
 * A run of records from one file, the unit that travels through the ingest route so that checks
 * and staging work in batches. Rejections go straight to the file's report; products and locations that
 * lack only fields another file can supply travel on in {@code held}, to be staged as held.
 */
public record RecordChunk(FileReport report, List<SourcedRecord> records, List<HeldRecord> held) {

    public RecordChunk(FileReport report, List<SourcedRecord> records) {
        this(report, records, List.of());
    }

    public RecordChunk withRecords(List<SourcedRecord> kept) {
        return new RecordChunk(report, kept, held);
    }

    public RecordChunk withRecords(List<SourcedRecord> kept, List<HeldRecord> heldRecords) {
        return new RecordChunk(report, kept, heldRecords);
    }
}
