package vn.txng.adapter.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import vn.txng.adapter.model.ErrorDeclaration;
import vn.txng.adapter.model.RecordKey;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.model.SourcePosition;
import vn.txng.adapter.model.TraceRecord;

/**
 * The durable outbox between ingest and push: one row per business key holding the latest
 * staged content, its SHA-256 hash and its delivery state for the active portal target (the
 * state for other targets is kept aside until they are used again, see {@link #useTarget}).
 * Unchanged content staged again is a no-op; changed content is pending again with a new
 * idempotency key; a claimed row that is never marked (a crash) is claimed again after its lease
 * with the same key. Thread-safe.
 */
public final class Outbox {

    private final OutboxStager stager;
    private final OutboxClaimer claimer;
    private final DeliveryRecorder recorder;
    private final OutboxStatus status;
    private final PrerequisiteWaits waits;
    private final JdbcTransaction transaction;
    private final SqlDialect dialect;
    private final TargetSwitch targets;
    private final Clock clock;

    private Outbox(DataSource dataSource, SqlDialect dialect, Clock clock) {
        JdbcTransaction transaction = new JdbcTransaction(dataSource);
        this.transaction = transaction;
        this.dialect = dialect;
        this.stager = new OutboxStager(transaction, dialect, clock);
        this.claimer = new OutboxClaimer(transaction, dialect);
        this.recorder = new DeliveryRecorder(transaction, clock);
        this.status = new OutboxStatus(transaction);
        this.waits = new PrerequisiteWaits(transaction, clock);
        this.targets = new TargetSwitch(transaction, dialect, clock);
        this.clock = clock;
    }

    /** Brings the schema up to date (Flyway, {@code classpath:db/migration}, and {@code db/quartz} on PostgreSQL) and opens the outbox on it. */
    public static Outbox open(DataSource dataSource) {
        return open(dataSource, Clock.systemUTC());
    }

    /** As {@link #open(DataSource)}, with the clock that stamps staging and delivery times. */
    public static Outbox open(DataSource dataSource, Clock clock) {
        migrate(dataSource);
        return new Outbox(dataSource, dialectOf(dataSource), clock);
    }

    /**
     * Stages records in one transaction (pass chunks of about 500 to 1000). Each record is
     * {@link StageOutcome#ACCEPTED} when new or changed (then pending, attempts 0, new
     * idempotency key) or {@link StageOutcome#UNCHANGED} when its content hash is the stored one,
     * whatever the state: a rejected or delivered record is not sent again for the same content.
     * A key given twice in one call: the last occurrence is staged.
     *
     * @throws IllegalArgumentException when a record has no business key (nothing is staged)
     */
    public StageResult stage(List<? extends TraceRecord> records) {
        return stage(encode(records));
    }

    /**
     * The records in their stored form (canonical JSON, SHA-256, idempotency key), without touching
     * the database: the CPU half of {@link #stage(List)}, for a caller that encodes the next chunk on
     * one thread while another stages the last ({@link #stage(EncodedRecords)}).
     *
     * @throws IllegalArgumentException when a record has no business key
     */
    public EncodedRecords encode(List<? extends TraceRecord> records) {
        return EncodedRecords.of(records);
    }

    /**
     * As {@link #encode(List)}, with where each record was read ({@code sources}, one per record): kept with new or
     * changed content (outbox_record.source_file, source_position), for the console; not part of the content's hash.
     *
     * @throws IllegalArgumentException when a record has no business key, or the lists differ in size
     */
    public EncodedRecords encode(List<? extends TraceRecord> records, List<SourcePosition> sources) {
        return EncodedRecords.of(records, sources);
    }

    /** As {@link #stage(List)}, for records encoded beforehand by {@link #encode}. */
    public StageResult stage(EncodedRecords records) {
        return stager.stage(records, DeliveryState.PENDING, null, null);
    }

