package vn.txng.adapter.push;

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

    public PortalSend(PortalClient client) {
        this.client = client;
    }

    public PortalAnswer send(OutboxItem item) {
        PortalAnswer answer = client.send(item.kind(), item.record(), item.idempotencyKey());
        if (answer instanceof PortalAnswer.RetryLater later && later.outage()) {
            throw new PortalOutage(later);
        }
        return answer;
    }
}
