package vn.txng.adapter.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.txng.adapter.model.RecordKind;

/**
 * The delivery state of one EPCIS repository (table {@code epcis_capture}, migration V8), apart from the portal's:
 * one row per record and content hash, so a record staged again with other content is due again. The portal's push
 * never reads it; this ledger never touches {@code outbox_record}'s delivery state.
 */
public final class CaptureLedger {

    /** A version due for capture and the failed attempts its content has had there (for the backoff). */
    public record Due(StagedVersion version, int attempts) {
    }

    /**
     * What became of one version: {@code error} the reason of a rejection or a retry, {@code nextAttempt} when a retry
     * is due (null otherwise).
     */
    public record Mark(StagedVersion version, String eventId, CaptureState state, String error, Instant nextAttempt) {
    }

    /** A record the repository refused, for {@code status}. */
    public record Refusal(RecordKind kind, String businessKey, String eventId, String reason) {
    }

    /**
     * Where a record's current content stands at the repository: {@code at} when that was last written (null while
     * pending), {@code attempts} the failed ones, {@code lastAnswer} the reason of a refusal or of the last failure.
     */
    public record Capture(CaptureState state, Instant at, int attempts, String lastAnswer, String eventId) {
    }

    private static final int ERROR_LENGTH = 2000;

    private final JdbcTransaction transaction;
    private final Clock clock;
    private final String repositoryId;

    CaptureLedger(JdbcTransaction transaction, Clock clock, String repositoryId) {
        this.transaction = transaction;
        this.clock = clock;
        this.repositoryId = repositoryId;
    }

