package vn.txng.adapter.push;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.txng.adapter.portal.ConnectionProblem;
import vn.txng.adapter.portal.PortalAnswer;
import vn.txng.adapter.portal.PortalAnswer.ConnectionFault;

/**
 * The push route's circuit breaker (resilience4j, named {@value #BEAN} in the registry for the
 * route's {@code circuitBreaker} step): it opens after {@code txng.push.breaker-threshold} portal
 * calls in a row ended in an outage ({@link PortalOutage}), and stays open until the next pass,
 * which half-opens it and sends one record alone: stored, it closes; failed, it opens again and
 * that pass stops too. Its {@link #fallback} step turns what the breaker caught into an answer.
 */
public final class PortalBreaker {

    /** The bean name of the resilience4j circuit breaker the route refers to. */
    public static final String BEAN = "portalBreaker";

    private static final Logger LOG = LoggerFactory.getLogger(PortalBreaker.class);

    private final CircuitBreaker breaker;
    private final int threshold;

    /** @param threshold outages in a row that open the breaker ({@code txng.push.breaker-threshold}, at least 1) */
    public PortalBreaker(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("txng.push.breaker-threshold must be at least 1, was " + threshold);
        }
        this.threshold = threshold;
        this.breaker = passBreaker("portal", threshold, PortalOutage.class);
    }

    /**
     * A breaker that opens after {@code threshold} calls in a row failed with {@code outage} and stays open until
     * {@link #beginPass(CircuitBreaker, boolean)} half-opens it for one probe: the portal's, and an EPCIS repository's.
     */
    public static CircuitBreaker passBreaker(String name, int threshold, Class<? extends Throwable> outage) {
        CircuitBreaker breaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(threshold)
                .minimumNumberOfCalls(threshold)
                // every call of the window failed: the threshold in a row
                .failureRateThreshold(100)
                .recordExceptions(outage)
                .permittedNumberOfCallsInHalfOpenState(1)
                // only the next pass half-opens it (see beginPass), never a timer in the middle of a pass
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .waitDurationInOpenState(Duration.ofDays(3650))
                .build());
        breaker.getEventPublisher().onStateTransition(event -> LOG.info("{} circuit breaker: {}", name, event.getStateTransition()));
        return breaker;
    }

    /** The resilience4j breaker the route's {@code circuitBreaker} step uses. */
    public CircuitBreaker circuitBreaker() {
        return breaker;
    }

    /**
     * Called as a pass begins. An open breaker (or, in a new process, a last pass that was
     * stopped by the connection) half-opens: the pass probes with one record first.
     */
    void beginPass(boolean lastPassStopped) {
        beginPass(breaker, lastPassStopped);
    }

    /** A pass begins on {@code breaker}: open, or in a new process after a pass that was stopped, it half-opens for one probe. */
    public static void beginPass(CircuitBreaker breaker, boolean lastPassStopped) {
        if (breaker.getState() == CircuitBreaker.State.CLOSED && lastPassStopped) {
            breaker.transitionToOpenState();
        }
        if (breaker.getState() == CircuitBreaker.State.OPEN) {
            breaker.transitionToHalfOpenState();
        }
    }

    /** True while the breaker waits for its probe: one record at a time is claimed. */
    boolean probing() {
        return breaker.getState() == CircuitBreaker.State.HALF_OPEN;
    }

    /**
     * The fallback step: an outage caught by the breaker is the record's answer (a retry, charged);
     * a call the open breaker refused was never made: a connection fault, which stops the pass
     * and puts the record back without an attempt.
     */
    public PortalAnswer fallback(Throwable caught) {
        if (caught instanceof PortalOutage outage) {
            return outage.answer();
        }
        return new ConnectionFault(ConnectionProblem.PORTAL_DOWN, "the portal answered " + threshold
                + " server errors or timeouts in a row, so its circuit breaker is open");
    }
}
