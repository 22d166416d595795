package vn.txng.adapter.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

/**
 * Records what the portal said about a claimed item. Each outcome applies only while the row
 * still holds the item's content; when the content was re-staged meanwhile the row stays pending
 * for the new content, and only the old push's lease is released (and, for a confirmation, the
 * confirmed hash kept, since the portal now holds that content).
 */
final class DeliveryRecorder {

    static final int TEXT_LIMIT = 2000;

    private static final String DELIVERED = "UPDATE outbox_record SET state = 'DELIVERED', portal_id = ?,"
            + " delivered_hash = content_hash, delivered_at = ?, claimed_until = NULL, next_attempt_at = NULL,"
            + " updated_at = ? WHERE id = ? AND content_hash = ?";
    private static final String DELIVERED_STALE = "UPDATE outbox_record SET portal_id = ?, delivered_hash = ?,"
            + " delivered_at = ?, claimed_until = CASE WHEN state = 'PENDING' THEN NULL ELSE claimed_until END,"
            + " updated_at = ? WHERE id = ? AND content_hash <> ?";
    // a confirmation from another pusher (after a lease expiry) must not be undone by a late failure
    private static final String REJECTED = "UPDATE outbox_record SET state = 'REJECTED', reject_code = ?,"
            + " reject_reason = ?, claimed_until = NULL, next_attempt_at = NULL, updated_at = ?"
            + " WHERE id = ? AND content_hash = ? AND state = 'IN_FLIGHT'";
    // the run of failures starts at the first failed attempt after staging, re-queue or delivery (attempts 0);
    // the record is parked at its max-attempts-th failure or once the run is older than the give-up time
    private static final String RUN_START = "CASE WHEN attempts = 0 THEN CAST(? AS TIMESTAMP WITH TIME ZONE)"
            + " ELSE COALESCE(retry_since, CAST(? AS TIMESTAMP WITH TIME ZONE)) END";
    private static final String RETRY = "UPDATE outbox_record SET state = CASE WHEN attempts + 1 >= ? OR " + RUN_START
            + " <= CAST(? AS TIMESTAMP WITH TIME ZONE) THEN 'PARKED' ELSE 'RETRY' END, attempts = attempts + 1,"
            + " retry_since = " + RUN_START + ", next_attempt_at = ?, last_error = ?, last_error_at = ?, claimed_until = NULL,"
            + " updated_at = ? WHERE id = ? AND content_hash = ? AND state = 'IN_FLIGHT'";
    private static final String STATE = "SELECT state FROM outbox_record WHERE id = ? AND content_hash = ?";
    // a wait (a lot for its product) is no error: last_error_at stays empty so status shows the cause, not the wait
    private static final String WAIT = "UPDATE outbox_record SET state = 'RETRY', attempts = attempts + 1,"
            + " next_attempt_at = ?, last_error = ?, last_error_at = NULL, claimed_until = NULL, updated_at = ?"
            + " WHERE id = ? AND content_hash = ? AND state = 'IN_FLIGHT'";
    // back to the state before the claim: no attempt counted, nothing else touched
    private static final String RELEASE = "UPDATE outbox_record SET state = ?, claimed_until = NULL, updated_at = ?"
            + " WHERE id = ? AND content_hash = ? AND state = 'IN_FLIGHT'";
    private static final String RELEASE_STALE = "UPDATE outbox_record SET claimed_until = NULL, updated_at = ?"
            + " WHERE id = ? AND content_hash <> ? AND state = 'PENDING'";

    private final JdbcTransaction transaction;
    private final Clock clock;

    DeliveryRecorder(JdbcTransaction transaction, Clock clock) {
        this.transaction = transaction;
        this.clock = clock;
    }

    void delivered(OutboxItem item, String portalId) {
        Instant now = clock.instant();
        transaction.inTransaction("mark record " + item.id() + " delivered", connection -> {
            try (PreparedStatement current = connection.prepareStatement(DELIVERED)) {
                current.setString(1, clip(portalId, 200));
                SqlTime.set(current, 2, now);
                SqlTime.set(current, 3, now);
                current.setLong(4, item.id());
                current.setString(5, item.contentHash());
                if (current.executeUpdate() > 0) {
                    return null;
                }
            }
            try (PreparedStatement stale = connection.prepareStatement(DELIVERED_STALE)) {
                stale.setString(1, clip(portalId, 200));
                stale.setString(2, item.contentHash());
                SqlTime.set(stale, 3, now);
                SqlTime.set(stale, 4, now);
                stale.setLong(5, item.id());
                stale.setString(6, item.contentHash());
                stale.executeUpdate();
            }
            return null;
        });
    }

    void rejected(OutboxItem item, String code, String reason) {
        Instant now = clock.instant();
        transaction.inTransaction("mark record " + item.id() + " rejected", connection -> {
            try (PreparedStatement update = connection.prepareStatement(REJECTED)) {
                update.setString(1, clip(code, 100));
                update.setString(2, clip(reason, TEXT_LIMIT));
                SqlTime.set(update, 3, now);
                update.setLong(4, item.id());
                update.setString(5, item.contentHash());
                if (update.executeUpdate() == 0) {
                    releaseStale(connection, item, now);
                }
            }
            return null;
        });
    }

