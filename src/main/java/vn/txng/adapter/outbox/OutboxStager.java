package vn.txng.adapter.outbox;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.txng.adapter.model.RecordKind;

/**
 * Stages a chunk of records in one transaction: one key lookup per chunk (PostgreSQL) or per 100 keys (H2),
 * then batched inserts of new keys and batched updates of changed content. Unchanged records
 * cost one index lookup and nothing else.
 */
final class OutboxStager {

    // keys per lookup; H2 re-checks each found row against the whole IN list, so 100 beat 500 (224k vs 152k keys/s)
    // the IN list is padded to this size so one prepared statement serves all
    static final int LOOKUP_BATCH = 100;
    // rows per executeBatch, so a caller passing a huge list does not build a huge batch in memory
    private static final int WRITE_BATCH = 1000;
    // a concurrent stager of the same new key makes our insert fail; the retry then finds the row
    private static final int ATTEMPTS_ON_KEY_CLASH = 3;
    private static final String UNIQUE_VIOLATION = "23505";

    private static final String IN_LIST = " WHERE business_key IN (" + String.join(", ", Collections.nCopies(LOOKUP_BATCH, "?")) + ")";
    // PostgreSQL: every key of a chunk in one array; 100-key IN lists cost a parse and a plan each (10 per chunk)
    private static final String IN_ARRAY = " WHERE business_key = ANY (?)";
    private static final String INSERTED_COLUMNS = "outbox_record (kind, business_key, payload, content_hash, revision,"
            + " idempotency_key, state, attempts, reject_code, reject_reason, staged_at, updated_at, source_file, source_position)";
    private static final String INSERT = "INSERT INTO " + INSERTED_COLUMNS + " VALUES (?, ?, ?, ?, 1, ?, ?, 0, ?, ?, ?, ?, ?, ?)";
    // PostgreSQL: a chunk's new rows in one COPY (the unique key still refuses a key another stager inserted)
    private static final String COPY = "COPY " + INSERTED_COLUMNS + " FROM STDIN";
    // claimed_until is kept: while the old content is in flight, its lease holds the new content back
    // state PENDING, or HELD with what the record lacks in reject_code/reject_reason (null for PENDING).
    // Not last_error: like a rejection, a hold is about this content and ends when it changes (this
    // UPDATE), whereas last_error records push failures and feeds status's "last error".
    private static final String UPDATE = "UPDATE outbox_record SET payload = ?, content_hash = ?, revision = ?,"
            + " idempotency_key = ?, state = ?, attempts = 0, next_attempt_at = NULL, last_error = NULL,"
            + " last_error_at = NULL, reject_code = ?, reject_reason = ?, staged_at = ?, updated_at = ?, source_file = ?,"
            + " source_position = ? WHERE id = ?";
    // a held version replaces only a held row: checked again here, in the writing statement, because
    // another stager may have made the product sendable since the lookup (or since the caller merged)
    private static final String UPDATE_HELD = UPDATE + " AND state = 'HELD'";
    // by business key alone, the kind checked on the rows: with "kind = ?" too, PostgreSQL planned a table it
    // had not analysed yet (the first big file into a new outbox) on the claim index, whose first column is
    // the kind, and read every row of that kind per lookup. Without it, only the unique key index (business
    // key first) fits, on H2 and on PostgreSQL (where SqlDialect's staging setup also rules out a table scan).
    // the lots an event names, for a lot's journey: rewritten whenever the event's content is
    private static final String FORGET_EVENT_LOTS = "DELETE FROM outbox_event_lot WHERE event_key = ?";
    private static final String ADD_EVENT_LOT = "INSERT INTO outbox_event_lot (lot_key, event_key) VALUES (?, ?)";
    private static final String LOOKUP = "SELECT business_key, id, content_hash, revision, state, kind FROM outbox_record";

    // what the field merge of the next file reads: the last staged content and whether it is held
    private static final String LOOKUP_CONTENT = "SELECT business_key, payload, state, kind FROM outbox_record";

    private final JdbcTransaction transaction;
    private final Clock clock;
    private final String stagingSetup;
    private final boolean keyArrays;
    private final boolean copyIn;

    OutboxStager(JdbcTransaction transaction, SqlDialect dialect, Clock clock) {
        this.keyArrays = dialect.keyArrays();
        this.copyIn = dialect.copyIn();
        this.transaction = transaction;
        this.clock = clock;
        this.stagingSetup = dialect.stagingSetup();
    }

