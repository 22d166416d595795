package vn.txng.adapter.push;

import java.time.Duration;

/** Exponential backoff: the first retry after {@code initial}, doubling up to {@code max}. */
public record RetryPolicy(Duration initial, Duration max) {

    /** Never zero, so a record retried in a push pass is not claimed again in the same pass. */
    private static final Duration FLOOR = Duration.ofMillis(1);

    public Duration delay(int attemptsSoFar, Duration retryAfter) {
        if (retryAfter != null) {
            return retryAfter.compareTo(FLOOR) < 0 ? FLOOR : retryAfter;
        }
        Duration delay = initial;
        for (int i = 0; i < attemptsSoFar && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        delay = delay.compareTo(max) > 0 ? max : delay;
        return delay.compareTo(FLOOR) < 0 ? FLOOR : delay;
    }
}
