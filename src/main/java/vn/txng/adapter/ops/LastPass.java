package vn.txng.adapter.ops;

import java.time.Instant;

/** How the last push pass of this process found the portal connection, for the health check (which never calls the portal). */
public final class LastPass {

    /**
     * @param connection {@code UP}, {@code DOWN} (a connection fault stopped the pass) or {@code UNKNOWN} (no pass yet)
     * @param at         when that pass ended, or null
     * @param fault      what stopped it, or null
     */
    public record Seen(String connection, Instant at, String fault) {
    }

    private volatile Seen seen = new Seen("UNKNOWN", null, null);

    public Seen seen() {
        return seen;
    }

    public void passed(Instant at) {
        seen = new Seen("UP", at, null);
    }

    public void stopped(Instant at, String fault) {
        seen = new Seen("DOWN", at, fault);
    }
}
