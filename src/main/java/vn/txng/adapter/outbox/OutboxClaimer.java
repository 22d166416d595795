package vn.txng.adapter.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.txng.adapter.model.RecordKind;

/**
 * Claims due rows for pushing and leases them. Three sources in turn, each oldest first: leases
 * that expired (a pusher died mid-push; same idempotency key), retries that are due, then pending
 * rows. Each is one index range scan on (kind, state, id) that stops at the limit. HELD rows are
 * never claimed.
 */
final class OutboxClaimer {

    private static final String COLUMNS = "SELECT id, business_key, payload, content_hash, idempotency_key, attempts, state"
            + " FROM outbox_record WHERE kind = ? AND ";
    private static final String EXPIRED_LEASES = "state = 'IN_FLIGHT' AND claimed_until <= ?";
    private static final String DUE_RETRIES = "state = 'RETRY' AND next_attempt_at <= ?";
    // a re-staged row whose old content is still in flight keeps that lease, so two contents never race to the portal
    private static final String PENDING = "state = 'PENDING' AND (claimed_until IS NULL OR claimed_until <= ?)";
    private static final String LEASE = "UPDATE outbox_record SET state = 'IN_FLIGHT', claimed_until = ?, updated_at = ?"
            + " WHERE id = ?";

    private final JdbcTransaction transaction;
    private final SqlDialect dialect;
    private final Object h2ClaimLock = new Object();

    OutboxClaimer(JdbcTransaction transaction, SqlDialect dialect) {
        this.transaction = transaction;
        this.dialect = dialect;
    }

    List<OutboxItem> claim(RecordKind kind, int limit, Instant now, Duration lease) {
        if (limit <= 0) {
            throw new IllegalArgumentException("claim limit must be positive, was " + limit);
        }
        if (dialect == SqlDialect.H2) {
            // an H2 file database belongs to one process; serialising claims inside it is all the locking it needs
            synchronized (h2ClaimLock) {
                return claimInTransaction(kind, limit, now, lease);
            }
        }
        return claimInTransaction(kind, limit, now, lease);
    }

    private List<OutboxItem> claimInTransaction(RecordKind kind, int limit, Instant now, Duration lease) {
        return transaction.inTransaction("claim " + kind + " records", connection -> {
            List<OutboxItem> items = new ArrayList<>(limit);
            for (String due : List.of(EXPIRED_LEASES, DUE_RETRIES, PENDING)) {
                if (items.size() < limit) {
                    select(connection, kind, due, limit - items.size(), now, items);
                }
            }
            lease(connection, items, now, now.plus(lease));
            return items;
        });
    }

    private void select(Connection connection, RecordKind kind, String due, int limit, Instant now,
                        List<OutboxItem> into) throws SQLException {
        // kind and state are fixed by the WHERE; naming them lets H2 see the index order and skip a sort
        String sql = COLUMNS + due + " ORDER BY kind, state, id LIMIT ?" + dialect.claimLock();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, kind.name());
            SqlTime.set(select, 2, now);
            select.setInt(3, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    into.add(new OutboxItem(rows.getLong("id"), kind, rows.getString("business_key"),
                            RecordCodec.fromJson(kind, rows.getString("payload")), rows.getString("content_hash"),
                            rows.getString("idempotency_key"), rows.getInt("attempts"),
                            DeliveryState.valueOf(rows.getString("state"))));
                }
            }
        }
    }

    private static void lease(Connection connection, List<OutboxItem> items, Instant now, Instant until)
            throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(LEASE)) {
            for (OutboxItem item : items) {
                SqlTime.set(update, 1, until);
                SqlTime.set(update, 2, now);
                update.setLong(3, item.id());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
