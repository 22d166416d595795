package vn.txng.adapter.push;

import java.time.Instant;
import java.util.Map;
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
     * Records that hold nothing back in this pass: confirmed by the portal, as found or delivered (a confirmation is
     * never taken back), or never staged here (the portal judges). What needs them is sent without a query each:
     * 100,000 events over 10,000 lots cost at most one query per lot.
     */
    private final Set<RecordKey> clear = ConcurrentHashMap.newKeySet();
    /** Records never staged here that the portal said it lacks (409) in this pass: what needs them is held unsent. */
    private final Set<RecordKey> lacking = ConcurrentHashMap.newKeySet();
    /** The lots' 25T identifiers ("" for none) by lot key, read for the events of this pass (one read per lot). */
    private final Map<String, String> uii25T = new ConcurrentHashMap<>();

    PushPass(Instant start) {
        this.start = start;
    }

    public Instant start() {
        return start;
    }

    public PushSummary summary() {
        return summary;
    }

    /** Whether this pass found that {@code key} holds nothing back (see {@link #clear(RecordKey)}). */
    boolean isClear(RecordKey key) {
        return clear.contains(key);
    }

    /** The portal holds {@code key}, or the outbox never staged it: what needs it may be sent in the rest of this pass. */
    void clear(RecordKey key) {
        clear.add(key);
    }

    /** The portal answered 409 for a record needing {@code key}, which the outbox never staged: it holds back the rest. */
    void lacks(RecordKey key) {
        lacking.add(key);
        clear.remove(key);
    }

    /** Whether the portal said in this pass that it lacks {@code key} (see {@link #lacks(RecordKey)}). */
    boolean isLacking(RecordKey key) {
        return lacking.contains(key);
    }

    /** The 25T identifier ("" for none) of the lot with this key as read in this pass, or null when not read yet. */
    String uii25T(String lotKey) {
        return uii25T.get(lotKey);
    }

    void uii25T(String lotKey, String uii) {
        uii25T.put(lotKey, uii);
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
