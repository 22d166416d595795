package vn.txng.adapter.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.outbox.DeliveryState;
import vn.txng.adapter.outbox.GiveUp;
import vn.txng.adapter.outbox.OutboxItem;
import vn.txng.adapter.outbox.PortalTarget;
import vn.txng.adapter.portal.PortalAnswer;
import vn.txng.adapter.portal.PortalClient;
import vn.txng.adapter.portal.ConnectionProblem;
import vn.txng.adapter.portal.PortalAnswer.ConnectionFault;

/**
 * One push pass (bean {@code portalPush}): claims what is due from the outbox, products before
 * lots, sends up to {@code maxConcurrency} records at once, and records each answer. A pass only
 * claims what was due when it began, so a record retried during the pass waits for the next one.
 */
public final class PortalPush implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PortalPush.class);

    private final Outbox outbox;
    private final PortalClient client;
    private final int batchSize;
    private final RetryPolicy retry;
    private final GiveUp giveUp;
    private final Duration lease;
    private final Clock clock;
    private final ExecutorService senders;
    private final String targetId;
    /** The connection fault that stops the current pass, or null while the connection works. */
    private final AtomicReference<ConnectionFault> stopped = new AtomicReference<>();

    /**
     * @param targetId the portal target this push delivers to ({@code PortalTarget.id()}); a pass
     *                 stops when the outbox's state belongs to another (another instance switched it)
     */
    public PortalPush(Outbox outbox, String targetId, PortalClient client, int maxConcurrency, RetryPolicy retry,
                      GiveUp giveUp, Duration lease, Clock clock) {
        this.giveUp = giveUp;
        this.outbox = outbox;
        this.targetId = targetId;
        this.client = client;
        this.batchSize = Math.max(50, maxConcurrency * 8);
        this.retry = retry;
        this.lease = lease;
        this.clock = clock;
        this.senders = Executors.newFixedThreadPool(maxConcurrency, runnable -> {
            Thread thread = new Thread(runnable, "portal-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Synchronized: the schedule and the push command never run two passes at once in one process.
     * A fault of the connection stops the pass: every record it claimed and did not settle goes
     * back as it was, the fault is logged once and kept for status.
     */
    public synchronized PushSummary pushPending() {
        PushSummary summary = new PushSummary();
        Instant passStart = clock.instant();
        stopped.set(null);
        Optional<PortalTarget> active = outbox.activeTarget();
        if (active.isPresent() && !active.get().id().equals(targetId)) {
            // another adapter instance on this database switched the outbox to its own target
            stopped.set(new ConnectionFault(ConnectionProblem.OUTBOX_ON_ANOTHER_TARGET,
                    "this outbox's delivery state now belongs to " + active.get() + ", switched by another adapter instance"));
        }
        for (RecordKind kind : RecordKind.values()) {
            if (kind == RecordKind.LOT) {
                // products completed (and, just above, delivered) since their lots were held let those lots go now
                outbox.releaseLotsOfCompletedProducts();
            }
            List<OutboxItem> batch;
            while (stopped.get() == null && !(batch = outbox.claim(kind, batchSize, passStart, lease)).isEmpty()) {
                sendAll(batch, summary);
            }
        }
        ConnectionFault fault = stopped.get();
        if (fault != null) {
            LOG.error("push stopped, nothing rejected, every record kept as it was: {}", fault.message());
            if (fault.problem() != ConnectionProblem.OUTBOX_ON_ANOTHER_TARGET) {
                // kept for status, on the target it is about (not another instance's)
                outbox.recordConnectionFault(fault.message());
            }
            summary.connectionFault(fault.message());
        } else {
            outbox.clearConnectionFault();
        }
        LOG.info("{}", summary);
        return summary;
    }

    private void sendAll(List<OutboxItem> batch, PushSummary summary) {
        List<Future<?>> sent = new ArrayList<>(batch.size());
        for (OutboxItem item : batch) {
            sent.add(senders.submit(() -> deliver(item, summary)));
        }
        for (Future<?> future : sent) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("push interrupted; claimed records are sent again after their lease", e);
            } catch (ExecutionException e) {
                LOG.error("a portal call failed unexpectedly; the record is claimed again after its lease", e.getCause());
            }
        }
    }

    private void deliver(OutboxItem item, PushSummary summary) {
        if (stopped.get() != null) {
            // the connection failed for a record sent alongside: this one is not sent in this pass
            outbox.release(item);
            return;
        }
        if (item.record() instanceof LotRecord lot && !outbox.isDelivered(RecordKind.PRODUCT, lot.gtin())) {
            // a product staged here but never confirmed: its lot would only earn a 409
            Optional<DeliveryState> product = outbox.state(RecordKind.PRODUCT, lot.gtin());
            // a product held for missing fields may wait for weeks: its lots wait as held too, costing no attempts
            if (product.orElse(null) == DeliveryState.HELD && outbox.markWaitingForHeldProduct(item, lot.gtin())) {
                summary.held(item.kind(), item.businessKey(), "waits for product " + lot.gtin() + ", held until a file completes it and it is delivered");
                return;
            }
            if (product.isPresent()) {
                waitForProduct(item, "waiting for product " + lot.gtin() + " (" + product.get().name().toLowerCase()
                        + ") to be delivered first", summary);
                return;
            }
        }
        PortalAnswer answer = client.send(item.kind(), item.record(), item.idempotencyKey());
        if (answer instanceof ConnectionFault fault) {
            // every call would fail alike: the pass stops, and this record was not judged
            stopped.compareAndSet(null, fault);
            outbox.release(item);
        } else if (answer instanceof PortalAnswer.Delivered d) {
            outbox.markDelivered(item, d.portalId());
            summary.delivered(item.kind(), item.businessKey(), d.portalId());
        } else if (answer instanceof PortalAnswer.Rejected r) {
            outbox.markRejected(item, r.code(), r.reason());
            summary.rejected(item.kind(), item.businessKey(), r.code() + ": " + r.reason());
        } else if (answer instanceof PortalAnswer.RetryLater later) {
            retryLater(item, later.reason(), later.retryAfter(), summary);
        } else if (answer instanceof PortalAnswer.AwaitProduct wait) {
            waitForProduct(item, wait.reason(), summary);
        }
    }

    /** A lot before its product: retried with backoff, but the wait is not the outbox's last error. */
    private void waitForProduct(OutboxItem item, String reason, PushSummary summary) {
        outbox.markWaiting(item, reason, clock.instant().plus(retry.delay(item.attempts(), null)));
        summary.retry(item.kind(), item.businessKey(), reason);
    }

    private void retryLater(OutboxItem item, String reason, Duration retryAfter, PushSummary summary) {
        Instant next = clock.instant().plus(retry.delay(item.attempts(), retryAfter));
        if (outbox.markRetry(item, reason, next, giveUp).orElse(null) == DeliveryState.PARKED) {
            LOG.warn("{} {} parked after {} failed attempts, not retried until `retry --parked`: {}",
                    item.kind().name().toLowerCase(), item.businessKey(), item.attempts() + 1, reason);
            summary.parked(item.kind(), item.businessKey(), reason);
        } else {
            summary.retry(item.kind(), item.businessKey(), reason);
        }
    }

    @Override
    public void close() {
        senders.shutdownNow();
    }
}
