package vn.txng.adapter.push;

import vn.txng.adapter.ops.AdapterMetrics;
import vn.txng.adapter.outbox.OutboxItem;
import vn.txng.adapter.portal.PortalAnswer;
import vn.txng.adapter.portal.PortalClient;

/**
 * Bean {@code portalSend}: one call to the portal for one claimed record, with its idempotency key.
 * An outage (5xx, timeout, reset) is thrown as {@link PortalOutage} so that the route's circuit
 * breaker counts it; every other answer is returned.
 */
public final class PortalSend {

    private final PortalClient client;
    private final AdapterMetrics metrics;

    public PortalSend(PortalClient client, AdapterMetrics metrics) {
        this.client = client;
        this.metrics = metrics;
    }

    public PortalAnswer send(OutboxItem item) {
        PortalAnswer answer;
        try (org.slf4j.MDC.MDCCloseable key = org.slf4j.MDC.putCloseable("businessKey", item.businessKey())) {
            answer = metrics.timeCall(() -> client.send(item.kind(), item.record(), item.idempotencyKey()), PortalSend::status);
        }
        if (answer instanceof PortalAnswer.RetryLater later && later.outage()) {
            throw new PortalOutage(later);
        }
        return answer;
    }

    /** The {@code status} tag of {@code txng_portal_call_seconds}. */
    static String status(PortalAnswer answer) {
        if (answer instanceof PortalAnswer.Delivered) {
            return "delivered";
        } else if (answer instanceof PortalAnswer.Rejected) {
            return "rejected";
        } else if (answer instanceof PortalAnswer.RetryLater later) {
            return later.outage() ? "outage" : "retry";
        } else if (answer instanceof PortalAnswer.AwaitPrerequisite) {
            return "await_prerequisite";
        }
        return "connection_fault";
    }
}
