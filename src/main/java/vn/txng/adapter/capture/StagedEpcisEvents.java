package vn.txng.adapter.capture;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.txng.adapter.epcis.EpcisEvent;
import vn.txng.adapter.epcis.EpcisEvents;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.outbox.StagedContent;
import vn.txng.adapter.outbox.StagedVersion;

/**
 * The outbox's lots and events as EPCIS 2.0 events, what {@code export-epcis} writes and an EPCIS repository is sent:
 * every staged event, then for every staged lot its commissioning ({@link EpcisEvents#commissioning}), page by page.
 * A production event naming exactly one lot is that lot's commissioning, with the lot's ILMD: the lot is then handed
 * without an event (not written twice). A lot named only by production events of several lots is commissioned on its
 * own, as one ILMD cannot describe several lots. An event its error declaration withdrew before the portal had it is
 * handed without an event: nothing to pass on; one declared in error after delivery is handed with its
 * {@code errorDeclaration}.
 */
public final class StagedEpcisEvents {

    /** Gets each staged record with its EPCIS event, or null when there is nothing to pass on. */
    @FunctionalInterface
    public interface Visitor {
        void visit(StagedVersion version, EpcisEvent event);
    }

    /**
     * How many events and lots the outbox holds, and how many of its lots a production event commissions with their
     * ILMD (handed without an event of their own).
     */
    public record Walked(long events, long lots, long commissionedByEvents) {
    }

    private StagedEpcisEvents() {
    }

    /**
     * Walks the outbox, {@code pageSize} rows per query: the events first, then the lots. A lot without a production
     * date is dated by its staging, in {@code zone}, as is its production date's start of day.
     */
    public static Walked walk(Outbox outbox, int pageSize, ZoneId zone, Visitor visitor) {
        // the lots a staged production event of one lot commissions: one key per lot, held while the walk lasts (the
        // lots are far fewer than the events)
        Set<String> produced = new HashSet<>();
        List<StagedVersion> productions = new ArrayList<>();
        long events = outbox.forEachStaged(RecordKind.EVENT, pageSize, version -> {
            EventRecord event = (EventRecord) version.record();
            if (version.withdrawn()) {
                // an event its error declaration withdrew before the portal had it is no event to pass on
                visitor.visit(version, null);
            } else if (EpcisEvents.PRODUCTION_STAGE.equals(event.stage()) && event.lots().size() == 1 && event.inputs().isEmpty()) {
                produced.add(event.lots().get(0).lotKey());
                // its ILMD is its lot's: the lots of a page of them are read in one query
                productions.add(version);
                if (productions.size() >= pageSize) {
                    commission(outbox, productions, visitor);
                }
            } else {
                visitor.visit(version, EpcisEvents.of(event, null, version.declaration()));
            }
        });
        commission(outbox, productions, visitor);
        long[] commissionedByEvents = {0};
        long lots = outbox.forEachStaged(RecordKind.LOT, pageSize, version -> {
            LotRecord lot = (LotRecord) version.record();
            if (produced.contains(lot.businessKey())) {
                commissionedByEvents[0]++;
                visitor.visit(version, null);
                return;
            }
            // a lot comes into being on its production day; one without is dated by its staging
            OffsetDateTime time = lot.productionDate() != null ? lot.productionDate().atStartOfDay(zone).toOffsetDateTime()
                    : version.stagedAt().atZone(zone).toOffsetDateTime();
            visitor.visit(version, EpcisEvents.commissioning(lot, time));
        });
        return new Walked(events, lots, commissionedByEvents[0]);
    }

    /** Hands each production event of one lot with that lot's staged record's ILMD, and empties the list. */
    private static void commission(Outbox outbox, List<StagedVersion> productions, Visitor visitor) {
        if (productions.isEmpty()) {
            return;
        }
        List<String> keys = productions.stream().map(version -> ((EventRecord) version.record()).lots().get(0).lotKey()).distinct().toList();
        Map<String, StagedContent> lots = outbox.stagedContents(RecordKind.LOT, keys);
        for (StagedVersion version : productions) {
            EventRecord event = (EventRecord) version.record();
            StagedContent lot = lots.get(event.lots().get(0).lotKey());
            visitor.visit(version, EpcisEvents.of(event, lot == null ? null : (LotRecord) lot.record(), version.declaration()));
        }
        productions.clear();
    }
}
