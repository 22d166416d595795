package vn.txng.adapter.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps delivery state per portal target. outbox_record holds the state for the active target;
 * switching puts it aside in outbox_target_delivery and restores the new target's: what the new
 * target confirmed for the same content stays delivered, a rejection or retry of the same content
 * stays, everything else is pending for it. Held records stay held (that is about their content).
 * One transaction, so a crash mid-switch leaves the old target active and nothing lost.
 */
final class TargetSwitch {

    private static final String ACTIVE = "SELECT target_id, description FROM outbox_target WHERE active = TRUE";
    // only what is particular to the target: a plain pending row is pending for every target
    private static final String PUT_ASIDE = "INSERT INTO outbox_target_delivery (target_id, record_id, kind, state,"
            + " content_hash, attempts, next_attempt_at, last_error, last_error_at, portal_id, reject_code, reject_reason,"
            + " delivered_hash, delivered_at, retry_since) SELECT ?, id, kind,"
            // a claim never confirmed is sent again, with the same idempotency key, when the target returns
            + " CASE WHEN state = 'IN_FLIGHT' THEN 'PENDING' ELSE state END, content_hash, attempts, next_attempt_at,"
            + " last_error, last_error_at, portal_id, reject_code, reject_reason, delivered_hash, delivered_at, retry_since"
            + " FROM outbox_record WHERE state IN ('DELIVERED', 'REJECTED', 'RETRY', 'PARKED', 'IN_FLIGHT') OR delivered_hash IS NOT NULL";
    // One pass over the rows (H2 rewrites a whole row, payload included, on any update): each row takes the
    // new target's saved state, or starts afresh as pending for it. Held rows stay held (that is about
    // their content); a confirmation counts when it is of the current content, a rejection or retry only
    // for the same content; the confirmed hash is kept either way, as DELIVERED_STALE keeps it.
    private static final String SAME_OUTCOME = "r.state <> 'HELD' AND s.state IN ('REJECTED', 'RETRY', 'PARKED')"
            + " AND s.content_hash = r.content_hash";
    private static final String RESTORE = "UPDATE outbox_record r SET (state, attempts, next_attempt_at, last_error,"
            + " last_error_at, reject_code, reject_reason, portal_id, delivered_hash, delivered_at, claimed_until, retry_since, updated_at) ="
            + " (SELECT CASE WHEN r.state = 'HELD' THEN 'HELD' WHEN s.delivered_hash = r.content_hash THEN 'DELIVERED'"
            + " WHEN " + SAME_OUTCOME + " THEN s.state ELSE 'PENDING' END,"
            + " CASE WHEN " + SAME_OUTCOME + " THEN s.attempts ELSE 0 END,"
            + " CASE WHEN " + SAME_OUTCOME + " THEN s.next_attempt_at END,"
            + " CASE WHEN " + SAME_OUTCOME + " THEN s.last_error END,"
            + " CASE WHEN " + SAME_OUTCOME + " THEN s.last_error_at END,"
            + " CASE WHEN r.state = 'HELD' THEN r.reject_code WHEN " + SAME_OUTCOME + " THEN s.reject_code END,"
            + " CASE WHEN r.state = 'HELD' THEN r.reject_reason WHEN " + SAME_OUTCOME + " THEN s.reject_reason END,"
            + " s.portal_id, s.delivered_hash, s.delivered_at, CAST(NULL AS TIMESTAMP WITH TIME ZONE),"
            + " CASE WHEN " + SAME_OUTCOME + " THEN s.retry_since END, ?"
            // a single row whatever the saved state: no saved row reads as NULLs, pending afresh
            + " FROM (SELECT 1 AS one) o LEFT JOIN outbox_target_delivery s ON s.target_id = ? AND s.record_id = r.id)"
            // a plain pending row with nothing saved for the new target is already right
            + " WHERE r.state <> 'PENDING' OR r.delivered_hash IS NOT NULL OR r.attempts > 0 OR r.claimed_until IS NOT NULL"
            + " OR r.last_error IS NOT NULL OR EXISTS (SELECT 1 FROM outbox_target_delivery x WHERE x.target_id = ? AND x.record_id = r.id)";
    private static final String FORGET_SAVED = "DELETE FROM outbox_target_delivery WHERE target_id = ?";
    private static final String DEACTIVATE = "UPDATE outbox_target SET active = FALSE WHERE target_id = ?";
    private static final String ACTIVATE = "UPDATE outbox_target SET active = TRUE, description = ?, activated_at = ?,"
            + " last_fault = NULL, last_fault_at = NULL WHERE target_id = ?";
    private static final String ADD = "INSERT INTO outbox_target (target_id, description, active, first_used_at, activated_at)"
            + " VALUES (?, ?, TRUE, ?, ?)";

    private final JdbcTransaction transaction;
    private final SqlDialect dialect;
    private final Clock clock;

    TargetSwitch(JdbcTransaction transaction, SqlDialect dialect, Clock clock) {
        this.transaction = transaction;
        this.dialect = dialect;
        this.clock = clock;
    }

