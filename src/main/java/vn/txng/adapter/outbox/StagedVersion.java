package vn.txng.adapter.outbox;

import java.time.Instant;
import vn.txng.adapter.model.TraceRecord;

/** A record as last staged, and when that content was staged (UTC). */
public record StagedVersion(TraceRecord record, Instant stagedAt) {
}
