package vn.txng.adapter.outbox;

import java.time.Instant;
import vn.txng.adapter.model.TraceRecord;

/**
 * A record as last staged, when that content was staged (UTC), and whether an EPCIS error declaration withdrew it
 * before the portal had it (an event rejected {@link Outbox#WITHDRAWN}); its outbox row id and the SHA-256 of that
 * content (64 hex digits) are what a delivery state of its own (an EPCIS repository's) is keyed by.
 */
public record StagedVersion(TraceRecord record, Instant stagedAt, boolean withdrawn, long recordId, String contentHash) {
}
