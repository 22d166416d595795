package vn.txng.adapter.outbox;

import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.model.TraceRecord;

/**
 * A claimed record, ready to push. Hand it back to one of the {@code mark*} methods of
 * {@link Outbox}; {@code contentHash} tells them whether the row still holds this content.
 * {@code attempts} counts the failed attempts so far (for backoff); {@code claimedFrom} is the
 * state it had before the claim (PENDING, RETRY, or IN_FLIGHT for an expired lease), to which
 * {@link Outbox#release} puts it back.
 */
public record OutboxItem(long id, RecordKind kind, String businessKey, TraceRecord record, String contentHash,
                         String idempotencyKey, int attempts, DeliveryState claimedFrom) {
}
