package vn.txng.adapter.capture;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The EPCIS repository's own circuit breaker (resilience4j), apart from the portal's: it opens after
 * {@code txng.epcis.breaker-threshold} captures in a row ended in an outage (5xx, timeout, reset, lost reply) and
 * stays open until the next pass, which half-opens it and tries one batch first.
 */
final class CaptureBreaker {

    private static final Logger LOG = LoggerFactory.getLogger(CaptureBreaker.class);

    private final CircuitBreaker breaker;
    private final int threshold;

    CaptureBreaker(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("txng.epcis.breaker-threshold must be at least 1, was " + threshold);
        }
        this.threshold = threshold;
        this.breaker = CircuitBreaker.of("epcis-repository", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(threshold)
                .minimumNumberOfCalls(threshold)
                .failureRateThreshold(100)
                .permittedNumberOfCallsInHalfOpenState(1)
                // only the next pass half-opens it, never a timer in the middle of a pass
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .waitDurationInOpenState(Duration.ofDays(3650))
                .build());
        breaker.getEventPublisher().onStateTransition(event -> LOG.info("EPCIS repository circuit breaker: {}", event.getStateTransition()));
    }

    /** A pass begins: an open breaker, or in a new process a last pass stopped by a fault, half-opens for one probe. */
    void beginPass(boolean lastPassStopped) {
        if (breaker.getState() == CircuitBreaker.State.CLOSED && lastPassStopped) {
            breaker.transitionToOpenState();
        }
        if (breaker.getState() == CircuitBreaker.State.OPEN) {
            breaker.transitionToHalfOpenState();
        }
    }

    /** False when the breaker is open: no capture is to be tried in this pass. */
    boolean permits() {
        return breaker.tryAcquirePermission();
    }

    void succeeded() {
        breaker.onSuccess(0, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    void failed(String reason) {
        breaker.onError(0, java.util.concurrent.TimeUnit.MILLISECONDS, new IllegalStateException(reason));
    }

    /** A call that got no answer, because the pass stopped, gives back the permission it took. */
    void released() {
        breaker.releasePermission();
    }

    String openReason() {
        return "the EPCIS repository answered " + threshold + " server errors or timeouts in a row, so its circuit breaker"
                + " is open; nothing was charged to the events not sent, and the next pass tries one batch first";
    }
}
