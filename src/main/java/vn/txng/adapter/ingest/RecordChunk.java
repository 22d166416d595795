package vn.txng.adapter.ingest;

import java.util.List;
import vn.txng.adapter.model.SourcedRecord;

/**
 * A run of records from one file, the unit that travels through the ingest route so that checks
 * and staging work in batches. Rejections go straight to the file's report.
 */
public record RecordChunk(FileReport report, List<SourcedRecord> records) {

    public RecordChunk withRecords(List<SourcedRecord> kept) {
        return new RecordChunk(report, kept);
    }
}
