package vn.txng.adapter.source;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.MDC.MDCCloseable;

/**
 * The files one source has claimed and processed, in the outbox database (table {@code source_file},
 * Flyway V4 and V6), shared by every node on that database: the source endpoint's eager idempotent
 * repository. A file's key (path, size, modification time) is claimed by one node when it is listed
 * ({@link #add}: a row with the node's name and a lease), confirmed when its records are staged
 * ({@link #confirm}), and released when its exchange fails ({@link #remove}). Another node skips a
 * file claimed and not expired; a claim whose lease ran out (its node died mid-file) is taken over,
 * and the node that claimed a file may claim it again (a download broken off, a read lock not
 * obtained, or the same node restarted). Camel's JDBC repository has no lease, hence this one.
 * Times are stored in UTC.
 */
public final class ProcessedFiles extends ServiceSupport implements IdempotentRepository {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessedFiles.class);
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final String sourceId;
    private final String node;
    private final Duration lease;
    private final Clock clock;
    /** When this node last extended each claim it holds (the first claim counts as one). */
    private final Map<String, Instant> renewed = new ConcurrentHashMap<>();
    /** The files this process claimed and has not confirmed: true once its route began to read it (see {@link #unconfirmed}). */
    private final Map<String, Boolean> unconfirmed = new ConcurrentHashMap<>();
    /** The key of each file name in {@link #unconfirmed}, so that a newer size or time of the file replaces its older one. */
    private final Map<String, String> unconfirmedByName = new ConcurrentHashMap<>();

    /** {@code node}: this node's name, the claims' owner; {@code lease}: how long another node respects a claim. */
    public ProcessedFiles(DataSource dataSource, String sourceId, String node, Duration lease, Clock clock) {
        this.dataSource = dataSource;
        this.sourceId = sourceId;
        this.node = node;
        this.lease = lease;
        this.clock = clock;
    }

    /** Claims the file for this node: false when it was processed, or another node holds a claim not expired. */
    @Override
    public boolean add(String key) {
        LocalDateTime now = now();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT processed_at, claimed_by, claimed_until FROM source_file WHERE source_id = ? AND file_key = ?")) {
                select.setString(1, sourceId);
                select.setString(2, key);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return claimed(key, insertClaim(connection, key, now));
                    }
                    if (row.getObject(1) != null) {
                        return false;
                    }
                    String owner = row.getString(2);
                    LocalDateTime until = row.getObject(3, LocalDateTime.class);
                    boolean expired = until == null || until.isBefore(now);
                    if (!node.equals(owner) && !expired) {
                        LOG.debug("source {}: {} is being read by node {} (claimed until {} UTC)", sourceId, key, owner, until);
                        return false;
                    }
                    boolean taken = takeOver(connection, key, owner, until, now);
                    if (taken && owner != null && !node.equals(owner)) {
                        try (MDCCloseable source = MDC.putCloseable("source", sourceId)) {
                            LOG.warn("source {}: {} was claimed by node {} until {} UTC, which did not finish it; node {} reads it now",
                                    sourceId, key, owner, until, node);
                        }
                    }
                    return claimed(key, taken);
                }
            }
        } catch (SQLException e) {
            throw new ProcessedFilesException("source " + sourceId + ": cannot claim " + key + ": " + e.getMessage(), e);
        }
    }

    private boolean claimed(String key, boolean claimed) {
        if (claimed) {
            renewed.put(key, clock.instant());
            // a newer size or time of the same file supersedes the one left unread (a file growing over many polls)
            String older = unconfirmedByName.put(SourceBook.fileName(key), key);
            if (older != null && !older.equals(key)) {
                unconfirmed.remove(older);
            }
            unconfirmed.put(key, false);
        }
        return claimed;
    }

    private boolean insertClaim(Connection connection, String key, LocalDateTime now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO source_file (source_id, file_key, claimed_by, claimed_until) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, sourceId);
            insert.setString(2, key);
            insert.setString(3, node);
            insert.setObject(4, now.plus(lease));
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                // another node listed the same file a moment earlier: its claim
                return false;
            }
            throw e;
        }
    }

    /**
     * Renews the claim read ({@code owner}, {@code until}, either may be NULL: a row without a claim) for
     * this node, unless another node changed it meanwhile.
     */
    private boolean takeOver(Connection connection, String key, String owner, LocalDateTime until, LocalDateTime now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE source_file SET claimed_by = ?, claimed_until = ?"
                + " WHERE source_id = ? AND file_key = ? AND processed_at IS NULL"
                + " AND claimed_by IS NOT DISTINCT FROM ? AND claimed_until IS NOT DISTINCT FROM ?")) {
            update.setString(1, node);
            update.setObject(2, now.plus(lease));
            update.setString(3, sourceId);
            update.setString(4, key);
            update.setString(5, owner);
            update.setObject(6, until);
            return update.executeUpdate() == 1;
        }
    }

    /**
     * Route step before a file is read: extends this node's claim to a full lease from now.
     *
     * @throws ClaimLostException when this node no longer holds the claim (its lease ran out while the
     *         file waited, and another node took it over or processed it): one WARN naming the source
     *         and the file; the caller leaves the file to that node
     */
    public void hold(String key) {
        Instant now = clock.instant();
        if (write("UPDATE source_file SET claimed_until = ? WHERE source_id = ? AND file_key = ? AND claimed_by = ? AND processed_at IS NULL",
                now().plus(lease), sourceId, key, node) == 0) {
            renewed.remove(key);
            // another node reads it: not this process's to report
            forgetUnconfirmed(key);
            String owner = owner(key);
            try (MDCCloseable source = MDC.putCloseable("source", sourceId)) {
                LOG.warn("source {}: {} is no longer claimed by node {} ({}); node {} leaves it", sourceId, key, node, owner, node);
            }
            throw new ClaimLostException("source " + sourceId + ": " + key + " is no longer claimed by node " + node + " (" + owner + ")");
        }
        renewed.put(key, now);
        unconfirmed.computeIfPresent(key, (k, begun) -> true);
    }

    /**
     * Route step while a file is staged (after each chunk): {@link #hold} at most once a third of a
     * lease, so that a file longer to stage than the lease is not taken over by another node while
     * this one is alive.
     *
     * @throws ClaimLostException as {@link #hold}
     */
    public void renew(String key) {
        Instant last = renewed.get(key);
        if (last == null || Duration.between(last, clock.instant()).compareTo(lease.dividedBy(3)) >= 0) {
            hold(key);
        }
    }

    /** Who holds the file now, in words, for the WARN of a lost claim. */
    private String owner(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT processed_at, claimed_by FROM source_file WHERE source_id = ? AND file_key = ?")) {
            select.setString(1, sourceId);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return "released";
                }
                return row.getObject(1) != null ? "processed by node " + row.getString(2) : "claimed by node " + row.getString(2);
            }
        } catch (SQLException e) {
            throw new ProcessedFilesException("source " + sourceId + ": cannot read the claim on " + key + ": " + e.getMessage(), e);
        }
    }

    /** The file's records are staged: it is processed, for every node, for good. */
    @Override
    public boolean confirm(String key) {
        renewed.remove(key);
        forgetUnconfirmed(key);
        return write("UPDATE source_file SET processed_at = ?, claimed_until = NULL WHERE source_id = ? AND file_key = ?",
                now(), sourceId, key) == 1;
    }

    /**
     * An HTTP export's body is processed and is now the export's latest: the bodies processed before it
     * are forgotten, so that an export returning to one of them is read again.
     */
    public void confirmLatest(String key) {
        confirm(key);
        write("DELETE FROM source_file WHERE source_id = ? AND file_key <> ? AND processed_at IS NOT NULL", sourceId, key);
    }

    /** True when the file (or body) was processed. */
    public boolean isProcessed(String key) {
        return exists("SELECT COUNT(*) FROM source_file WHERE source_id = ? AND file_key = ? AND processed_at IS NOT NULL", sourceId, key);
    }

    /** Its exchange failed: this node's claim is released, so the next poll (of any node) reads the file again. */
    @Override
    public boolean remove(String key) {
        renewed.remove(key);
        return write("DELETE FROM source_file WHERE source_id = ? AND file_key = ? AND processed_at IS NULL AND claimed_by = ?",
                sourceId, key, node) == 1;
    }

    private void forgetUnconfirmed(String key) {
        unconfirmed.remove(key);
        unconfirmedByName.remove(SourceBook.fileName(key), key);
    }

    /**
     * The files this process claimed since it started and did not confirm, by key, each with true when
     * its route began to read it ({@link #hold}: then its staging failed) and false when it never did
     * (its read lock gave up, its download failed, or the consumer stopped before it). Camel releases
     * ({@link #remove}) both alike, hence this record. A file another node took over is not among them.
     */
    public Map<String, Boolean> unconfirmed() {
        return Map.copyOf(unconfirmed);
    }

    /** True when the file was processed, or another node holds a claim on it not expired. */
    @Override
    public boolean contains(String key) {
        return exists("SELECT COUNT(*) FROM source_file WHERE source_id = ? AND file_key = ?"
                + " AND (processed_at IS NOT NULL OR (claimed_by <> ? AND claimed_until >= ?))", sourceId, key, node, now());
    }

    private boolean exists(String countSql, Object... values) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(countSql)) {
            for (int i = 0; i < values.length; i++) {
                select.setObject(i + 1, values[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1) > 0;
            }
        } catch (SQLException e) {
            throw new ProcessedFilesException("source " + sourceId + ": cannot read the files processed: " + e.getMessage(), e);
        }
    }

    @Override
    public void clear() {
        write("DELETE FROM source_file WHERE source_id = ?", sourceId);
    }

    private int write(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new ProcessedFilesException("source " + sourceId + ": cannot record a file: " + e.getMessage(), e);
        }
    }

    // whole milliseconds, which both databases keep exactly: a claim read back compares equal to the one written
    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }
}
