package vn.txng.adapter.ingest.epcis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.model.SourcedRecord;
import vn.txng.adapter.model.SourcePosition;

/**
 * Turns one EPCIS event into the adapter's records (issue 21): an {@link vn.txng.adapter.model.EventRecord} for the
 * portal when the event has a stage and a lot-level code, and a {@link vn.txng.adapter.model.LotRecord} for each lot
 * an {@code ADD} event's ILMD describes. The event comes in the EPCIS 2.0 JSON-LD shape (GS1 EPCIS 2.0, section 9:
 * {@code type}, {@code eventTime}, {@code eventTimeZoneOffset}, {@code epcList}, {@code quantityList} ...), whatever
 * syntax the document was written in: the XML readers (EPCIS 2.0 and 1.2) build that shape from their elements.
 * An event the portal cannot take (no stage for its {@code bizStep}, no lot-level code) gives no event and a line
 * in {@code report} saying why ("not for the portal: ..."); a fault of the event is a rejection in {@code report},
 * never an exception: one bad event never stops the good ones of the same document.
 */
public interface EpcisEventMapper {

    /** The records one event gives, each at {@code position} (the event's line, or its JSON pointer). */
    List<SourcedRecord> map(ObjectNode event, SourcePosition position, FileReport report);
}
