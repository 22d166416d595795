package vn.txng.adapter.push;

import java.time.Clock;
import java.util.Optional;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.outbox.DeliveryState;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.outbox.OutboxItem;

/**
 * Bean {@code sendGate}: says whether a claimed record goes to the portal now. Not when the pass
 * has stopped or the adapter is stopping (the record goes back as it was, no lease left), nor a lot whose product the portal has not
 * confirmed (it would only earn a 409): it waits, as held while its product is held, else as a
 * retry with backoff.
 */
public final class SendGate {

    private final Outbox outbox;
    private final RetryPolicy retry;
    private final Clock clock;
    private final PassControl control;

    public SendGate(Outbox outbox, RetryPolicy retry, Clock clock, PassControl control) {
        this.control = control;
        this.outbox = outbox;
        this.retry = retry;
        this.clock = clock;
    }

    public boolean mayBeSent(OutboxItem item, PushPass pass) {
        if (control.mustStop(pass)) {
            // the connection failed for a record sent alongside, or the adapter is stopping: not sent in this pass
            outbox.release(item);
            return false;
        }
        if (!(item.record() instanceof LotRecord lot) || pass.confirmedProducts().contains(lot.gtin())) {
            return true;
        }
        if (outbox.isDelivered(RecordKind.PRODUCT, lot.gtin())) {
            // one query per product and pass, not one per lot
            pass.confirmedProducts().add(lot.gtin());
            return true;
        }
        Optional<DeliveryState> product = outbox.state(RecordKind.PRODUCT, lot.gtin());
        // a product held for missing fields may wait for weeks: its lots wait as held too, costing no attempts
        if (product.orElse(null) == DeliveryState.HELD && outbox.markWaitingForHeldProduct(item, lot.gtin())) {
            pass.summary().held(item.kind(), item.businessKey(), "waits for product " + lot.gtin()
                    + ", held until a file completes it and it is delivered");
            return false;
        }
        if (product.isPresent()) {
            waitForProduct(item, "waiting for product " + lot.gtin() + " (" + product.get().name().toLowerCase()
                    + ") to be delivered first", pass);
            return false;
        }
        // a product never staged here may be on the portal already: the portal judges
        return true;
    }

    /** A lot before its product: retried with backoff, but the wait is not the outbox's last error. */
    void waitForProduct(OutboxItem item, String reason, PushPass pass) {
        outbox.markWaiting(item, reason, clock.instant().plus(retry.delay(item.attempts(), null)));
        pass.summary().retry(item.kind(), item.businessKey(), reason);
    }
}