    /** Returns RETRY, PARKED (given up), or null when the row holds newer content (only the lease was released). */
    DeliveryState retry(OutboxItem item, String error, Instant nextAttempt, GiveUp giveUp) {
        Instant now = clock.instant();
        Instant runStartedBefore = now.minus(giveUp.after());
        return transaction.inTransaction("mark record " + item.id() + " for retry", connection -> {
            try (PreparedStatement update = connection.prepareStatement(RETRY)) {
                int p = 1;
                update.setInt(p++, giveUp.maxAttempts());
                SqlTime.set(update, p++, now);
                SqlTime.set(update, p++, now);
                SqlTime.set(update, p++, runStartedBefore);
                SqlTime.set(update, p++, now);
                SqlTime.set(update, p++, now);
                SqlTime.set(update, p++, nextAttempt);
                update.setString(p++, clip(error, TEXT_LIMIT));
                SqlTime.set(update, p++, now);
                SqlTime.set(update, p++, now);
                update.setLong(p++, item.id());
                update.setString(p, item.contentHash());
                if (update.executeUpdate() == 0) {
                    releaseStale(connection, item, now);
                    return null;
                }
            }
            try (PreparedStatement select = connection.prepareStatement(STATE)) {
                select.setLong(1, item.id());
                select.setString(2, item.contentHash());
                try (java.sql.ResultSet rows = select.executeQuery()) {
                    return rows.next() ? DeliveryState.valueOf(rows.getString(1)) : null;
                }
            }
        });
    }

    void waiting(OutboxItem item, String reason, Instant nextAttempt) {
        Instant now = clock.instant();
        transaction.inTransaction("mark record " + item.id() + " waiting", connection -> {
            try (PreparedStatement update = connection.prepareStatement(WAIT)) {
                SqlTime.set(update, 1, nextAttempt);
                update.setString(2, clip(reason, TEXT_LIMIT));
                SqlTime.set(update, 3, now);
                update.setLong(4, item.id());
                update.setString(5, item.contentHash());
                if (update.executeUpdate() == 0) {
                    releaseStale(connection, item, now);
                }
            }
            return null;
        });
    }

    void release(OutboxItem item) {
        Instant now = clock.instant();
        // an expired lease claimed again goes back as pending: sent again with the same key, as it would have been
        DeliveryState before = item.claimedFrom() == DeliveryState.RETRY ? DeliveryState.RETRY : DeliveryState.PENDING;
        transaction.inTransaction("release record " + item.id(), connection -> {
            try (PreparedStatement update = connection.prepareStatement(RELEASE)) {
                update.setString(1, before.name());
                SqlTime.set(update, 2, now);
                update.setLong(3, item.id());
                update.setString(4, item.contentHash());
                if (update.executeUpdate() == 0) {
                    releaseStale(connection, item, now);
                }
            }
            return null;
        });
    }

    int requeue(RequeueFilter filter) {
        Instant now = clock.instant();
        // a delivered record re-queued forgets the confirmation too: the target is taken not to hold it
        String sql = "UPDATE outbox_record SET state = 'PENDING', attempts = 0,"
                + " next_attempt_at = NULL, reject_code = NULL, reject_reason = NULL, last_error = NULL, last_error_at = NULL,"
                + " portal_id = NULL, delivered_hash = NULL, delivered_at = NULL, retry_since = NULL, updated_at = ?" + where(filter);
        return transaction.inTransaction("re-queue " + filter, connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                SqlTime.set(update, 1, now);
                bind(update, 2, filter);
                return update.executeUpdate();
            }
        });
    }

    /** How many records {@link #requeue} would send again now with this filter. */
    int countRequeue(RequeueFilter filter) {
        return transaction.inTransaction("count " + filter, connection -> {
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM outbox_record" + where(filter))) {
                bind(count, 1, filter);
                try (java.sql.ResultSet rows = count.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }

    private static String where(RequeueFilter filter) {
        StringBuilder sql = new StringBuilder(" WHERE state IN (" + String.join(", ", java.util.Collections.nCopies(filter.states().size(), "?")) + ")");
        if (filter.rejectCode() != null) {
            // a parked record has no reject code: its last error names the status or code (e.g. HTTP 503)
            sql.append(" AND (reject_code = ? OR (state = 'PARKED' AND last_error LIKE ?))");
        }
        if (filter.businessKey() != null) {
            sql.append(" AND business_key = ?");
        }
        if (filter.kind() != null) {
            sql.append(" AND kind = ?");
        }
        return sql.toString();
    }

    /** Binds {@link #where}'s values from parameter {@code first} on. */
    private static void bind(PreparedStatement statement, int first, RequeueFilter filter) throws SQLException {
        int p = first;
        for (DeliveryState state : filter.states()) {
            statement.setString(p++, state.name());
        }
        if (filter.rejectCode() != null) {
            statement.setString(p++, filter.rejectCode());
            statement.setString(p++, "%" + filter.rejectCode() + "%");
        }
        if (filter.businessKey() != null) {
            statement.setString(p++, filter.businessKey());
        }
        if (filter.kind() != null) {
            statement.setString(p, filter.kind().name());
        }
    }

    static void releaseStale(Connection connection, OutboxItem item, Instant now) throws SQLException {
        try (PreparedStatement release = connection.prepareStatement(RELEASE_STALE)) {
            SqlTime.set(release, 1, now);
            release.setLong(2, item.id());
            release.setString(3, item.contentHash());
            release.executeUpdate();
        }
    }

    static String clip(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit);
    }
}
