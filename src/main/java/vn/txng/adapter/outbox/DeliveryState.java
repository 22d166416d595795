package vn.txng.adapter.outbox;

/** Where a staged record stands on its way to the portal. */
public enum DeliveryState {
    /** Staged (new or changed content), waiting to be claimed. */
    PENDING,
    /** Claimed by a pusher until its lease ends; an expired lease means the pusher died and it is claimed again. */
    IN_FLIGHT,
    /** The portal confirmed this content and gave its id. */
    DELIVERED,
    /**
     * The portal refused this content, or a record it needs ({@link Outbox#PREREQUISITE_REJECTED}: pending again once
     * that record is delivered); it is not sent again until the content changes or {@link Outbox#requeue} sends it.
     */
    REJECTED,
    /** A transient failure; claimed again once its next attempt time has come. */
    RETRY,
    /**
     * Kept but never claimed: a product that lacks required fields another file can supply (the next
     * file's product for its GTIN is merged with it), or a record waiting for what the portal must have
     * first (a lot for its product, an event for its location and lots; outbox_wait lists them) until
     * that is delivered. The row's reject_code and reject_reason say what it waits for.
     */
    HELD,
    /**
     * Given up: it failed transiently {@code txng.push.max-attempts} times or for
     * {@code txng.push.give-up-after}. Kept with its last error, never claimed until
     * {@link Outbox#requeue} (the {@code retry --parked} command) makes it pending again.
     */
    PARKED
}