    TargetUse use(PortalTarget target) {
        Instant now = clock.instant();
        return transaction.inTransaction("switch the outbox to target " + target, connection -> {
            if (dialect.targetLock() != null) {
                try (Statement lock = connection.createStatement()) {
                    lock.execute(dialect.targetLock());
                }
            }
            Optional<String[]> active = active(connection);
            if (active.isPresent() && active.get()[0].equals(target.id())) {
                return new TargetUse(TargetUse.Change.SAME, target, null, 0, 0);
            }
            if (active.isEmpty()) {
                activate(connection, target, now);
                long rows = count(connection, "SELECT COUNT(*) FROM outbox_record");
                return new TargetUse(rows == 0 ? TargetUse.Change.FIRST : TargetUse.Change.ADOPTED, target, null,
                        count(connection, "SELECT COUNT(*) FROM outbox_record WHERE state = 'DELIVERED'"), 0);
            }
            String old = active.get()[0];
            refuseWhileInFlight(connection, active.get()[1], target, now);
            update(connection, FORGET_SAVED, old);
            update(connection, PUT_ASIDE, old);
            try (PreparedStatement restore = connection.prepareStatement(RESTORE)) {
                SqlTime.set(restore, 1, now);
                restore.setString(2, target.id());
                restore.setString(3, target.id());
                restore.executeUpdate();
            }
            update(connection, FORGET_SAVED, target.id());
            update(connection, DEACTIVATE, old);
            activate(connection, target, now);
            return new TargetUse(TargetUse.Change.SWITCHED, target, active.get()[1],
                    count(connection, "SELECT COUNT(*) FROM outbox_record WHERE state = 'DELIVERED'"),
                    count(connection, "SELECT COUNT(*) FROM outbox_record WHERE state IN ('PENDING', 'RETRY')"));
        });
    }

    /** The active target, or empty for an outbox not started on one since it was created or upgraded. */
    Optional<PortalTarget> active() {
        return transaction.read("read the active target", connection -> active(connection)
                .map(row -> new PortalTarget(row[0], row[1])));
    }

    List<OtherTarget> others() {
        return transaction.read("count deliveries to other targets", connection -> {
            List<OtherTarget> others = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT t.description,"
                    + " COUNT(s.delivered_hash) AS delivered, MAX(s.delivered_at) AS last_delivery"
                    + " FROM outbox_target t LEFT JOIN outbox_target_delivery s ON s.target_id = t.target_id"
                    + " WHERE t.active = FALSE GROUP BY t.target_id, t.description HAVING COUNT(s.delivered_hash) > 0"
                    + " ORDER BY MAX(s.delivered_at) DESC");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    others.add(new OtherTarget(rows.getString(1), rows.getLong(2), SqlTime.get(rows, "last_delivery")));
                }
            }
            return others;
        });
    }

    void recordFault(String message) {
        Instant now = clock.instant();
        transaction.inTransaction("record the connection fault", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE outbox_target SET last_fault = ?, last_fault_at = ? WHERE active = TRUE")) {
                update.setString(1, message.length() <= 2000 ? message : message.substring(0, 2000));
                SqlTime.set(update, 2, now);
                return update.executeUpdate();
            }
        });
    }

    void clearFault() {
        transaction.inTransaction("clear the connection fault", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE outbox_target SET last_fault = NULL, last_fault_at = NULL WHERE active = TRUE AND last_fault IS NOT NULL")) {
                return update.executeUpdate();
            }
        });
    }

    Optional<TargetFault> fault() {
        return transaction.read("read the connection fault", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT last_fault, last_fault_at FROM outbox_target WHERE active = TRUE AND last_fault IS NOT NULL");
                 ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new TargetFault(rows.getString(1), SqlTime.get(rows, "last_fault_at")))
                        : Optional.<TargetFault>empty();
            }
        });
    }

    private static Optional<String[]> active(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(ACTIVE); ResultSet rows = select.executeQuery()) {
            return rows.next() ? Optional.of(new String[] {rows.getString(1), rows.getString(2)}) : Optional.empty();
        }
    }

    /**
     * A lease not yet expired means a pusher may still confirm a record to the old target; were
     * the state switched now, that confirmation would count for the new one.
     */
    private static void refuseWhileInFlight(Connection connection, String old, PortalTarget target, Instant now) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*), MAX(claimed_until) AS until"
                + " FROM outbox_record WHERE state = 'IN_FLIGHT' AND claimed_until > ?")) {
            SqlTime.set(select, 1, now);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                if (rows.getLong(1) > 0) {
                    throw new OutboxException("cannot switch the outbox to " + target + ": " + rows.getLong(1)
                            + " records are being sent to " + old + " until " + SqlTime.get(rows, "until")
                            + " (another adapter instance is pushing, or one was stopped within txng.push.lease); try again after that");
                }
            }
        }
    }

    private static void activate(Connection connection, PortalTarget target, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(ACTIVATE)) {
            update.setString(1, target.description());
            SqlTime.set(update, 2, now);
            update.setString(3, target.id());
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(ADD)) {
            insert.setString(1, target.id());
            insert.setString(2, target.description());
            SqlTime.set(insert, 3, now);
            SqlTime.set(insert, 4, now);
            insert.executeUpdate();
        }
    }

    private static int update(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setString(i + 1, parameters[i]);
            }
            return update.executeUpdate();
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
