package vn.txng.adapter.outbox;

/** What staging did with one record. */
public enum StageOutcome {
    /** New, or its content changed: it is pending delivery. */
    ACCEPTED,
    /** The same content is already staged, whatever its state: nothing changes and nothing is sent. */
    UNCHANGED,
    /**
     * A held version met a product that is sendable (pending, sent, delivered): nothing was written,
     * since what was sendable never goes back to waiting. The caller merges the record with the
     * staged product and stages the result instead.
     */
    NOT_HELD
}