    /**
     * Stages records that must not be sent yet as {@link DeliveryState#HELD}: products that lack
     * required fields another file can supply. They are never claimed, but {@link #staged} reads
     * them back, so the next product for the GTIN is merged with them. New or changed content is
     * {@link StageOutcome#ACCEPTED}, the same content {@link StageOutcome#UNCHANGED}, as for
     * {@link #stage}; staged again complete with {@link #stage}, a held record becomes pending with
     * a new idempotency key. Hold only keys that are new or held: a held version replaces whatever
     * is staged, and what was sendable must never go back to waiting.
     *
     * @param code    what the records wait for (kept in reject_code; shown by status)
     * @param reasons one per record, the sentence saying which fields it lacks (kept in reject_reason)
     */
    public StageResult hold(List<? extends TraceRecord> records, String code, List<String> reasons) {
        return hold(records, code, reasons, null);
    }

    /**
     * As {@link #hold(List, String, List)}, with where each record was read (one per record, or null: unknown; see
     * {@link #encode(List, List)}).
     */
    public StageResult hold(List<? extends TraceRecord> records, String code, List<String> reasons, List<SourcePosition> sources) {
        if (reasons.size() != records.size()) {
            throw new IllegalArgumentException(records.size() + " records but " + reasons.size() + " reasons");
        }
        return stager.stage(encode(records, sources), DeliveryState.HELD, code, reasons);
    }

    /**
     * Claims up to {@code limit} due records of one kind and leases them until {@code now + lease}:
     * first expired leases (sent again with the same idempotency key), then retries due by
     * {@code now}, then pending records, each oldest first. On PostgreSQL concurrent claimers
     * never get the same row.
     */
    public List<OutboxItem> claim(RecordKind kind, int limit, Instant now, Duration lease) {
        return claimer.claim(kind, limit, now, lease);
    }

    /**
     * The portal stored the item. If the record was re-staged with other content meanwhile, it
     * stays pending for that content and only the confirmed hash and portal id are kept.
     */
    public void markDelivered(OutboxItem item, String portalId) {
        recorder.delivered(item, portalId);
    }

    /**
     * The portal answered that a record it needs is missing (409) though the outbox holds none of them unconfirmed:
     * counts an attempt (for backoff) and makes it due at {@code nextAttempt}, without making the wait the outbox's
     * "last error".
     */
    public void markWaiting(OutboxItem item, String reason, Instant nextAttempt) {
        markWaiting(item, reason, nextAttempt, List.of());
    }

    /**
     * As {@link #markWaiting(OutboxItem, String, Instant)}, noting that it waits for {@code missing} (records never
     * staged here that the portal lacks): the release step makes it due at once when they are delivered here.
     */
    public void markWaiting(OutboxItem item, String reason, Instant nextAttempt, List<RecordKey> missing) {
        recorder.waiting(item, reason, nextAttempt);
        if (!missing.isEmpty()) {
            waits.note(item, missing);
        }
    }

    /**
     * Puts a claimed item back as it was before the claim (pending, or retry with its due time and
     * attempts unchanged): the connection failed, not the record. No effect on newer content.
     */
    public void release(OutboxItem item) {
        recorder.release(item);
    }

    /**
     * Makes the records the filter selects pending again for the active target, with no attempts
     * and no reject reason (same content, same idempotency key); returns how many.
     */
    public int requeue(RequeueFilter filter) {
        return recorder.requeue(filter);
    }

    /** How many records {@link #requeue} would send again now with {@code filter} (the console's confirmation says it). */
    public int countRequeue(RequeueFilter filter) {
        return recorder.countRequeue(filter);
    }

    /**
     * Makes {@code target} the one whose delivery state the outbox works with. The same target:
     * nothing changes. Another: its state is put aside and the new target's restored, or every
     * record made pending for it. An outbox with no target yet (new, or upgraded from before
     * delivery state per target) gives the state it holds to this target.
     */
    public TargetUse useTarget(PortalTarget target) {
        return targets.use(target);
    }

    /** The target the outbox's delivery state belongs to, or empty before the first {@link #useTarget}. */
    public Optional<PortalTarget> activeTarget() {
        return targets.active();
    }

    /** The targets the outbox delivered to before, other than the active one, most recent delivery first. */
    public List<OtherTarget> otherTargets() {
        return targets.others();
    }

    /** Notes the connection fault that stopped a push pass to the active target (status shows it until a pass completes). */
    public void recordConnectionFault(String message) {
        targets.recordFault(message);
    }

    /** A push pass to the active target completed without a connection fault. */
    public void clearConnectionFault() {
        targets.clearFault();
    }

