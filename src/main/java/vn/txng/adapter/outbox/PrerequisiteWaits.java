package vn.txng.adapter.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.txng.adapter.model.RecordKey;
import vn.txng.adapter.model.RecordKind;

/**
 * Records that wait for others the portal must have first (PORTAL-API.md's order of calls): a claimed record whose
 * prerequisite is staged here and not yet confirmed is HELD, costing no attempt and no call, with what it waits for
 * written to outbox_wait; one whose prerequisite the portal rejected is REJECTED ({@value #PREREQUISITE_REJECTED})
 * the same way. {@link #release} makes them pending again once what they wait for is delivered.
 */
final class PrerequisiteWaits {

    /** The reject code of a record not sent because the portal rejected a record it needs. */
    static final String PREREQUISITE_REJECTED = "PREREQUISITE_REJECTED";

    private static final int KEYS_PER_QUERY = 500;

    /** The codes the push holds a record with (never a file's holds: PRODUCT_INCOMPLETE, LOCATION_INCOMPLETE). */
    static final List<String> GATE_HOLDS = List.of("PREREQUISITE_PENDING", "PRODUCT_HELD", "LOT_HELD", "LOCATION_HELD", "EVENT_HELD");

    private static final String STATES = "SELECT kind, business_key, state, delivered_hash, reject_code, reject_reason"
            + " FROM outbox_record WHERE business_key IN (";
    // only the content claimed: a record re-staged meanwhile is pending for its new content and judged again
    private static final String WAIT = "UPDATE outbox_record SET state = ?, reject_code = ?, reject_reason = ?,"
            + " claimed_until = NULL, next_attempt_at = NULL, updated_at = ?"
            + " WHERE id = ? AND content_hash = ? AND state = 'IN_FLIGHT'";
    private static final String FORGET = "DELETE FROM outbox_wait WHERE record_id = ?";
    private static final String NOTE = "INSERT INTO outbox_wait (record_id, kind, business_key) VALUES (?, ?, ?)";
    // A held record goes once nothing it waits for is still on its way (a rejected prerequisite lets it go too: the
    // push then rejects it naming that record); one rejected for its prerequisite, once they are all confirmed
    // ("confirmed": some content delivered to this target, as Outbox.isDelivered). Each walks the claim index
    // (kind, state, id); a prerequisite's row is found by the unique key index (business_key, kind).
    // A held record goes once nothing it waits for is still on its way (a rejected prerequisite lets it go too: the
    // push then rejects it naming that record); one rejected for its prerequisite, once they are all confirmed
    // ("confirmed": some content delivered to this target, as Outbox.isDelivered); one retrying after a 409 for a
    // record no file had given, once that record is confirmed here. A held or rejected record without rows (its
    // rows were another target's) goes too, and the push's gate judges it again. Each walks the claim index
    // (kind, state, id); a prerequisite's row is found by the unique key index (business_key, kind).
    private static final String RELEASE = "UPDATE outbox_record r SET state = 'PENDING', reject_code = NULL,"
            + " reject_reason = NULL, next_attempt_at = NULL, updated_at = ? WHERE r.kind = ? AND r.state = ?";
    private static final String BLOCKED_BY = " AND NOT EXISTS (SELECT 1 FROM outbox_wait w LEFT JOIN outbox_record p"
            + " ON p.business_key = w.business_key AND p.kind = w.kind WHERE w.record_id = r.id AND ";
    private static final String RELEASE_HELD = RELEASE + " AND r.reject_code IN ('" + String.join("', '", GATE_HOLDS) + "')"
            + BLOCKED_BY + "p.delivered_hash IS NULL AND p.state IN ('HELD', 'PENDING', 'IN_FLIGHT', 'RETRY', 'PARKED'))";
    private static final String RELEASE_REJECTED = RELEASE + " AND r.reject_code = '" + PREREQUISITE_REJECTED + "'"
            + BLOCKED_BY + "p.delivered_hash IS NULL)";
    private static final String RELEASE_RETRY = RELEASE + " AND EXISTS (SELECT 1 FROM outbox_wait w WHERE w.record_id = r.id)"
            + BLOCKED_BY + "(p.id IS NULL OR p.delivered_hash IS NULL))";
    // outbox_wait holds only records still waiting: it stays as small as what waits
    private static final String FORGET_RELEASED = "DELETE FROM outbox_wait WHERE NOT EXISTS (SELECT 1 FROM outbox_record r"
            + " WHERE r.id = outbox_wait.record_id AND (r.state IN ('HELD', 'RETRY') OR (r.state = 'REJECTED' AND r.reject_code = '"
            + PREREQUISITE_REJECTED + "')))";

    private static final String WAITS_OF = "SELECT w.record_id, w.kind, w.business_key, p.state, p.delivered_hash,"
            + " p.reject_code, p.reject_reason FROM outbox_wait w LEFT JOIN outbox_record p ON p.business_key = w.business_key"
            + " AND p.kind = w.kind WHERE w.record_id IN (";

    private final JdbcTransaction transaction;
    private final Clock clock;

