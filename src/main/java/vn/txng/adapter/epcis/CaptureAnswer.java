package vn.txng.adapter.epcis;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/** What an EPCIS repository made of one capture of a batch of events ({@link EpcisCaptureClient#capture}). */
public sealed interface CaptureAnswer {

    /**
     * The capture job finished: the events {@code refused} names (eventID to the repository's reason) were not
     * captured; every other event of the batch is there, {@code duplicates} among them (captured before).
     */
    record Finished(Map<String, String> refused, Set<String> duplicates) implements CaptureAnswer {
    }

    /** 413: the document is larger than the repository takes; a smaller batch may pass. */
    record TooLarge(String reason) implements CaptureAnswer {
    }

    /**
     * The repository refused the document as a whole (400, a 4xx of the data, or a failed job naming no event): one
     * of its events is bad; alone, that event is refused for {@code reason}.
     */
    record Refused(String reason) implements CaptureAnswer {
    }

    /**
     * Nothing known captured, for now: 429, 5xx, a timeout, a lost reply, a job still running. {@code retryAfter} when
     * the repository said how long to wait; {@code outage} when it counts toward the breaker (5xx, timeouts, resets).
     */
    record RetryLater(String reason, Duration retryAfter, boolean outage) implements CaptureAnswer {
    }

    /** The repository cannot be used at all (unreachable, TLS, credentials refused, wrong URL): no event is to blame. */
    record Unusable(String reason) implements CaptureAnswer {
    }
}