    /** The connection fault that stopped the last push pass, if it has not completed since. */
    public Optional<TargetFault> connectionFault() {
        return targets.fault();
    }

    /** The portal refused the item as data: it is not sent again until its content changes. No effect on newer content. */
    public void markRejected(OutboxItem item, String code, String reason) {
        recorder.rejected(item, code, reason);
    }

    /** A transient failure: counts an attempt and makes the item due again at {@code nextAttempt}. No effect on newer content. */
    public void markRetry(OutboxItem item, String error, Instant nextAttempt) {
        recorder.retry(item, error, nextAttempt, GiveUp.NEVER);
    }

    /**
     * As {@link #markRetry(OutboxItem, String, Instant)}, but parks the item instead when
     * {@code giveUp} says its run of failures has lasted long enough: it keeps its last error and is
     * never claimed until {@link #requeue} with {@link RequeueFilter#parked()}.
     *
     * @return {@link DeliveryState#RETRY}, {@link DeliveryState#PARKED}, or empty when the row holds newer content
     */
    public Optional<DeliveryState> markRetry(OutboxItem item, String error, Instant nextAttempt, GiveUp giveUp) {
        return Optional.ofNullable(recorder.retry(item, error, nextAttempt, giveUp));
    }

    /** The reject code of a record not sent because the portal rejected a record it needs (see {@link #markPrerequisiteRejected}). */
    public static final String PREREQUISITE_REJECTED = PrerequisiteWaits.PREREQUISITE_REJECTED;

    /**
     * Where each of {@code keys} stands for the active target, in the order given; keys the outbox never staged are
     * absent (the portal may hold them from elsewhere). One query per 500 keys.
     */
    public Map<RecordKey, PrerequisiteState> prerequisiteStates(List<RecordKey> keys) {
        return waits.states(keys);
    }

    /**
     * The claimed item needs {@code waitsFor} (staged here, not yet confirmed) on the portal first: it is HELD with
     * {@code code} and {@code reason} (status shows them), costing no attempt, until {@link #releaseWaiting} finds them
     * delivered. Returns false and only releases the old lease when the record was re-staged meanwhile.
     */
    public boolean markHeld(OutboxItem item, List<RecordKey> waitsFor, String code, String reason) {
        return waits.wait(item, DeliveryState.HELD, waitsFor, code, reason);
    }

    /**
     * The portal rejected a record the claimed item needs: the item is REJECTED with {@link #PREREQUISITE_REJECTED} and
     * {@code reason} (naming that record), and becomes pending again once {@code waitsFor} are all confirmed (a
     * rejected lot re-queued and delivered). Returns false when the record was re-staged meanwhile.
     */
    public boolean markPrerequisiteRejected(OutboxItem item, List<RecordKey> waitsFor, String reason) {
        return waits.wait(item, DeliveryState.REJECTED, waitsFor, PREREQUISITE_REJECTED, reason);
    }

    /**
     * Makes pending again the records of {@code kind} that wait for records now delivered: held ones once nothing they
     * wait for is on its way, rejected ones ({@link #PREREQUISITE_REJECTED}) once all are confirmed. Call before
     * claiming that kind; returns how many.
     */
    public int releaseWaiting(RecordKind kind) {
        return waits.release(kind);
    }

    /** What {@link #withdraw} did with one event. */
    public enum Withdrawal {
        /** Not sent, and never will be for this content: rejected with {@value #WITHDRAWN}. */
        WITHDRAWN,
        /** The portal has it already (or is being sent it now); the portal has no withdrawal. */
        ALREADY_SENT,
        /** The outbox has no event with that key. */
        UNKNOWN
    }

    /** The reject code of an event withdrawn by an EPCIS errorDeclaration before it was delivered. */
    public static final String WITHDRAWN = "WITHDRAWN";

    /**
     * Withdraws the events (EPCIS {@code errorDeclaration}, issue 21): one the portal has not confirmed and that is not
     * being sent is rejected with {@value #WITHDRAWN} and {@code reason}, so no push sends it; by key, what happened.
     */
    public Map<String, Withdrawal> withdraw(List<String> eventKeys, String reason) {
        return withdraw(eventKeys, reason, null);
    }

