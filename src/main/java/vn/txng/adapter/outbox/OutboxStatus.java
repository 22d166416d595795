package vn.txng.adapter.outbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.txng.adapter.model.ErrorDeclaration;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.model.TraceRecord;

/** Read-only questions about the outbox: counts, last delivery, last error, rows by state; and the error declarations it lists. */
final class OutboxStatus {

    static final String ROW_COLUMNS = "id, kind, business_key, state, attempts, next_attempt_at, last_error,"
            + " portal_id, reject_code, reject_reason, content_hash, delivered_hash, idempotency_key, claimed_until,"
            + " staged_at, updated_at";

    private final JdbcTransaction transaction;

    OutboxStatus(JdbcTransaction transaction) {
        this.transaction = transaction;
    }

    Map<DeliveryState, Long> counts() {
        return transaction.read("count records by state", connection -> {
            Map<DeliveryState, Long> counts = new EnumMap<>(DeliveryState.class);
            for (DeliveryState state : DeliveryState.values()) {
                counts.put(state, 0L);
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT state, COUNT(*) FROM outbox_record GROUP BY state");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(DeliveryState.valueOf(rows.getString(1)), rows.getLong(2));
                }
            }
            return counts;
        });
    }

    Map<RecordKind, Map<DeliveryState, Long>> countsByKind() {
        return transaction.read("count records by kind and state", connection -> {
            Map<RecordKind, Map<DeliveryState, Long>> counts = new EnumMap<>(RecordKind.class);
            for (RecordKind kind : RecordKind.values()) {
                Map<DeliveryState, Long> byState = new EnumMap<>(DeliveryState.class);
                for (DeliveryState state : DeliveryState.values()) {
                    byState.put(state, 0L);
                }
                counts.put(kind, byState);
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT kind, state, COUNT(*) FROM outbox_record GROUP BY kind, state");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.get(RecordKind.valueOf(rows.getString(1))).put(DeliveryState.valueOf(rows.getString(2)), rows.getLong(3));
                }
            }
            return counts;
        });
    }

    Optional<Instant> lastDeliveryAt() {
        return transaction.read("find the last delivery", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT MAX(delivered_at) AS last_delivery FROM outbox_record");
                 ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.ofNullable(SqlTime.get(rows, "last_delivery")) : Optional.empty();
            }
        });
    }

    /** An error recorded on a row, and when. */
    record TimedError(String message, Instant at) {
    }

    Optional<TimedError> lastError() {
        return transaction.read("find the last error", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT last_error, last_error_at FROM outbox_record"
                    + " WHERE last_error_at IS NOT NULL ORDER BY last_error_at DESC, id DESC LIMIT 1");
                 ResultSet rows = select.executeQuery()) {
                return rows.next() && rows.getString(1) != null
                        ? Optional.of(new TimedError(rows.getString(1), SqlTime.get(rows, "last_error_at")))
                        : Optional.<TimedError>empty();
            }
        });
    }

    /**
     * Remembers the events (by key, with their declaration or null) as declared in error by {@code file} at {@code at},
     * in the caller's transaction.
     */
    void declare(java.sql.Connection connection, java.util.Map<String, ErrorDeclaration> declarations, String file, Instant at)
            throws java.sql.SQLException {
        if (declarations.isEmpty()) {
            return;
        }
        // delete then insert: one portable statement pair for "the latest declaration wins" on H2 and PostgreSQL
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM outbox_error_declaration WHERE business_key = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO outbox_error_declaration (business_key, declared_at, declared_in, declaration_time, reason,"
                             + " corrective_event_ids) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (java.util.Map.Entry<String, ErrorDeclaration> entry : declarations.entrySet()) {
                String key = entry.getKey();
                ErrorDeclaration declaration = entry.getValue();
                delete.setString(1, key);
                delete.executeUpdate();
                insert.setString(1, key);
                SqlTime.set(insert, 2, at);
                insert.setString(3, file.length() > 600 ? file.substring(0, 600) : file);
                // a declaration without its time is dated by its reading, the time EPCIS requires
                SqlTime.set(insert, 4, declaration == null || declaration.declarationTime() == null ? at : declaration.declarationTime().toInstant());
                insert.setString(5, declaration == null ? null : declaration.reason());
                insert.setString(6, declaration == null || declaration.correctiveEventIds().isEmpty() ? null
                        : String.join(" ", declaration.correctiveEventIds()));
                insert.executeUpdate();
            }
        }
    }

    List<DeclaredInError> declaredAfterDelivery(int limit) {
        return transaction.read("list the events declared in error after delivery", connection -> {
            List<DeclaredInError> list = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT business_key, declared_at, declared_in"
                    + " FROM outbox_error_declaration ORDER BY declared_at DESC, business_key LIMIT ?")) {
                select.setInt(1, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        list.add(new DeclaredInError(rows.getString(1), SqlTime.get(rows, "declared_at"), rows.getString(3)));
                    }
                }
            }
            return list;
        });
    }

    List<OutboxRow> list(DeliveryState state, int limit) {
        return transaction.read("list " + state + " records", connection -> {
            List<OutboxRow> list = new ArrayList<>();
            // in the order records reach the portal, so that a few held products show above the many lots and
            // events waiting for them; one query per kind, each walking the claim index (kind, state, id) and
            // stopping at the limit (no sort)
            try (PreparedStatement select = connection.prepareStatement("SELECT " + ROW_COLUMNS
                    + " FROM outbox_record WHERE kind = ? AND state = ? ORDER BY id LIMIT ?")) {
                for (RecordKind kind : RecordKind.values()) {
                    if (list.size() >= limit) {
                        break;
                    }
                    select.setString(1, kind.name());
                    select.setString(2, state.name());
                    select.setInt(3, limit - list.size());
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            list.add(row(rows));
                        }
                    }
                }
            }
            if (state == DeliveryState.HELD) {
                Map<Long, List<PrerequisiteState>> waits = PrerequisiteWaits.waitsOf(connection, list.stream().map(OutboxRow::id).toList());
                list.replaceAll(row -> waits.containsKey(row.id()) ? row.withRejectReason(waitReason(waits.get(row.id()))) : row);
            }
            return list;
        });
    }

    /** The row at the cursor, selected with {@link #ROW_COLUMNS}. */
    static OutboxRow row(ResultSet rows) throws java.sql.SQLException {
        return new OutboxRow(rows.getLong("id"), RecordKind.valueOf(rows.getString("kind")),
                rows.getString("business_key"), DeliveryState.valueOf(rows.getString("state")),
                rows.getInt("attempts"), SqlTime.get(rows, "next_attempt_at"),
                rows.getString("last_error"), rows.getString("portal_id"),
                rows.getString("reject_code"), rows.getString("reject_reason"),
                rows.getString("content_hash"), rows.getString("delivered_hash"),
                rows.getString("idempotency_key"), SqlTime.get(rows, "claimed_until"),
                SqlTime.get(rows, "staged_at"), SqlTime.get(rows, "updated_at"));
    }

    /** A held record's wait as it stands now: what it still waits for, in the words the push used when it held it. */
    private static String waitReason(List<PrerequisiteState> waits) {
        List<PrerequisiteState> unmet = waits.stream().filter(wait -> wait.onItsWay() || wait.rejected()).toList();
        return unmet.isEmpty() ? "what it waited for is delivered: it goes in the next push"
                : "waits for " + PrerequisiteState.named(unmet);
    }

    boolean isDelivered(RecordKind kind, String businessKey) {
        return transaction.read("check whether " + kind + " " + businessKey + " was delivered", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM outbox_record"
                    + " WHERE kind = ? AND business_key = ? AND delivered_hash IS NOT NULL")) {
                select.setString(1, kind.name());
                select.setString(2, businessKey);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    Optional<DeliveryState> state(RecordKind kind, String businessKey) {
        return column(kind, businessKey, "state").map(DeliveryState::valueOf);
    }

    Optional<TraceRecord> staged(RecordKind kind, String businessKey) {
        return column(kind, businessKey, "payload").map(payload -> RecordCodec.fromJson(kind, payload));
    }

    /**
     * Up to {@code limit} records of {@code kind} whatever their delivery state, in business-key order from the key after
     * {@code afterKey} (null: from the first): one page of {@link Outbox#forEachStaged}, walking the unique key's index.
     */
    List<StagedVersion> stagedPage(RecordKind kind, String afterKey, int limit) {
        return transaction.read("read staged " + kind + " records", connection -> {
            List<StagedVersion> page = new ArrayList<>(limit);
            // an event declared in error after delivery comes with its declaration (the join finds none for other kinds)
            try (PreparedStatement select = connection.prepareStatement("SELECT r.id, r.content_hash, r.payload, r.staged_at, r.reject_code,"
                    + " d.declaration_time, d.reason, d.corrective_event_ids FROM outbox_record r"
                    + " LEFT JOIN outbox_error_declaration d ON r.kind = 'EVENT' AND d.business_key = r.business_key"
                    + " WHERE r.kind = ? AND r.business_key > ? ORDER BY r.business_key LIMIT ?")) {
                select.setString(1, kind.name());
                // every key has at least one character: the empty text sorts before all of them
                select.setString(2, afterKey == null ? "" : afterKey);
                select.setInt(3, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Instant declared = SqlTime.get(rows, "declaration_time");
                        String corrective = rows.getString("corrective_event_ids");
                        ErrorDeclaration declaration = declared == null ? null : new ErrorDeclaration(
                                declared.atOffset(java.time.ZoneOffset.UTC), rows.getString("reason"),
                                corrective == null ? List.of() : List.of(corrective.split(" ")));
                        page.add(new StagedVersion(RecordCodec.fromJson(kind, rows.getString("payload")), SqlTime.get(rows, "staged_at"),
                                Outbox.WITHDRAWN.equals(rows.getString("reject_code")), rows.getLong("id"), rows.getString("content_hash"),
                                declaration));
                    }
                }
            }
            return page;
        });
    }

    /** One column of the key's row; {@code column} is one of this class's constants, never input. */
    private Optional<String> column(RecordKind kind, String businessKey, String column) {
        return transaction.read("read " + column + " of " + kind + " " + businessKey, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + column + " FROM outbox_record"
                    + " WHERE kind = ? AND business_key = ?")) {
                select.setString(1, kind.name());
                select.setString(2, businessKey);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }
}
