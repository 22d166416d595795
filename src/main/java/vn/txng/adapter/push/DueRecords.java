package vn.txng.adapter.push;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.outbox.OutboxItem;

/**
 * Bean {@code dueRecords}: claims what of one kind was due when the pass began (expired leases,
 * due retries, pending), in batches leased for {@code txng.push.lease}. A stopped pass claims
 * nothing more, nor does an adapter that is stopping.
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

    /**
     * While the circuit breaker waits for its probe: one due record, claimed, to be sent alone
     * before any other. Otherwise (breaker closed or open, pass stopped, adapter stopping): empty.
     */
    public List<OutboxItem> probe(RecordKind kind, PushPass pass) {
        if (!breaker.probing() || control.mustStop(pass)) {
            return List.of();
        }
        return outbox.claim(kind, 1, pass.start(), lease);
    }

    /**
     * The due records of one kind, claimed a batch at a time as the route's streaming split asks
     * for the next one: the senders never wait for a batch to drain, and what is claimed and not
     * yet handed out is one batch at most (the lease covers it). Ends when nothing more is due or
     * the pass stops. The split calls it from one thread at a time; synchronised all the same.
     */
    public Iterator<OutboxItem> stream(RecordKind kind, PushPass pass) {
        return new Iterator<>() {
            private final ArrayDeque<OutboxItem> claimed = new ArrayDeque<>();
            private boolean exhausted;

            @Override
            public synchronized boolean hasNext() {
                if (claimed.isEmpty() && !exhausted) {
                    List<OutboxItem> batch = control.mustStop(pass) ? List.of() : outbox.claim(kind, batchSize, pass.start(), lease);
                    if (kind == RecordKind.EVENT && !batch.isEmpty()) {
                        // the lots' 25T identifiers the batch's bodies need, in one query rather than one per lot
                        PortalSend.readUii25T(outbox, batch.stream().map(item -> (EventRecord) item.record()).toList(), pass);
                    }
                    claimed.addAll(batch);
                    exhausted = batch.isEmpty();
                }
                return !claimed.isEmpty();
            }

            @Override
            public synchronized OutboxItem next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no more " + kind + " records due in this pass");
                }
                return claimed.poll();
            }
        };
    }
}
