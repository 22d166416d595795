package vn.txng.adapter.ops;

import java.time.Instant;

/** How the last push pass of this process found the portal connection, for the health check (which never calls the portal). */
public final class LastPass {

    /**
     * @param connection {@code UP}, {@code DOWN} (a connection fault stopped the pass) or {@code UNKNOWN} (no pass yet)
     * @param at         when that pass ended, or null
     * @param fault      what stopped it, or null
     * @param summary    what it delivered, refused and left, as its summary line says it, or null
     */
    public record Seen(String connection, Instant at, String fault, String summary) {
    }

    private volatile Seen seen = new Seen("UNKNOWN", null, null, null);

    public Seen seen() {
        return seen;
    }

    public void passed(Instant at, String summary) {
        seen = new Seen("UP", at, null, summary);
    }

    public void stopped(Instant at, String fault, String summary) {
        seen = new Seen("DOWN", at, fault, summary);
    }
}
