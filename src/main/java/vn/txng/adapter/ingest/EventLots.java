package vn.txng.adapter.ingest;

import com.carrotsearch.hppc.LongHashSet;
import java.util.ArrayList;
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
 * <p>
 * The lots given are kept as 64-bit hashes of their keys ({@link #keyHash}), 8 bytes a lot, so that a file of a million
 * lots is checked in little memory; two keys of the same hash (about one chance in 10^7 over a million lots) would
 * only spare one warning.
 */
public final class EventLots {

    public static final String CODE = "LOT_UNKNOWN";

    private final LongHashSet given = new LongHashSet();
    private final List<Named> named = new ArrayList<>();

    public void add(SourcedRecord sourced) {
        if (sourced.record() instanceof LotRecord lot) {
            given.add(keyHash(lot.businessKey()));
        } else if (sourced.record() instanceof EventRecord event) {
            for (EventLot lot : event.lots()) {
                if (!given.contains(keyHash(lot.lotKey()))) {
                    named.add(new Named(sourced, event, lot));
                }
            }
        }
    }

    /** Whether the file gives the lot of business key {@code lotKey} ({@code <GTIN-14>/<lot>}). */
    public boolean gives(String lotKey) {
        return given.contains(keyHash(lotKey));
    }

    /** FNV-1a over the key's UTF-16 code units, 64 bits. */
    static long keyHash(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /**
     * One warning line per event and lot that neither the file nor {@code staged} (the outbox, the other files of the
     * same `validate`) has, in file order.
     */
    public List<String> unknown(KnownLots staged) {
        Set<String> missing = new LinkedHashSet<>();
        for (Named n : named) {
            if (!gives(n.lot().lotKey())) {
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