    /**
     * As {@link #withdraw(List, String)}; an event the portal has already is also remembered as declared in error by
     * {@code file} ({@link #declaredAfterDelivery}), for {@code status}.
     */
    public Map<String, Withdrawal> withdraw(List<String> eventKeys, String reason, String file) {
        Map<String, ErrorDeclaration> declarations = new java.util.LinkedHashMap<>();
        eventKeys.forEach(key -> declarations.put(key, null));
        return withdraw(declarations, reason, file);
    }

    /**
     * As {@link #withdraw(List, String, String)}, each event key with the {@code errorDeclaration} that withdraws it (or
     * null): an event the portal has already keeps its declaration, which the EPCIS written from it carries
     * ({@link StagedVersion#declaration()}).
     */
    public Map<String, Withdrawal> withdraw(Map<String, ErrorDeclaration> declarations, String reason, String file) {
        List<String> eventKeys = List.copyOf(declarations.keySet());
        Instant now = clock.instant();
        return transaction.inTransaction("withdraw " + eventKeys.size() + " events", connection -> {
            Map<String, Withdrawal> outcome = new java.util.LinkedHashMap<>();
            try (java.sql.PreparedStatement update = connection.prepareStatement("UPDATE outbox_record SET state = 'REJECTED',"
                    + " reject_code = ?, reject_reason = ?, claimed_until = NULL, next_attempt_at = NULL, updated_at = ?"
                    + " WHERE kind = 'EVENT' AND business_key = ? AND delivered_hash IS NULL AND state <> 'IN_FLIGHT'");
                 java.sql.PreparedStatement known = connection.prepareStatement(
                         "SELECT 1 FROM outbox_record WHERE kind = 'EVENT' AND business_key = ?")) {
                for (String key : eventKeys) {
                    update.setString(1, WITHDRAWN);
                    update.setString(2, reason);
                    SqlTime.set(update, 3, now);
                    update.setString(4, key);
                    if (update.executeUpdate() > 0) {
                        outcome.put(key, Withdrawal.WITHDRAWN);
                        continue;
                    }
                    known.setString(1, key);
                    try (java.sql.ResultSet row = known.executeQuery()) {
                        outcome.put(key, row.next() ? Withdrawal.ALREADY_SENT : Withdrawal.UNKNOWN);
                    }
                }
            }
            Map<String, ErrorDeclaration> sent = new java.util.LinkedHashMap<>();
            outcome.forEach((key, what) -> {
                if (what == Withdrawal.ALREADY_SENT) {
                    sent.put(key, declarations.get(key));
                }
            });
            status.declare(connection, sent, file == null ? "" : file, now);
            return outcome;
        });
    }

