package vn.txng.adapter.outbox;

import java.time.Duration;

/**
 * When a record that keeps failing transiently is parked instead of retried
 * ({@code txng.push.max-attempts}, {@code txng.push.give-up-after}): at its {@code maxAttempts}-th
 * failed attempt, or at a failure {@code after} or more after the first failure of its current run.
 *
 * @param maxAttempts failed attempts before parking, at least 1
 * @param after       time from the first failure of the run to parking, positive
 */
public record GiveUp(int maxAttempts, Duration after) {

    /** Retries forever (tests and tools that are not about parking). */
    public static final GiveUp NEVER = new GiveUp(Integer.MAX_VALUE, Duration.ofDays(365_000));

    public GiveUp {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("txng.push.max-attempts must be at least 1, was " + maxAttempts);
        }
        if (after.isNegative() || after.isZero()) {
            throw new IllegalArgumentException("txng.push.give-up-after must be positive, was " + after);
        }
    }
}
