package vn.txng.adapter.portal.sandbox;

import java.time.Duration;

/**
 * A fault the sandbox plays on its next API calls: answer {@code times} calls (to {@code path},
 * or to any call when null) with {@code status}, or, when {@code successFalse}, with HTTP 200 and
 * {@code success:false}.
 */
public record Fault(int status, int times, String path, Duration retryAfter, boolean successFalse) {

    public Fault {
        if (times < 1) {
            throw new IllegalArgumentException("times must be >= 1: " + times);
        }
        if (!successFalse && (status < 400 || status > 599)) {
            throw new IllegalArgumentException("fault status must be 4xx or 5xx: " + status);
        }
    }

    /** The next {@code times} calls answer {@code status} (e.g. 503, 500, 429, 403, 413). */
    public static Fault status(int status, int times) {
        return new Fault(status, times, null, status == 429 ? Duration.ofSeconds(1) : null, false);
    }

    /** The next {@code times} calls answer HTTP 200 with {@code success:false}, whatever they carry. */
    public static Fault successFalse(int times) {
        return new Fault(200, times, null, null, true);
    }

    /** This fault, only for calls to {@code onlyPath} (e.g. {@code /tochuc/v5/ToChuc_LoHang}). */
    public Fault onPath(String onlyPath) {
        return new Fault(status, times, onlyPath, retryAfter, successFalse);
    }

    /** This fault with a {@code Retry-After} header (whole seconds). */
    public Fault withRetryAfter(Duration wait) {
        return new Fault(status, times, path, wait, successFalse);
    }

    boolean appliesTo(String callPath) {
        return path == null || path.equals(callPath);
    }
}
