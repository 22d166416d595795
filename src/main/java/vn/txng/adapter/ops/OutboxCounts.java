package vn.txng.adapter.ops;

import java.time.Duration;
import java.util.Map;
import vn.txng.adapter.outbox.DeliveryState;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.outbox.OutboxException;

/** The outbox's counts per state, read at most once per {@code maxAge} however many gauges ask (one query per scrape). */
final class OutboxCounts {

    private final Outbox outbox;
    private final long maxAgeNanos;
    private Map<DeliveryState, Long> counts = Map.of();
    private long readAt;
    private boolean read;

    OutboxCounts(Outbox outbox, Duration maxAge) {
        this.outbox = outbox;
        this.maxAgeNanos = maxAge.toNanos();
    }

    /** The count, or NaN when the database cannot be read (the health check says why). */
    synchronized double count(DeliveryState state) {
        long now = System.nanoTime();
        if (!read || now - readAt > maxAgeNanos) {
            read = true;
            readAt = now;
            try {
                counts = outbox.counts();
            } catch (OutboxException unreadable) {
                counts = Map.of();
            }
        }
        Long count = counts.get(state);
        return count == null ? Double.NaN : count;
    }
}
