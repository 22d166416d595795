package vn.txng.adapter.push;

import vn.txng.adapter.outbox.OutboxItem;
import vn.txng.adapter.portal.PortalAnswer;
import vn.txng.adapter.portal.PortalClient;

/** Bean {@code portalSend}: one call to the portal for one claimed record, with its idempotency key. Never throws. */
public final class PortalSend {

    private final PortalClient client;

    public PortalSend(PortalClient client) {
        this.client = client;
    }

    public PortalAnswer send(OutboxItem item) {
        return client.send(item.kind(), item.record(), item.idempotencyKey());
    }
}
