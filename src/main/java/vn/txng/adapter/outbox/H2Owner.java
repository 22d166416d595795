package vn.txng.adapter.outbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which process opened the embedded H2 outbox, and repair after one that died holding it.
 *
 * <p>H2 2.4 rolls back, when it next opens the file, the transaction a killed process left open; seen in
 * StagingCrashTest (a {@code run} killed with SIGKILL mid-chunk), that rollback can leave outbox_record's
 * secondary indexes and its rows apart: a key still indexed whose row is gone ("Row not found in primary
 * index", the next staging of that file fails) or a row whose key is no longer indexed (the next staging
 * inserts the record a second time); and its identity can restart below ids already used ("primary key
 * violation"). So the process that opens the file after such a death rebuilds those indexes from the rows
 * and restarts the identity after the highest id, before anything reads them: a few seconds per million
 * rows, only after a crash.
 *
 * <p>The file {@code <data>/db/txng.owner} holds the process id of the process that opened the database
 * (the one other processes reach through H2's AUTO_SERVER); it is removed when that process closes the
 * database. Found at start with the id of a process no longer alive: that process died holding it. Only
 * for the default H2 file under the data folder; an explicit {@code txng.db.url} is left alone.
 */
public final class H2Owner {

    private static final Logger LOG = LoggerFactory.getLogger(H2Owner.class);
    // the staging table's secondary indexes, as V1 made them; the primary key is the rows themselves
    private static final List<String> REBUILD = List.of(
            "ALTER TABLE outbox_record DROP CONSTRAINT uq_outbox_record_key",
            "ALTER TABLE outbox_record ADD CONSTRAINT uq_outbox_record_key UNIQUE (business_key, kind)",
            "DROP INDEX ix_outbox_record_claim",
            "CREATE INDEX ix_outbox_record_claim ON outbox_record (kind, state, id)");

    private final Path marker;
    private final long self = ProcessHandle.current().pid();
    private OptionalLong diedHolding = OptionalLong.empty();
    private boolean owner;

    private H2Owner(Path marker) {
        this.marker = marker;
    }

    /** For the default H2 file under the data folder: the marker {@code <dataDir>/db/txng.owner}. */
    public static H2Owner of(Path dataDir) {
        return new H2Owner(dataDir.resolve("db").resolve("txng.owner"));
    }

    /** Before the database is opened: whether this process will own it, and whether the last owner died holding it. */
    public H2Owner beforeOpen() {
        OptionalLong holder = holder();
        if (holder.isPresent() && holder.getAsLong() != self && ProcessHandle.of(holder.getAsLong()).map(ProcessHandle::isAlive).orElse(false)) {
            // a running adapter serves the file; this process reaches it through AUTO_SERVER
            return this;
        }
        diedHolding = holder.isPresent() && holder.getAsLong() != self ? holder : OptionalLong.empty();
        owner = true;
        return this;
    }

    /**
     * After the database is opened and migrated: rebuilds outbox_record's indexes if the last owner died
     * holding the file, then records this process as the owner. Returns whether it rebuilt them. Throws
     * IllegalStateException when a rebuild fails (e.g. the rows already hold a key twice), naming the
     * statement and H2's message.
     */
    public boolean afterOpen(DataSource dataSource) {
        if (!owner) {
            return false;
        }
        if (diedHolding.isPresent()) {
            rebuild(dataSource);
        }
        try {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, Long.toString(self), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            LOG.warn("cannot write {} ({}); a crash of this process would not be detected at the next start", marker, e.getMessage());
        }
        return diedHolding.isPresent();
    }

    /** After this process closed its pool: if the marker names it, it no longer holds the database. */
    public void closed() {
        if (holder().equals(OptionalLong.of(self))) {
            try {
                Files.deleteIfExists(marker);
            } catch (IOException e) {
                LOG.warn("cannot remove {}: {}", marker, e.getMessage());
            }
        }
    }

    private void rebuild(DataSource dataSource) {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : REBUILD) {
                run(statement, sql);
            }
            long next;
            try (ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM outbox_record")) {
                rows.next();
                next = rows.getLong(1);
            }
            run(statement, "ALTER TABLE outbox_record ALTER COLUMN id RESTART WITH " + next);
        } catch (SQLException e) {
            throw new IllegalStateException("rebuilding the outbox database's indexes failed: " + e.getMessage(), e);
        }
        LOG.warn("the outbox database was left open by process {}, which stopped without closing it (killed, or the machine"
                + " went down); its indexes were rebuilt from its rows, its identity restarted after the highest id, in {} ms", diedHolding.getAsLong(), (System.nanoTime() - started) / 1_000_000);
    }

    private void run(Statement statement, String sql) {
        try {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("the outbox database was left open by process " + diedHolding.getAsLong()
                    + ", which stopped without closing it; rebuilding its indexes failed at \"" + sql + "\": " + e.getMessage(), e);
        }
    }

    private OptionalLong holder() {
        try {
            String text = Files.readString(marker, StandardCharsets.US_ASCII).trim();
            return OptionalLong.of(Long.parseLong(text));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
