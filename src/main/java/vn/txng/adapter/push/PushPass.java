package vn.txng.adapter.push;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
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
    /** Products the portal has confirmed, as found during this pass: a confirmation is never taken back. */
    private final java.util.Set<String> confirmedProducts = java.util.concurrent.ConcurrentHashMap.newKeySet();

    PushPass(Instant start) {
        this.start = start;
    }

    public Instant start() {
        return start;
    }

    public PushSummary summary() {
        return summary;
    }

    /** The GTIN-14s of the products found confirmed in this pass (lots of many products share a few). */
    java.util.Set<String> confirmedProducts() {
        return confirmedProducts;
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