    /**
     * Asks the database one trivial query (the health check).
     *
     * @throws OutboxException when the database does not answer
     */
    public void ping() {
        transaction.read("ping the outbox database", connection -> {
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute("SELECT 1");
            }
            return null;
        });
    }

    /** Rows per state; every state is present, zero when empty. */
    public Map<DeliveryState, Long> counts() {
        return status.counts();
    }

    /** Rows per kind and state, kinds in the order they reach the portal; every kind and state is present, zero when empty. */
    public Map<RecordKind, Map<DeliveryState, Long>> countsByKind() {
        return status.countsByKind();
    }

    /**
     * The events an EPCIS errorDeclaration withdrew after the portal had them (the portal has no withdrawal), latest
     * first, at most {@code limit}.
     */
    public List<DeclaredInError> declaredAfterDelivery(int limit) {
        return status.declaredAfterDelivery(limit);
    }

    /** When the portal last confirmed a record. */
    public Optional<Instant> lastDeliveryAt() {
        return status.lastDeliveryAt();
    }

    /**
     * The most recent error: a transient one recorded by {@link #markRetry}, or the connection
     * fault that stopped the last pass when it came later.
     */
    public Optional<String> lastError() {
        Optional<TargetFault> fault = targets.fault();
        Optional<OutboxStatus.TimedError> record = status.lastError();
        if (fault.isPresent() && (record.isEmpty() || !fault.get().at().isBefore(record.get().at()))) {
            return Optional.of(fault.get().message());
        }
        return record.map(OutboxStatus.TimedError::message);
    }

    /** Up to {@code limit} rows in {@code state}: products, lots, locations, then events (the order they reach the portal), each oldest first. */
    public List<OutboxRow> list(DeliveryState state, int limit) {
        return status.list(state, limit);
    }

    /**
     * Whether the portal has confirmed some content of this record (the current one or an
     * earlier one): a lot can be sent once this holds for its product.
     */
    public boolean isDelivered(RecordKind kind, String businessKey) {
        return status.isDelivered(kind, businessKey);
    }

    /** The content last staged for the key, or empty when the outbox has never staged it. */
    public Optional<TraceRecord> staged(RecordKind kind, String businessKey) {
        return status.staged(kind, businessKey);
    }

    /** The content last staged for the key with its state (one read), or empty when the outbox has never staged it. */
    public Optional<StagedContent> stagedContent(RecordKind kind, String businessKey) {
        return Optional.ofNullable(stagedContents(kind, List.of(businessKey)).get(businessKey));
    }

    /**
     * The content last staged for each key the outbox holds, with its state, by key (keys never staged
     * are absent): a few statements for any number of keys, what a file's field merge reads per chunk.
     */
    public Map<String, StagedContent> stagedContents(RecordKind kind, List<String> businessKeys) {
        return stager.stagedContents(kind, businessKeys);
    }

    /**
     * Hands {@code action} every record of {@code kind} the outbox holds (pending, delivered, rejected, held alike), in
     * business-key order, reading {@code pageSize} rows per query: memory stays flat whatever the outbox holds. Returns how
     * many were handed. A record staged during the walk is seen when its key sorts after the page being read.
     *
     * @throws OutboxException when the database fails or a stored payload is not a record
     */
    public long forEachStaged(RecordKind kind, int pageSize, Consumer<StagedVersion> action) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size " + pageSize + " is not positive");
        }
        long handed = 0;
        String afterKey = null;
        while (true) {
            List<StagedVersion> page = status.stagedPage(kind, afterKey, pageSize);
            for (StagedVersion version : page) {
                action.accept(version);
            }
            handed += page.size();
            if (page.size() < pageSize) {
                return handed;
            }
            afterKey = page.get(page.size() - 1).record().businessKey();
        }
    }

    /**
     * The delivery state at the EPCIS repository {@code repositoryId} (a hash of its capture URL), apart from the
     * portal's: see {@link CaptureLedger}.
     */
    public CaptureLedger captureLedger(String repositoryId) {
        return new CaptureLedger(transaction, clock, repositoryId);
    }

    /** The record's delivery state, or empty when the outbox has never staged it. */
    public Optional<DeliveryState> state(RecordKind kind, String businessKey) {
        return status.state(kind, businessKey);
    }

    /**
     * Writes every committed change to disk. Call it after staging a file and before moving the
     * file away: H2 writes commits in the background within its write delay (500 ms), and a
     * process killed in that window would lose records whose file is already gone. No-op on
     * PostgreSQL, whose commits are durable.
     */
    public void flush() {
        if (dialect == SqlDialect.H2) {
            transaction.read("flush to disk", connection -> {
                try (java.sql.Statement statement = connection.createStatement()) {
                    statement.execute("CHECKPOINT");
                }
                return null;
            });
        }
    }

    private static void migrate(DataSource dataSource) {
        // on PostgreSQL (several nodes) the push schedule lives in the database too: Quartz's clustered job store
        String[] locations = dialectOf(dataSource) == SqlDialect.POSTGRESQL
                ? new String[] {"classpath:db/migration", "classpath:db/quartz"} : new String[] {"classpath:db/migration"};
        try {
            // V10 is Java: it decodes the events staged before it to write down the lots they name
            Flyway.configure().dataSource(dataSource).locations(locations).javaMigrations(new V10__RecordSourcesAndEventLots())
                    .load().migrate();
        } catch (FlywayException e) {
            throw new OutboxException("outbox schema migration failed: " + e.getMessage(), e);
        }
    }

    private static SqlDialect dialectOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return SqlDialect.of(connection);
        } catch (SQLException e) {
            throw new OutboxException("outbox could not connect to its database: " + e.getMessage(), e);
        }
    }
}
