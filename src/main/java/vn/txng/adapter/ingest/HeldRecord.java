package vn.txng.adapter.ingest;

import java.util.List;
import vn.txng.adapter.model.RecordKey;
import vn.txng.adapter.model.SourcePosition;
import vn.txng.adapter.model.SourcedRecord;
import vn.txng.adapter.model.TraceRecord;

/**
 * A record whose only problems are required fields it lacks and another file (or the configuration) can supply:
 * it is staged as held, with its merged content, and sent once it is complete. {@code missingFields} are named as in
 * the file's other problems; {@code source} is the record as read, before any merge, to be checked again if the
 * outbox refuses the hold (another file made the record sendable meanwhile).
 */
public sealed interface HeldRecord permits HeldProduct, HeldLocation {

    TraceRecord record();

    SourcePosition position();

    List<String> missingFields();

    SourcedRecord source();

    /** What the record waits for, kept with it in the outbox and shown by {@code status}. */
    String code();

    /** Its identity: the same key held again later in a file takes this hold back. */
    default RecordKey key() {
        return new RecordKey(record().kind(), record().businessKey());
    }

    /** The sentence the file's report and {@code status} show (kept in the outbox row). */
    default String reason() {
        return "held until a file supplies: " + String.join(", ", missingFields());
    }
}