    PrerequisiteWaits(JdbcTransaction transaction, Clock clock) {
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The state of each key staged here, in the order asked (keys never staged are absent). */
    Map<RecordKey, PrerequisiteState> states(List<RecordKey> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return transaction.read("read the state of " + keys.size() + " prerequisites", connection -> {
            Map<RecordKey, PrerequisiteState> found = new java.util.HashMap<>();
            for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
                readStates(connection, keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY)), found);
            }
            Map<RecordKey, PrerequisiteState> ordered = new LinkedHashMap<>();
            for (RecordKey key : keys) {
                PrerequisiteState state = found.get(key);
                if (state != null) {
                    ordered.put(key, state);
                }
            }
            return ordered;
        });
    }

    private static void readStates(Connection connection, List<RecordKey> keys, Map<RecordKey, PrerequisiteState> into)
            throws SQLException {
        // by business key alone (the unique index's leading column); the kind is checked on the rows
        String sql = STATES + String.join(", ", Collections.nCopies(keys.size(), "?")) + ")";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < keys.size(); i++) {
                select.setString(i + 1, keys.get(i).businessKey());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    RecordKey key = new RecordKey(RecordKind.valueOf(rows.getString(1)), rows.getString(2));
                    if (keys.contains(key)) {
                        into.put(key, new PrerequisiteState(key, DeliveryState.valueOf(rows.getString(3)),
                                rows.getString(4) != null, rows.getString(5), rows.getString(6)));
                    }
                }
            }
        }
    }

    /**
     * Puts the claimed item in {@code state} (HELD, or REJECTED for a rejected prerequisite) with its code and reason,
     * waiting for {@code waitsFor}; false (only the old lease released) when the row holds newer content.
     */
    boolean wait(OutboxItem item, DeliveryState state, List<RecordKey> waitsFor, String code, String reason) {
        Instant now = clock.instant();
        return transaction.inTransaction("hold " + item.kind() + " " + item.id() + " for what it waits for", connection -> {
            try (PreparedStatement update = connection.prepareStatement(WAIT)) {
                update.setString(1, state.name());
                update.setString(2, code);
                update.setString(3, DeliveryRecorder.clip(reason, DeliveryRecorder.TEXT_LIMIT));
                SqlTime.set(update, 4, now);
                update.setLong(5, item.id());
                update.setString(6, item.contentHash());
                if (update.executeUpdate() == 0) {
                    DeliveryRecorder.releaseStale(connection, item, now);
                    return false;
                }
            }
            writeWaits(connection, item, waitsFor);
            return true;
        });
    }

    /**
     * Notes that the item, just marked waiting for a retry, waits for {@code missing} too (records never staged here
     * that the portal lacks), so the release step makes it due once they are delivered here. Only while the row is in
     * retry for the content claimed.
     */
    void note(OutboxItem item, List<RecordKey> missing) {
        transaction.inTransaction("note what " + item.kind() + " " + item.id() + " waits for", connection -> {
            try (PreparedStatement retrying = connection.prepareStatement(
                    "SELECT 1 FROM outbox_record WHERE id = ? AND content_hash = ? AND state = 'RETRY'")) {
                retrying.setLong(1, item.id());
                retrying.setString(2, item.contentHash());
                try (ResultSet row = retrying.executeQuery()) {
                    if (!row.next()) {
                        return null;
                    }
                }
            }
            writeWaits(connection, item, missing);
            return null;
        });
    }

    /** Replaces what the item waits for with {@code keys}. */
    private static void writeWaits(Connection connection, OutboxItem item, List<RecordKey> keys) throws SQLException {
        try (PreparedStatement forget = connection.prepareStatement(FORGET)) {
            forget.setLong(1, item.id());
            forget.executeUpdate();
        }
        try (PreparedStatement note = connection.prepareStatement(NOTE)) {
            for (RecordKey key : keys) {
                note.setLong(1, item.id());
                note.setString(2, key.kind().name());
                note.setString(3, key.businessKey());
                note.addBatch();
            }
            note.executeBatch();
        }
    }

    /**
     * Where what each of the held records {@code ids} waits for stands now, by record id (records that wait for nothing
     * written down are absent), so that status tells the wait as it is, not as it was when the record was held.
     */
    static Map<Long, List<PrerequisiteState>> waitsOf(Connection connection, List<Long> ids) throws SQLException {
        Map<Long, List<PrerequisiteState>> waits = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return waits;
        }
        try (PreparedStatement select = connection.prepareStatement(WAITS_OF
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ") ORDER BY w.record_id, w.kind, w.business_key")) {
            for (int i = 0; i < ids.size(); i++) {
                select.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    List<PrerequisiteState> states = waits.computeIfAbsent(rows.getLong(1), id -> new java.util.ArrayList<>());
                    RecordKey key = new RecordKey(RecordKind.valueOf(rows.getString(2)), rows.getString(3));
                    // a prerequisite never staged here (the portal answered 409 for it) still holds the record back
                    states.add(rows.getString(4) == null ? PrerequisiteState.notStaged(key)
                            : new PrerequisiteState(key, DeliveryState.valueOf(rows.getString(4)), rows.getString(5) != null,
                                    rows.getString(6), rows.getString(7)));
                }
            }
        }
        return waits;
    }

    /** Makes pending again the waiting records of {@code kind} whose prerequisites are delivered (see RELEASE); how many. */
    int release(RecordKind kind) {
        Instant now = clock.instant();
        return transaction.inTransaction("release the " + kind + " records whose prerequisites are delivered", connection -> {
            int released = 0;
            for (Map.Entry<String, DeliveryState> release : Map.of(RELEASE_HELD, DeliveryState.HELD, RELEASE_REJECTED,
                    DeliveryState.REJECTED, RELEASE_RETRY, DeliveryState.RETRY).entrySet()) {
                try (PreparedStatement update = connection.prepareStatement(release.getKey())) {
                    SqlTime.set(update, 1, now);
                    update.setString(2, kind.name());
                    update.setString(3, release.getValue().name());
                    released += update.executeUpdate();
                }
            }
            if (released > 0) {
                try (PreparedStatement forget = connection.prepareStatement(FORGET_RELEASED)) {
                    forget.executeUpdate();
                }
            }
            return released;
        });
    }
}
