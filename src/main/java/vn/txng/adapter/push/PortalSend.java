package vn.txng.adapter.push;

import java.util.ArrayList;
import org.apache.camel.ExchangeProperty;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.txng.adapter.model.EventLot;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.portal.PortalProfile;
import vn.txng.adapter.model.LocationRecord;
import vn.txng.adapter.model.TraceRecord;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.ops.AdapterMetrics;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.outbox.StagedContent;
import vn.txng.adapter.outbox.OutboxItem;
import vn.txng.adapter.portal.PortalAnswer;
import vn.txng.adapter.portal.PortalClient;

/**
 * Bean {@code portalSend}: one call to the portal for one claimed record, with its idempotency key.
 * An outage (5xx, timeout, reset) is thrown as {@link PortalOutage} so that the route's circuit
 * breaker counts it; every other answer is returned.
 */
public final class PortalSend {

    private final PortalClient client;
    private final AdapterMetrics metrics;
    private final Outbox outbox;

    public PortalSend(PortalClient client, AdapterMetrics metrics, Outbox outbox) {
        this.client = client;
        this.metrics = metrics;
        this.outbox = outbox;
    }

    /**
     * The pass comes by annotation, not by parameters in the route's method call: with {@code send(${body}, ...)} one
     * 503 opened the circuit breaker (seen in EventDeliveryTest), the outage no longer reaching it as a plain
     * {@link PortalOutage}.
     */
    public PortalAnswer send(OutboxItem item, @ExchangeProperty(PushPass.PROPERTY) PushPass pass) {
        Map<String, String> uii25T = item.record() instanceof EventRecord event ? uii25TOfLots(event, pass) : Map.of();
        TraceRecord record = item.record() instanceof EventRecord event && event.stageByPlaceKind() ? withPlaceStage(event) : item.record();
        PortalAnswer answer;
        try (org.slf4j.MDC.MDCCloseable key = org.slf4j.MDC.putCloseable("businessKey", item.businessKey())) {
            answer = metrics.timeCall(() -> client.send(item.kind(), record, item.idempotencyKey(), uii25T), PortalSend::status);
        }
        if (answer instanceof PortalAnswer.RetryLater later && later.outage()) {
            throw new PortalOutage(later);
        }
        return answer;
    }

    /**
     * An arrival read before its place was described ({@link EventRecord#STAGE_BY_PLACE_KIND}) with the stage of its
     * place's location kind as the outbox has it now (profile txng-v5's arrival table; a kind outside it, or a place
     * the outbox lacks, {@link PortalProfile#EPCIS_ARRIVAL_DEFAULT}). The place is one of the event's prerequisites,
     * delivered before it, so its kind is known by now. The staged content (and so its hash and idempotency key) keeps
     * the placeholder: sending it again gives the same stage unless the place's kind changed meanwhile.
     */
    private EventRecord withPlaceStage(EventRecord event) {
        StagedContent place = outbox.stagedContents(RecordKind.LOCATION, List.of(event.locationKey())).get(event.locationKey());
        String kind = place == null ? null : ((LocationRecord) place.record()).locationKind();
        return event.withStage(kind == null ? PortalProfile.EPCIS_ARRIVAL_DEFAULT
                : PortalProfile.EPCIS_ARRIVAL_STAGES.getOrDefault(kind, PortalProfile.EPCIS_ARRIVAL_DEFAULT));
    }

    /**
     * The 25T identifiers of the event's lots that have one, by lot key, as the outbox staged the lots: the portal
     * knows a lot by the {@code maTruyVet} it was delivered with. Read once per lot and pass (the pass keeps them).
     */
    private Map<String, String> uii25TOfLots(EventRecord event, PushPass pass) {
        readUii25T(outbox, List.of(event), pass);
        Map<String, String> found = new HashMap<>();
        for (EventLot lot : event.lots()) {
            String uii = pass.uii25T(lot.lotKey());
            if (!uii.isEmpty()) {
                found.put(lot.lotKey(), uii);
            }
        }
        return found;
    }

    /**
     * Reads into the pass the 25T identifiers of the lots {@code events} name that it has not read yet: one query for
     * them all (the claim of a batch of events calls it, so a pass reads each lot once, a batch at a time).
     */
    static void readUii25T(Outbox outbox, List<EventRecord> events, PushPass pass) {
        List<String> unread = new ArrayList<>();
        for (EventRecord event : events) {
            for (EventLot lot : event.lots()) {
                if (pass.uii25T(lot.lotKey()) == null && !unread.contains(lot.lotKey())) {
                    unread.add(lot.lotKey());
                }
            }
        }
        if (unread.isEmpty()) {
            return;
        }
        Map<String, StagedContent> staged = outbox.stagedContents(RecordKind.LOT, unread);
        for (String key : unread) {
            StagedContent content = staged.get(key);
            String uii = content == null ? null : ((LotRecord) content.record()).uii25T();
            pass.uii25T(key, uii == null ? "" : uii);
        }
    }

    /** The {@code status} tag of {@code txng_portal_call_seconds}. */
    static String status(PortalAnswer answer) {
        if (answer instanceof PortalAnswer.Delivered) {
            return "delivered";
        } else if (answer instanceof PortalAnswer.Rejected) {
            return "rejected";
        } else if (answer instanceof PortalAnswer.RetryLater later) {
            return later.outage() ? "outage" : "retry";
        } else if (answer instanceof PortalAnswer.AwaitPrerequisite) {
            return "await_prerequisite";
        }
        return "connection_fault";
    }
}
