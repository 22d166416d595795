package vn.txng.adapter.push;

import vn.txng.adapter.portal.PortalAnswer.RetryLater;

/**
 * Thrown inside the push route's circuit breaker so that resilience4j counts a 5xx, timeout or
 * reset as a failure; its fallback takes the answer back out and records it as a retry.
 */
public final class PortalOutage extends RuntimeException {

    private final transient RetryLater answer;

    PortalOutage(RetryLater answer) {
        super(answer.reason(), null, false, false);
        this.answer = answer;
    }

    public RetryLater answer() {
        return answer;
    }
}
