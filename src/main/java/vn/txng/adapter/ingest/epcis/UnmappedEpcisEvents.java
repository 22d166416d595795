package vn.txng.adapter.ingest.epcis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;
import vn.txng.adapter.model.SourcedRecord;

/**
 * The mapper for as long as EPCIS events are not mapped to records: every event, once read and found sound, is
 * rejected as {@code EPCIS_NOT_MAPPED}, so a document is read, counted and reported but stages nothing.
 */
public final class UnmappedEpcisEvents implements EpcisEventMapper {

    @Override
    public List<SourcedRecord> map(ObjectNode event, SourcePosition position, FileReport report) {
        report.reject(new Rejection("EPCIS_NOT_MAPPED", position, null, "EPCIS events are not mapped yet: this "
                + event.path("type").asText("event") + " was read but gives no record"));
        return List.of();
    }
}
