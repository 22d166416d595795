package vn.txng.adapter.outbox;

import java.util.List;

/**
 * The outcome of one {@link Outbox#stage} call: one outcome per input record, in input order.
 * When a call holds the same key more than once the last one is staged, and every occurrence of
 * that key reports the outcome of the last.
 */
public record StageResult(List<StageOutcome> outcomes, int accepted, int unchanged, int notHeld) {

    public StageResult {
        outcomes = List.copyOf(outcomes);
    }

    static StageResult of(List<StageOutcome> outcomes) {
        int accepted = 0;
        int unchanged = 0;
        for (StageOutcome outcome : outcomes) {
            switch (outcome) {
                case ACCEPTED -> accepted++;
                case UNCHANGED -> unchanged++;
                case NOT_HELD -> {
                    // counted as outcomes().size() - accepted - unchanged
                }
            }
        }
        return new StageResult(outcomes, accepted, unchanged, outcomes.size() - accepted - unchanged);
    }

    /** Whether any record met a product already sendable and was not held (see {@link StageOutcome#NOT_HELD}). */
    public boolean anyNotHeld() {
        return notHeld > 0;
    }

    public StageOutcome outcome(int index) {
        return outcomes.get(index);
    }

    public int size() {
        return outcomes.size();
    }
}
