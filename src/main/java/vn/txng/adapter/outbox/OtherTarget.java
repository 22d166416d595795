package vn.txng.adapter.outbox;

import java.time.Instant;

/** A target the outbox has delivered to that is not the active one: records it holds, and when it last confirmed one. */
public record OtherTarget(String description, long delivered, Instant lastDeliveryAt) {
}
