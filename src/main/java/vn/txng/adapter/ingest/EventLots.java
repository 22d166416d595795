package vn.txng.adapter.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.txng.adapter.model.EventLot;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcedRecord;

/**
 * For `validate`: the lots a file's events name and the lots it gives, so that an event naming a lot that neither
 * the files checked nor the outbox has is told ({@value #CODE}): the portal would answer it 409 until that lot is
 * delivered.
 * Fed with records that passed the checks (lots keyed by GTIN-14 and lot number).
 */
public final class EventLots {

    public static final String CODE = "LOT_UNKNOWN";

    private final Set<String> given = new HashSet<>();
    private final List<Named> named = new ArrayList<>();

    public void add(SourcedRecord sourced) {
        if (sourced.record() instanceof LotRecord lot) {
            given.add(lot.businessKey());
        } else if (sourced.record() instanceof EventRecord event) {
            for (EventLot lot : event.lots()) {
                if (!given.contains(lot.lotKey())) {
                    named.add(new Named(sourced, event, lot));
                }
            }
        }
    }

    /** The business keys of the lots the file gives ({@code <GTIN-14>/<lot>}). */
    public Set<String> given() {
        return Set.copyOf(given);
    }

    /**
     * One warning line per event and lot that neither the file nor {@code staged} (the outbox, the other files of the
     * same `validate`) has, in file order.
     */
    public List<String> unknown(KnownLots staged) {
        Set<String> missing = new LinkedHashSet<>();
        for (Named n : named) {
            if (!given.contains(n.lot().lotKey())) {
                missing.add(n.lot().lotKey());
            }
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        Set<String> known = staged.known(missing);
        List<String> warnings = new ArrayList<>();
        for (Named n : named) {
            String key = n.lot().lotKey();
            if (missing.contains(key) && !known.contains(key)) {
                warnings.add(new Rejection(CODE, n.sourced().position(), "Lot", "event " + n.event().eventId() + " names lot "
                        + n.lot().traceCode() + ", which neither the files checked nor the outbox has; the portal will refuse the event (409) until that lot"
                        + " is delivered")
                        .toString());
            }
        }
        return warnings;
    }

    private record Named(SourcedRecord sourced, EventRecord event, EventLot lot) {
    }
}
