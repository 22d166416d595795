package vn.txng.adapter.outbox;

import java.time.Instant;
import vn.txng.adapter.model.RecordKind;

/** A row's delivery state, for status, reports and tests (without the payload). Nullable fields are null when unset. */
public record OutboxRow(
        long id,
        RecordKind kind,
        String businessKey,
        DeliveryState state,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        String portalId,
        String rejectCode,
        String rejectReason,
        String contentHash,
        String deliveredHash,
        String idempotencyKey,
        Instant claimedUntil,
        Instant stagedAt,
        Instant updatedAt) {

    /** This row with another reject reason (status tells a held row's wait as it stands now). */
    OutboxRow withRejectReason(String reason) {
        return new OutboxRow(id, kind, businessKey, state, attempts, nextAttemptAt, lastError, portalId, rejectCode, reason,
                contentHash, deliveredHash, idempotencyKey, claimedUntil, stagedAt, updatedAt);
    }
}
