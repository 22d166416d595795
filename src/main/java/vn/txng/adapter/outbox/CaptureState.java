package vn.txng.adapter.outbox;

/** Where a record's current content stands at one EPCIS repository ({@link CaptureLedger}). */
public enum CaptureState {
    /** Not captured yet (no row for this content): never stored, only counted. */
    PENDING,
    /** The repository has the event: captured by a job, or reported as already captured (a duplicate eventID). */
    CAPTURED,
    /** The repository refused the event (its reason kept); not sent again until the content changes. */
    REJECTED,
    /** The capture failed transiently: sent again after its backoff. */
    RETRY,
    /** Nothing to capture: an event its error declaration withdrew, or a lot a staged production event commissions. */
    SKIPPED
}
