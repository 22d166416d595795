package vn.txng.adapter.capture;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import vn.txng.adapter.epcis.EpcisEvent;
import vn.txng.adapter.epcis.EpcisEvents;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.outbox.StagedVersion;

/**
 * The outbox's lots and events as EPCIS 2.0 events, what {@code export-epcis} writes and an EPCIS repository is sent:
 * every staged event, then for every staged lot its commissioning ({@link EpcisEvents#commissioning}), page by page.
 * An event its error declaration withdrew, and a lot a staged production event commissions already, are handed
 * without an event: nothing to pass on.
 */
public final class StagedEpcisEvents {

    /** Gets each staged record with its EPCIS event, or null when there is nothing to pass on. */
    @FunctionalInterface
    public interface Visitor {
        void visit(StagedVersion version, EpcisEvent event);
    }

    /** How many events and lots the outbox holds. */
    public record Walked(long events, long lots) {
    }

    private StagedEpcisEvents() {
    }

    /**
     * Walks the outbox, {@code pageSize} rows per query: the events first, then the lots. A lot without a production
     * date is dated by its staging, in {@code zone}, as is its production date's start of day.
     */
    public static Walked walk(Outbox outbox, int pageSize, ZoneId zone, Visitor visitor) {
        // the lots a staged production event names: that event is their commissioning, not written twice (one key per
        // lot, held while the walk lasts: the lots are far fewer than the events)
        Set<String> produced = new HashSet<>();
        long events = outbox.forEachStaged(RecordKind.EVENT, pageSize, version -> {
            EventRecord event = (EventRecord) version.record();
            if (EpcisEvents.PRODUCTION_STAGE.equals(event.stage())) {
                event.lots().forEach(lot -> produced.add(lot.lotKey()));
            }
            // an event its error declaration withdrew before the portal had it is no event to pass on
            visitor.visit(version, version.withdrawn() ? null : EpcisEvents.of(event));
        });
        long lots = outbox.forEachStaged(RecordKind.LOT, pageSize, version -> {
            LotRecord lot = (LotRecord) version.record();
            if (produced.contains(lot.businessKey())) {
                visitor.visit(version, null);
                return;
            }
            // a lot comes into being on its production day; one without is dated by its staging
            OffsetDateTime time = lot.productionDate() != null ? lot.productionDate().atStartOfDay(zone).toOffsetDateTime()
                    : version.stagedAt().atZone(zone).toOffsetDateTime();
            visitor.visit(version, EpcisEvents.commissioning(lot, time));
        });
        return new Walked(events, lots);
    }
}
