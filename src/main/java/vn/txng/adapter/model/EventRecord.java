package vn.txng.adapter.model;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A traceability event (the portal's {@code ToChuc_SuKien}, PORTAL-API.md section 5): one stage of the lots'
 * journey. {@code eventId} is the stable key (the ERP's own, or one derived from a despatch advice or a lot), so
 * the same key with a new body replaces the event. {@code stage} is one of the profile's {@code congDoan} codes;
 * {@code time} carries its UTC offset. The place is {@code locationGln} (+ optional AI 254 {@code locationExtension});
 * {@code destinationGln} (+ extension) only for shipping ({@code VAN_CHUYEN}); {@code inputs} only for processing
 * ({@code CHE_BIEN}). {@code instanceCodes} are the event's serial-level and logistic-unit codes as element strings
 * ({@code (01)<GTIN-14>(21)<serial>}, {@code (00)<SSCC>}): the portal takes lots only, so they are never sent to it,
 * but an EPCIS document written from the event names them (issue 21). Lists are never null. An arrival read before its
 * place was described has the stage {@value #STAGE_BY_PLACE_KIND}: the push gives it the stage of its place's kind
 * ({@link #withStage}), the place being delivered before the event.
 */
public record EventRecord(
        String eventId,
        String stage,
        OffsetDateTime time,
        String locationGln,
        String locationExtension,
        String destinationGln,
        String destinationExtension,
        List<EventLot> lots,
        List<EventInput> inputs,
        List<EventDocument> documents,
        String performer,
        String description,
        List<String> evidenceImageUrls,
        List<String> instanceCodes) implements TraceRecord {

    public EventRecord {
        instanceCodes = instanceCodes == null ? List.of() : List.copyOf(instanceCodes);
        lots = lots == null ? List.of() : List.copyOf(lots);
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        documents = documents == null ? List.of() : List.copyOf(documents);
        evidenceImageUrls = evidenceImageUrls == null ? List.of() : List.copyOf(evidenceImageUrls);
    }

    /**
     * The stage of an arrival (an EPCIS {@code receiving}, {@code storing} ...) whose place's location kind was unknown
     * when it was read: it takes the stage of that kind when it is sent (profile txng-v5's arrival table).
     */
    public static final String STAGE_BY_PLACE_KIND = "BY_LOCATION_KIND";

    /** An event without serial-level or logistic-unit codes: every source but EPCIS documents. */
    public EventRecord(String eventId, String stage, OffsetDateTime time, String locationGln, String locationExtension,
                       String destinationGln, String destinationExtension, List<EventLot> lots, List<EventInput> inputs,
                       List<EventDocument> documents, String performer, String description, List<String> evidenceImageUrls) {
        this(eventId, stage, time, locationGln, locationExtension, destinationGln, destinationExtension, lots, inputs, documents,
                performer, description, evidenceImageUrls, List.of());
    }

    @Override
    public RecordKind kind() {
        return RecordKind.EVENT;
    }

    /** Whether the stage waits for the kind of the place ({@value #STAGE_BY_PLACE_KIND}). */
    public boolean stageByPlaceKind() {
        return STAGE_BY_PLACE_KIND.equals(stage);
    }

    /** This event with {@code stage} instead of its own. */
    public EventRecord withStage(String stage) {
        return new EventRecord(eventId, stage, time, locationGln, locationExtension, destinationGln, destinationExtension, lots, inputs,
                documents, performer, description, evidenceImageUrls, instanceCodes);
    }

    @Override
    public String businessKey() {
        return eventId;
    }

    /** The location trace code of where it happened. */
    public String locationKey() {
        return LocationRecord.traceCode(locationGln, locationExtension);
    }

    /** The location trace code of the destination, or null when the event has none. */
    public String destinationKey() {
        return destinationGln == null ? null : LocationRecord.traceCode(destinationGln, destinationExtension);
    }

    /**
     * What must reach the portal before this event: its location, then each of its lots (by the lot's business key).
     * The destination is not among them: it need not be one of the organisation's own places.
     */
    @Override
    public List<RecordKey> prerequisites() {
        List<RecordKey> keys = new ArrayList<>(lots.size() + 1);
        keys.add(new RecordKey(RecordKind.LOCATION, locationKey()));
        for (EventLot lot : lots) {
            RecordKey key = new RecordKey(RecordKind.LOT, lot.lotKey());
            if (!keys.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }
}
