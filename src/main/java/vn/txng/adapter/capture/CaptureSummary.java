package vn.txng.adapter.capture;

/**
 * One capture pass to an EPCIS repository: events the repository has now ({@code captured}, of which
 * {@code duplicates} it had before), refused, left for a retry, skipped (withdrawn events, lots their production event
 * commissions), and why the pass stopped early (null when it did not).
 */
public record CaptureSummary(String repository, long captured, long duplicates, long refused, long retry, long skipped,
                             String stoppedBy) {

    @Override
    public String toString() {
        return "EPCIS repository " + repository + ": " + captured + " captured (" + duplicates + " already there), "
                + refused + " refused, " + retry + " to retry, " + skipped + " skipped"
                + (stoppedBy == null ? "" : "; STOPPED: " + stoppedBy);
    }
}
