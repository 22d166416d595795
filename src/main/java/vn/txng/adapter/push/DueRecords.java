package vn.txng.adapter.push;

import java.time.Duration;
import java.util.List;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.outbox.OutboxItem;

/**
 * Bean {@code dueRecords}: claims the next batch of one kind that was due when the pass began
 * (expired leases, due retries, pending), leased for {@code txng.push.lease}. A stopped pass
 * claims nothing, which ends the route's loop.
 */
public final class DueRecords {

    private final Outbox outbox;
    private final int batchSize;
    private final Duration lease;

    /** @param batchSize records claimed at once (a few times the calls in flight, so the senders stay busy) */
    public DueRecords(Outbox outbox, int batchSize, Duration lease) {
        this.outbox = outbox;
        this.batchSize = batchSize;
        this.lease = lease;
    }

    public List<OutboxItem> claim(RecordKind kind, PushPass pass) {
        return pass.isStopped() ? List.of() : outbox.claim(kind, batchSize, pass.start(), lease);
    }
}
