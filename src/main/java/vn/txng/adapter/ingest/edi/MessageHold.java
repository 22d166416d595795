package vn.txng.adapter.ingest.edi;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcedRecord;

/**
 * A message's records held back until its trailer confirms the message, so that a message with a
 * wrong count or reference is rejected whole. Past {@code limit} records the message streams on
 * (memory must not grow with a message); a trailer error after that can withdraw only the rest.
 */
final class MessageHold {

    private final int limit;
    private final List<SourcedRecord> held = new ArrayList<>();
    private long released;

    MessageHold(int limit) {
        this.limit = limit;
    }

    void add(SourcedRecord record, Deque<SourcedRecord> ready) {
        if (released > 0 || held.size() >= limit) {
            confirm(ready);
            ready.add(record);
            released++;
        } else {
            held.add(record);
        }
    }

    /** The message is sound: its records go on. */
    void confirm(Deque<SourcedRecord> ready) {
        released += held.size();
        ready.addAll(held);
        held.clear();
    }

    /** The message is rejected: every held record counts as rejected, the reasons reported once. */
    void withdraw(List<Rejection> reasons, FileReport report) {
        if (held.isEmpty()) {
            report.reject(reasons);
        }
        for (int i = 0; i < held.size(); i++) {
            report.reject(i == 0 ? reasons : List.of());
        }
        held.clear();
    }

    /** Records already handed on before the message was found at fault. */
    long released() {
        return released;
    }

    void reset() {
        held.clear();
        released = 0;
    }
}
