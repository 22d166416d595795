package vn.txng.adapter.outbox;

/**
 * What {@link Outbox#useTarget} found and did.
 *
 * @param change    what happened to the outbox's delivery state
 * @param target    the target now active
 * @param previous  the target active before (a switch), or null
 * @param delivered records whose current content the target has confirmed (for an adoption or a switch)
 * @param toSend    records that will be sent to the target (pending or retrying, after a switch)
 */
public record TargetUse(Change change, PortalTarget target, String previous, long delivered, long toSend) {

    /** How the outbox came to deliver to the target. */
    public enum Change {
        /** It already did. */
        SAME,
        /** A new (empty) outbox: the target is its first. */
        FIRST,
        /** An outbox from before delivery state per target: its state is attributed to this target. */
        ADOPTED,
        /** Another target was active: its state was put aside and this target's state restored (or started). */
        SWITCHED
    }
}