    /**
     * Stages the records in {@code target} state (PENDING or HELD). For HELD, {@code code} and
     * {@code reasons} (one per record) say what each waits for; both are null for PENDING.
     */
    StageResult stage(EncodedRecords chunk, DeliveryState target, String code, List<String> reasons) {
        if (chunk.size() == 0) {
            return StageResult.of(List.of());
        }
        Target to = new Target(target, code, reasons);
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.inTransaction("stage " + chunk.size() + " records", connection -> stage(connection, chunk, to));
            } catch (OutboxException e) {
                if (attempt >= ATTEMPTS_ON_KEY_CLASH || !isUniqueViolation(e.getCause())) {
                    throw e;
                }
            }
        }
    }

    private StageResult stage(Connection connection, EncodedRecords chunk, Target to) throws SQLException {
        // converted once per chunk: OffsetDateTime.ofInstant looks up zone rules on every call
        OffsetDateTime now = SqlTime.utc(clock.instant());
        setUp(connection);
        Map<RecordRef, StoredContent> stored = lookup(connection, chunk);
        // the idempotency keys, made here for the new and changed records only (most of a nightly file is unchanged)
        ContentDigest digest = new ContentDigest();
        StageOutcome[] outcomeOfLast = new StageOutcome[chunk.size()];
        boolean holding = to.state() == DeliveryState.HELD;
        CopyRows copied = copyIn ? new CopyRows(COPY) : null;
        try (PreparedStatement insert = connection.prepareStatement(INSERT);
             PreparedStatement update = connection.prepareStatement(holding ? UPDATE_HELD : UPDATE)) {
            int inserts = 0;
            // the record index of each update in the batch, to read back which guarded updates took
            int[] updated = new int[Math.min(WRITE_BATCH, chunk.size())];
            int updates = 0;
            for (int i : chunk.lastIndexes()) {
                RecordRef ref = chunk.ref(i);
                String hash = chunk.hash(i);
                StoredContent current = stored.get(ref);
                if (current != null && current.contentHash().equals(hash)) {
                    outcomeOfLast[i] = StageOutcome.UNCHANGED;
                    continue;
                }
                if (holding && current != null && !DeliveryState.HELD.name().equals(current.state())) {
                    outcomeOfLast[i] = StageOutcome.NOT_HELD;
                    continue;
                }
                outcomeOfLast[i] = StageOutcome.ACCEPTED;
                String payload = chunk.payload(i);
                if (current == null && copied != null) {
                    copied.text(ref.kind().name()).text(ref.businessKey()).text(payload).text(hash).number(1).text(digest.idempotencyKey(ref.kind(), ref.businessKey(), hash, 1))
                            .text(to.state().name()).number(0).text(to.code()).text(to.reason(i)).time(now).time(now)
                            .text(chunk.sourceFile(i)).text(chunk.sourcePosition(i)).endRow();
                } else if (current == null) {
                    insert.setString(1, ref.kind().name());
                    insert.setString(2, ref.businessKey());
                    insert.setString(3, payload);
                    insert.setString(4, hash);
                    insert.setString(5, digest.idempotencyKey(ref.kind(), ref.businessKey(), hash, 1));
                    insert.setString(6, to.state().name());
                    insert.setString(7, to.code());
                    insert.setString(8, to.reason(i));
                    SqlTime.set(insert, 9, now);
                    SqlTime.set(insert, 10, now);
                    insert.setString(11, chunk.sourceFile(i));
                    insert.setString(12, chunk.sourcePosition(i));
                    insert.addBatch();
                    inserts = flushWhenFull(insert, inserts + 1);
                } else {
                    int revision = current.revision() + 1;
                    update.setString(1, payload);
                    update.setString(2, hash);
                    update.setInt(3, revision);
                    update.setString(4, digest.idempotencyKey(ref.kind(), ref.businessKey(), hash, revision));
                    update.setString(5, to.state().name());
                    update.setString(6, to.code());
                    update.setString(7, to.reason(i));
                    SqlTime.set(update, 8, now);
                    SqlTime.set(update, 9, now);
                    update.setString(10, chunk.sourceFile(i));
                    update.setString(11, chunk.sourcePosition(i));
                    update.setLong(12, current.id());
                    update.addBatch();
                    updated[updates++] = i;
                    if (updates == updated.length) {
                        applyUpdates(update, updated, updates, outcomeOfLast);
                        updates = 0;
                    }
                }
            }
            if (inserts > 0) {
                insert.executeBatch();
            }
            if (copied != null) {
                copied.send(connection);
            }
            if (updates > 0) {
                applyUpdates(update, updated, updates, outcomeOfLast);
            }
        }
        writeEventLots(connection, chunk, outcomeOfLast);
        List<StageOutcome> outcomes = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            outcomes.add(outcomeOfLast[chunk.lastIndexOf(i)]);
        }
        return StageResult.of(outcomes);
    }

    /** The lots of every event whose content this chunk staged, in place of those its earlier content named. */
    private static void writeEventLots(Connection connection, EncodedRecords chunk, StageOutcome[] outcomes) throws SQLException {
        PreparedStatement forget = null;
        PreparedStatement add = null;
        try {
            int forgotten = 0;
            int added = 0;
            for (int i : chunk.lastIndexes()) {
                List<String> lots = chunk.lotKeys(i);
                if (lots == null || outcomes[i] != StageOutcome.ACCEPTED) {
                    continue;
                }
                if (forget == null) {
                    forget = connection.prepareStatement(FORGET_EVENT_LOTS);
                    add = connection.prepareStatement(ADD_EVENT_LOT);
                }
                String eventKey = chunk.ref(i).businessKey();
                // a new key too: rows of an event the outbox no longer holds must not clash with its return
                forget.setString(1, eventKey);
                forget.addBatch();
                forgotten = flushWhenFull(forget, forgotten + 1);
                for (String lot : lots) {
                    add.setString(1, lot);
                    add.setString(2, eventKey);
                    add.addBatch();
                    added++;
                }
            }
            if (forget != null) {
                // every old row gone before the new ones go in (two statements' batches run one after the other)
                forget.executeBatch();
                if (added > 0) {
                    add.executeBatch();
                }
            }
        } finally {
            if (forget != null) {
                forget.close();
                add.close();
            }
        }
    }

    /** Runs the batched updates; one that changed no row (a guarded hold of a row no longer held) did not stage. */
    private static void applyUpdates(PreparedStatement update, int[] indexes, int count, StageOutcome[] outcomes) throws SQLException {
        int[] rows = update.executeBatch();
        for (int k = 0; k < count; k++) {
            // SUCCESS_NO_INFO (-2): the driver does not say; only the guarded hold can miss, and both drivers report counts
            if (rows[k] == 0) {
                outcomes[indexes[k]] = StageOutcome.NOT_HELD;
            }
        }
    }

    private static int flushWhenFull(PreparedStatement statement, int pending) throws SQLException {
        if (pending < WRITE_BATCH) {
            return pending;
        }
        statement.executeBatch();
        return 0;
    }

    /** The stored hash of every key in the chunk that is already in the table. */
    private Map<RecordRef, StoredContent> lookup(Connection connection, EncodedRecords chunk) throws SQLException {
        Map<RecordRef, StoredContent> stored = new HashMap<>();
        for (RecordKind kind : RecordKind.values()) {
            lookup(connection, LOOKUP, 6, kind, chunk.keysOf(kind), rows -> stored.put(new RecordRef(kind, rows.getString(1)),
                    new StoredContent(rows.getLong(2), rows.getString(3), rows.getInt(4), rows.getString(5))));
        }
        return stored;
    }

    /**
     * The content and state staged for each of {@code keys} that the outbox holds (absent keys are left
     * out): one statement for all the keys on PostgreSQL, one per {@value #LOOKUP_BATCH} keys on H2, in one
     * read transaction.
     */
    Map<String, StagedContent> stagedContents(RecordKind kind, List<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return transaction.inTransaction("read " + keys.size() + " staged " + kind + " records", connection -> {
            setUp(connection);
            Map<String, StagedContent> staged = new HashMap<>();
            lookup(connection, LOOKUP_CONTENT, 4, kind, keys, rows -> staged.put(rows.getString(1),
                    new StagedContent(RecordCodec.fromJson(kind, rows.getString(2)), DeliveryState.valueOf(rows.getString(3)))));
            return staged;
        });
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** Runs {@code select} (business_key first, the kind in column {@code kindColumn}) for the keys, giving {@code reader} each row of {@code kind}. */
    private void lookup(Connection connection, String select, int kindColumn, RecordKind kind, List<String> keys, RowReader reader)
            throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        if (keyArrays) {
            try (PreparedStatement statement = connection.prepareStatement(select + IN_ARRAY)) {
                statement.setArray(1, connection.createArrayOf("varchar", keys.toArray()));
                readRows(statement, kindColumn, kind, reader);
            }
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(select + IN_LIST)) {
            for (int from = 0; from < keys.size(); from += LOOKUP_BATCH) {
                List<String> slice = keys.subList(from, Math.min(keys.size(), from + LOOKUP_BATCH));
                for (int p = 0; p < LOOKUP_BATCH; p++) {
                    // padding repeats a key already asked for; IN ignores the repeats
                    statement.setString(p + 1, slice.get(Math.min(p, slice.size() - 1)));
                }
                readRows(statement, kindColumn, kind, reader);
            }
        }
    }

    private static void readRows(PreparedStatement statement, int kindColumn, RecordKind kind, RowReader reader) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                // the same key under the other kind is skipped (a GTIN and a lot key never look alike)
                if (kind.name().equals(rows.getString(kindColumn))) {
                    reader.read(rows);
                }
            }
        }
    }

    private void setUp(Connection connection) throws SQLException {
        if (stagingSetup != null) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(stagingSetup);
            }
        }
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        return true;
                    }
                }
                if (sql instanceof BatchUpdateException && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    private record StoredContent(long id, String contentHash, int revision, String state) {
    }

    /** The state staged rows get, and for HELD what each record waits for. */
    private record Target(DeliveryState state, String code, List<String> reasons) {
        private static final int REASON_LIMIT = 2000;

        String reason(int index) {
            if (reasons == null) {
                return null;
            }
            String reason = reasons.get(index);
            return reason == null || reason.length() <= REASON_LIMIT ? reason : reason.substring(0, REASON_LIMIT);
        }
    }
}
