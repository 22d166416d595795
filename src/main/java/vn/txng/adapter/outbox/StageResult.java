package vn.txng.adapter.outbox;

import java.util.List;

/**
 * The outcome of one {@link Outbox#stage} call: one outcome per input record, in input order.
 * When a call holds the same key more than once the last one is staged, and every occurrence of
 * that key reports the outcome of the last.
 */
public record StageResult(List<StageOutcome> outcomes, int accepted, int unchanged) {

    public StageResult {
        outcomes = List.copyOf(outcomes);
    }

    static StageResult of(List<StageOutcome> outcomes) {
        int accepted = 0;
        for (StageOutcome outcome : outcomes) {
            if (outcome == StageOutcome.ACCEPTED) {
                accepted++;
            }
        }
        return new StageResult(outcomes, accepted, outcomes.size() - accepted);
    }

    public StageOutcome outcome(int index) {
        return outcomes.get(index);
    }

    public int size() {
        return outcomes.size();
    }
}
