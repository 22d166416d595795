package vn.txng.adapter.capture;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.concurrent.TimeUnit;
import vn.txng.adapter.push.PortalBreaker;

/**
 * The EPCIS repository's own circuit breaker (resilience4j, made as the portal's is but apart from it): it opens
 * after {@code txng.epcis.breaker-threshold} captures in a row ended in an outage (5xx, timeout, reset, lost reply)
 * and stays open until the next pass, which half-opens it and tries one batch first.
 */
final class CaptureBreaker {

    /** What a capture that ended in an outage records in the breaker. */
    private static final class Outage extends RuntimeException {
        Outage(String reason) {
            super(reason, null, false, false);
        }
    }

    private final CircuitBreaker breaker;
    private final int threshold;

    CaptureBreaker(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("txng.epcis.breaker-threshold must be at least 1, was " + threshold);
        }
        this.threshold = threshold;
        this.breaker = PortalBreaker.passBreaker("EPCIS repository", threshold, Outage.class);
    }

    /** A pass begins: an open breaker, or in a new process a last pass stopped by a fault, half-opens for one probe. */
    void beginPass(boolean lastPassStopped) {
        PortalBreaker.beginPass(breaker, lastPassStopped);
    }

    /** False when the breaker is open: no capture is to be tried in this pass. */
    boolean permits() {
        return breaker.tryAcquirePermission();
    }

    void succeeded() {
        breaker.onSuccess(0, TimeUnit.MILLISECONDS);
    }

    void failed(String reason) {
        breaker.onError(0, TimeUnit.MILLISECONDS, new Outage(reason));
    }

    /** A call whose outcome is no one's (the repository cannot be used at all) gives back the permission it took. */
    void released() {
        breaker.releasePermission();
    }

    String openReason() {
        return "the EPCIS repository answered " + threshold + " server errors or timeouts in a row, so its circuit breaker"
                + " is open; nothing was charged to the events not sent, and the next pass tries one batch first";
    }
}
