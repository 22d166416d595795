package vn.txng.adapter.push;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import vn.txng.adapter.model.RecordKey;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.ops.AdapterMetrics;
import vn.txng.adapter.outbox.DeliveryState;
import vn.txng.adapter.outbox.GiveUp;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.outbox.OutboxItem;
import vn.txng.adapter.portal.PortalAnswer;
import vn.txng.adapter.portal.PortalAnswer.ConnectionFault;

/**
 * Bean {@code deliveryOutcome}: records what the portal answered for one record. Delivered and
 * rejected are final for the content; a transient failure is retried with backoff, or parked
 * once {@link GiveUp} says so; a fault of the connection stops the pass and puts the record back
 * as it was (it was not judged).
 */
public final class DeliveryOutcome {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryOutcome.class);

    private final Outbox outbox;
    private final SendGate gate;
    private final RetryPolicy retry;
    private final GiveUp giveUp;
    private final Clock clock;
    private final AdapterMetrics metrics;

    public DeliveryOutcome(Outbox outbox, SendGate gate, RetryPolicy retry, GiveUp giveUp, Clock clock, AdapterMetrics metrics) {
        this.metrics = metrics;
        this.outbox = outbox;
        this.gate = gate;
        this.retry = retry;
        this.giveUp = giveUp;
        this.clock = clock;
    }

    public void record(OutboxItem item, PortalAnswer answer, PushPass pass) {
        // the record as a field of its own in JSON logs (txng.log.format=json)
        try (MDC.MDCCloseable key = MDC.putCloseable("businessKey", item.businessKey())) {
            recordOutcome(item, answer, pass);
        }
    }

    private void recordOutcome(OutboxItem item, PortalAnswer answer, PushPass pass) {
        PushSummary summary = pass.summary();
        if (answer instanceof ConnectionFault fault) {
            // every call would fail alike: the pass stops, and this record was not judged
            pass.stop(fault);
            outbox.release(item);
        } else if (answer instanceof PortalAnswer.Delivered d) {
            outbox.markDelivered(item, d.portalId());
            if (item.kind() != RecordKind.EVENT) {
                // what waits for it goes in this pass without asking the outbox; nothing waits for an event
                pass.clear(new RecordKey(item.kind(), item.businessKey()));
            }
            summary.delivered(item.kind(), item.businessKey(), d.portalId());
            metrics.delivery(item.kind(), "delivered");
        } else if (answer instanceof PortalAnswer.Rejected r) {
            outbox.markRejected(item, r.code(), r.reason());
            summary.rejected(item.kind(), item.businessKey(), r.code() + ": " + r.reason());
            metrics.delivery(item.kind(), "rejected");
        } else if (answer instanceof PortalAnswer.RetryLater later) {
            Instant next = clock.instant().plus(retry.delay(item.attempts(), later.retryAfter()));
            if (outbox.markRetry(item, later.reason(), next, giveUp).orElse(null) == DeliveryState.PARKED) {
                LOG.warn("{} {} parked after {} failed attempts, not retried until `retry --parked`: {}",
                        item.kind().name().toLowerCase(), item.businessKey(), item.attempts() + 1, later.reason());
                summary.parked(item.kind(), item.businessKey(), later.reason());
                metrics.delivery(item.kind(), "parked");
            } else {
                summary.retry(item.kind(), item.businessKey(), later.reason());
                metrics.delivery(item.kind(), "retry");
            }
        } else if (answer instanceof PortalAnswer.AwaitPrerequisite wait) {
            gate.awaitPrerequisite(item, wait, pass);
            metrics.delivery(item.kind(), "retry");
        }
    }
}
