package vn.txng.adapter.outbox;

/** What staging did with one record. */
public enum StageOutcome {
    /** New, or its content changed: it is pending delivery. */
    ACCEPTED,
    /** The same content is already staged, whatever its state: nothing changes and nothing is sent. */
    UNCHANGED
}
