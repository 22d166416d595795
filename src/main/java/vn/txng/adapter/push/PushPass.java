package vn.txng.adapter.push;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import vn.txng.adapter.model.RecordKey;
import vn.txng.adapter.portal.PortalAnswer.ConnectionFault;

/**
 * One push pass, carried by the route as the exchange property {@value #PROPERTY} and shared by
 * the parallel sends of its batches: when it began (only records due then are claimed), what it
 * did so far, and the connection fault that stopped it, if one did.
 */
public final class PushPass {

    /** The exchange property the push route keeps the pass in. */
    public static final String PROPERTY = "pushPass";

    private final Instant start;
    private final PushSummary summary = new PushSummary();
    private final AtomicReference<ConnectionFault> stopped = new AtomicReference<>();
    /**
     * Records the portal has confirmed, as found or delivered during this pass (a confirmation is never taken back):
     * the records that wait for them are sent without a query each (100,000 events over 10,000 lots cost at most
     * one query per lot).
     */
    private final Set<RecordKey> confirmed = ConcurrentHashMap.newKeySet();

    PushPass(Instant start) {
        this.start = start;
    }

    public Instant start() {
        return start;
    }

    public PushSummary summary() {
        return summary;
    }

    /** Whether this pass found or made {@code key} confirmed by the portal. */
    boolean isConfirmed(RecordKey key) {
        return confirmed.contains(key);
    }

    /** The portal holds {@code key}: what waits for it may be sent in the rest of this pass. */
    void confirmed(RecordKey key) {
        confirmed.add(key);
    }

    /** Stops the pass at the first fault of the connection (later ones say the same). */
    public void stop(ConnectionFault fault) {
        stopped.compareAndSet(null, fault);
    }

    /** True once a fault of the connection stopped the pass: nothing more is claimed or sent. */
    public boolean isStopped() {
        return stopped.get() != null;
    }

    /** The fault that stopped the pass, or null. */
    public ConnectionFault fault() {
        return stopped.get();
    }
}
