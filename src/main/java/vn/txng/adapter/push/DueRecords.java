package vn.txng.adapter.push;

import java.time.Duration;
import java.util.List;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.outbox.OutboxItem;

/**
 * Bean {@code dueRecords}: claims the next batch of one kind that was due when the pass began
 * (expired leases, due retries, pending), leased for {@code txng.push.lease}; one record alone
 * while the circuit breaker probes the portal. A stopped pass claims nothing, which ends the
 * route's loop; so does an adapter that is stopping.
 */
public final class DueRecords {

    private final Outbox outbox;
    private final int batchSize;
    private final Duration lease;
    private final PortalBreaker breaker;
    private final PassControl control;

    /** @param batchSize records claimed at once (a few times the calls in flight, so the senders stay busy) */
    public DueRecords(Outbox outbox, int batchSize, Duration lease, PortalBreaker breaker, PassControl control) {
        this.control = control;
        this.outbox = outbox;
        this.breaker = breaker;
        this.batchSize = batchSize;
        this.lease = lease;
    }

    public List<OutboxItem> claim(RecordKind kind, PushPass pass) {
        if (pass.isStopped() || control.isStopping()) {
            return List.of();
        }
        // while the breaker waits for its probe, one record alone
        return outbox.claim(kind, breaker.probing() ? 1 : batchSize, pass.start(), lease);
    }
}