    /** Notes the repository (its description is what {@code status} prints); an existing one keeps its state. */
    public void register(String description) {
        transaction.inTransaction("register the EPCIS repository", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE epcis_repository SET description = ? WHERE repository_id = ?")) {
                update.setString(1, description);
                update.setString(2, repositoryId);
                if (update.executeUpdate() > 0) {
                    return null;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO epcis_repository (repository_id, description, first_used_at) VALUES (?, ?, ?)")) {
                insert.setString(1, repositoryId);
                insert.setString(2, description);
                SqlTime.set(insert, 3, clock.instant());
                insert.executeUpdate();
            }
            return null;
        });
    }

    /**
     * The versions whose content is due at {@code now}: never captured, skipped or refused there, or a retry whose
     * time has come; in the order given.
     */
    public List<Due> due(List<StagedVersion> versions, Instant now) {
        if (versions.isEmpty()) {
            return List.of();
        }
        Map<String, Row> rows = rows(versions);
        List<Due> due = new ArrayList<>();
        for (StagedVersion version : versions) {
            Row row = rows.get(version.recordId() + "/" + version.captureHash());
            if (row == null) {
                due.add(new Due(version, 0));
            } else if (row.state == CaptureState.RETRY && (row.nextAttempt == null || !row.nextAttempt.isAfter(now))) {
                due.add(new Due(version, row.attempts));
            }
        }
        return due;
    }

    private record Row(CaptureState state, int attempts, Instant nextAttempt) {
    }

    private Map<String, Row> rows(List<StagedVersion> versions) {
        return transaction.read("read the EPCIS capture state of " + versions.size() + " records", connection -> {
            String marks = versions.stream().map(v -> "?").collect(Collectors.joining(", "));
            Map<String, Row> rows = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT record_id, content_hash, state, attempts,"
                    + " next_attempt_at FROM epcis_capture WHERE repository_id = ? AND record_id IN (" + marks + ")")) {
                select.setString(1, repositoryId);
                for (int i = 0; i < versions.size(); i++) {
                    select.setLong(i + 2, versions.get(i).recordId());
                }
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        rows.put(result.getLong("record_id") + "/" + result.getString("content_hash"), new Row(
                                CaptureState.valueOf(result.getString("state")), result.getInt("attempts"),
                                SqlTime.get(result, "next_attempt_at")));
                    }
                }
            }
            return rows;
        });
    }

    /** Records what became of each version, in one transaction; a retry counts one more attempt. */
    public void mark(List<Mark> marks) {
        if (marks.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        transaction.inTransaction("record " + marks.size() + " EPCIS captures", connection -> {
            boolean captured = false;
            try (PreparedStatement update = connection.prepareStatement("UPDATE epcis_capture SET state = ?, event_id = ?,"
                    + " attempts = attempts + ?, next_attempt_at = ?, last_error = ?, updated_at = ?"
                    + " WHERE repository_id = ? AND record_id = ? AND content_hash = ?");
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO epcis_capture (repository_id, record_id,"
                         + " content_hash, kind, event_id, state, attempts, next_attempt_at, last_error, updated_at)"
                         + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Mark mark : marks) {
                    int attempt = mark.state() == CaptureState.RETRY ? 1 : 0;
                    String error = clip(mark.error());
                    update.setString(1, mark.state().name());
                    update.setString(2, mark.eventId());
                    update.setInt(3, attempt);
                    SqlTime.set(update, 4, mark.nextAttempt());
                    update.setString(5, error);
                    SqlTime.set(update, 6, now);
                    update.setString(7, repositoryId);
                    update.setLong(8, mark.version().recordId());
                    update.setString(9, mark.version().captureHash());
                    if (update.executeUpdate() == 0) {
                        insert.setString(1, repositoryId);
                        insert.setLong(2, mark.version().recordId());
                        insert.setString(3, mark.version().captureHash());
                        insert.setString(4, mark.version().record().kind().name());
                        insert.setString(5, mark.eventId());
                        insert.setString(6, mark.state().name());
                        insert.setInt(7, attempt);
                        SqlTime.set(insert, 8, mark.nextAttempt());
                        insert.setString(9, error);
                        SqlTime.set(insert, 10, now);
                        insert.executeUpdate();
                    }
                    captured |= mark.state() == CaptureState.CAPTURED;
                }
            }
            if (captured) {
                repositoryColumn(connection, "last_capture_at", now);
            }
            return null;
        });
    }

    /** Notes the connection fault that stopped a capture pass ({@code status} shows it until a pass completes). */
    public void recordFault(String message) {
        Instant now = clock.instant();
        transaction.inTransaction("record the EPCIS repository's fault", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE epcis_repository SET last_fault = ?, last_fault_at = ? WHERE repository_id = ?")) {
                update.setString(1, clip(message));
                SqlTime.set(update, 2, now);
                update.setString(3, repositoryId);
                update.executeUpdate();
            }
            return null;
        });
    }

    /** A capture pass completed without a connection fault. */
    public void clearFault() {
        transaction.inTransaction("clear the EPCIS repository's fault", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE epcis_repository SET last_fault = NULL, last_fault_at = NULL WHERE repository_id = ?")) {
                update.setString(1, repositoryId);
                update.executeUpdate();
            }
            return null;
        });
    }

    /** The connection fault that stopped the last capture pass, if none has completed since. */
    public Optional<TargetFault> fault() {
        return transaction.read("read the EPCIS repository's fault", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT last_fault, last_fault_at FROM epcis_repository WHERE repository_id = ? AND last_fault IS NOT NULL")) {
                select.setString(1, repositoryId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(new TargetFault(row.getString(1), SqlTime.get(row, "last_fault_at")))
                            : Optional.<TargetFault>empty();
                }
            }
        });
    }

    /** When the repository last confirmed a capture. */
    public Optional<Instant> lastCaptureAt() {
        return transaction.read("read the EPCIS repository's last capture", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT last_capture_at FROM epcis_repository WHERE repository_id = ?")) {
                select.setString(1, repositoryId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.ofNullable(SqlTime.get(row, "last_capture_at")) : Optional.<Instant>empty();
                }
            }
        });
    }

    /**
     * The staged lots and events by where their current content stands at this repository; every state is present,
     * zero when empty. Products and locations are no EPCIS events and are not counted.
     */
    public Map<CaptureState, Long> counts() {
        return transaction.read("count the EPCIS capture states", connection -> {
            Map<CaptureState, Long> counts = new EnumMap<>(CaptureState.class);
            for (CaptureState state : CaptureState.values()) {
                counts.put(state, 0L);
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT c.state, COUNT(*) FROM outbox_record r"
                    + " LEFT JOIN epcis_capture c ON c.repository_id = ? AND c.record_id = r.id AND c.content_hash = r.content_hash"
                    + " WHERE r.kind IN ('LOT', 'EVENT') GROUP BY c.state")) {
                select.setString(1, repositoryId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String state = rows.getString(1);
                        counts.put(state == null ? CaptureState.PENDING : CaptureState.valueOf(state), rows.getLong(2));
                    }
                }
            }
            return counts;
        });
    }

    /**
     * The capture state of the record's current content (an event declared in error: of its latest capture, keyed by the
     * content and the declaration), pending while the repository has none; empty for a record that is no EPCIS event
     * (a product, a location) or not staged.
     */
    public Optional<Capture> capture(long recordId) {
        return transaction.read("read the EPCIS capture of record " + recordId, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT c.state, c.updated_at, c.attempts, c.last_error,"
                    + " c.event_id FROM outbox_record r JOIN epcis_capture c ON c.repository_id = ? AND c.record_id = r.id"
                    + " LEFT JOIN outbox_error_declaration d ON d.business_key = r.business_key AND r.kind = 'EVENT'"
                    + " WHERE r.id = ? AND (c.content_hash = r.content_hash OR d.business_key IS NOT NULL)"
                    + " ORDER BY c.updated_at DESC LIMIT 1")) {
                select.setString(1, repositoryId);
                select.setLong(2, recordId);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        return Optional.of(new Capture(CaptureState.valueOf(row.getString(1)), SqlTime.get(row, "updated_at"),
                                row.getInt(3), row.getString(4), row.getString(5)));
                    }
                }
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT 1 FROM outbox_record WHERE id = ? AND kind IN ('LOT', 'EVENT')")) {
                select.setLong(1, recordId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(new Capture(CaptureState.PENDING, null, 0, null, null)) : Optional.<Capture>empty();
                }
            }
        });
    }

    /** Up to {@code limit} records whose current content the repository refused, with its reason. */
    public List<Refusal> refusals(int limit) {
        return transaction.read("list the EPCIS repository's refusals", connection -> {
            List<Refusal> refusals = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT r.kind, r.business_key, c.event_id, c.last_error"
                    + " FROM epcis_capture c JOIN outbox_record r ON r.id = c.record_id AND r.content_hash = c.content_hash"
                    + " WHERE c.repository_id = ? AND c.state = 'REJECTED' ORDER BY c.updated_at, r.id LIMIT ?")) {
                select.setString(1, repositoryId);
                select.setInt(2, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        refusals.add(new Refusal(RecordKind.valueOf(rows.getString(1)), rows.getString(2), rows.getString(3),
                                rows.getString(4)));
                    }
                }
            }
            return refusals;
        });
    }

    private void repositoryColumn(Connection connection, String column, Instant value) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE epcis_repository SET " + column + " = ? WHERE repository_id = ?")) {
            SqlTime.set(update, 1, value);
            update.setString(2, repositoryId);
            update.executeUpdate();
        }
    }

    private static String clip(String text) {
        return text == null || text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH - 1) + "…";
    }
}
