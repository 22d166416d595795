package vn.txng.adapter.portal;

import vn.txng.adapter.model.RecordKind;

import java.time.Duration;

/** What became of one call, in the terms of the contract's answers table (PORTAL-API.md section 3). */
public sealed interface PortalAnswer {

    /** Stored. {@code created} is false when the portal already held the same record. */
    record Delivered(String portalId, boolean created) implements PortalAnswer {
    }

    /** The record is wrong (or may not be written by us): never resend it unchanged. */
    record Rejected(String code, String reason) implements PortalAnswer {

        @Override
        public String toString() {
            return code + ": " + reason;
        }
    }

    /**
     * Transient: try again later; {@code retryAfter} is the portal's wait, or null to use backoff.
     * {@code outage} when the portal or the way to it failed rather than refused us for now (a 5xx,
     * a timeout, a reset): a run of these opens the push's circuit breaker.
     */
    record RetryLater(String reason, Duration retryAfter, boolean outage) implements PortalAnswer {

        /** A transient answer that is no outage (429, an unreadable success). */
        public RetryLater(String reason, Duration retryAfter) {
            this(reason, retryAfter, false);
        }
    }

    /**
     * The connection to the portal does not work (see {@link ConnectionProblem}): the record was
     * not judged; stop pushing and leave it as it was.
     *
     * @param detail what happened, e.g. {@code cannot connect to 127.0.0.1:9 (connection refused)}
     */
    record ConnectionFault(ConnectionProblem problem, String detail) implements PortalAnswer {

        /** The one line a person reads: what is wrong, then what to do. */
        public String message() {
            return detail + "; " + problem.advice();
        }

        @Override
        public String toString() {
            return message();
        }
    }

    /**
     * 409: the portal lacks a record this one needs (a lot's product; an event's location or lots, PORTAL-API.md
     * section 5): send it again once those are delivered. {@code missing} is the kind the portal's error code names
     * ({@code ERR_LOT_UNKNOWN}: a lot, {@code ERR_LOCATION_UNKNOWN}: a location), or null when it names none.
     */
    record AwaitPrerequisite(String reason, RecordKind missing) implements PortalAnswer {

        /** A 409 whose code names no kind. */
        public AwaitPrerequisite(String reason) {
            this(reason, null);
        }
    }
}
