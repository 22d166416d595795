package vn.txng.adapter.app;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import vn.txng.adapter.outbox.H2Owner;
import vn.txng.adapter.outbox.Outbox;

/**
 * The outbox database: H2 in a file under the data folder unless {@code txng.db.url} names another,
 * behind one HikariCP pool that ingest, push and status share (a PostgreSQL login costs a SCRAM
 * handshake, so a connection is never opened per statement).
 */
public final class Databases {

    /** The pool's name in its log lines and thread names. */
    static final String POOL_NAME = "txng-outbox";
    // every portal sender may hold a connection while the ingest route stages and status reads
    private static final int BEYOND_PORTAL_SENDERS = 4;

    private Databases() {
    }

    static String url(Settings settings) {
        if (settings.isSet("txng.db.url")) {
            return settings.get("txng.db.url");
        }
        Path file = settings.dataDir().resolve("db").resolve("txng");
        // AUTO_SERVER: `status` or `push` from a second process while `run` holds the file (on loopback).
        // H2 forbids it with DB_CLOSE_ON_EXIT=FALSE: a delivery not marked before H2's own shutdown hook
        // stays in flight and is sent again after its lease, with the same Idempotency-Key.
        return "jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE";
    }

    /** The database's URL for logs and health details: without its options, where credentials may be given. */
    static String displayUrl(Settings settings) {
        return url(settings).replaceAll("[;?].*", "");
    }

    /** True when the outbox is on PostgreSQL, where several nodes may share it. */
    public static boolean isPostgres(Settings settings) {
        return url(settings).startsWith("jdbc:postgresql:");
    }

    /**
     * A pool of at most {@code txng.db.pool.max-size} connections (default: portal senders + 4), keeping
     * {@code txng.db.pool.min-idle} open; a caller waits {@code txng.db.pool.connection-timeout} for one.
     * Throws IllegalArgumentException for a URL that is neither H2 nor PostgreSQL.
     */
    public static HikariDataSource dataSource(Settings settings) {
        String url = url(settings);
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("txng.db.url must be a jdbc:h2: or jdbc:postgresql: URL");
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName(POOL_NAME);
        config.setJdbcUrl(url);
        config.setUsername(settings.get("txng.db.user"));
        config.setPassword(settings.get("txng.db.password"));
        int maxSize = maxSize(settings);
        config.setMaximumPoolSize(maxSize);
        config.setMinimumIdle(Math.min(maxSize, settings.integer("txng.db.pool.min-idle")));
        config.setConnectionTimeout(settings.duration("txng.db.pool.connection-timeout").toMillis());
        return new HikariDataSource(config);
    }

    static int maxSize(Settings settings) {
        if (settings.isSet("txng.db.pool.max-size")) {
            int size = settings.integer("txng.db.pool.max-size");
            if (size < 2) {
                // staging and the push each hold one while a file is read during a pass
                throw new IllegalArgumentException("txng.db.pool.max-size must be at least 2, not " + size);
            }
            return size;
        }
        return settings.integer("txng.portal.max-concurrency") + BEYOND_PORTAL_SENDERS;
    }

    static void close(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource pool) {
            // closing the last connection of an H2 file database closes the database
            pool.close();
        }
    }

    /** The owner marker of the default H2 file; null when {@code txng.db.url} names the database (nothing to track). */
    static H2Owner h2Owner(Settings settings) {
        return settings.isSet("txng.db.url") ? null : H2Owner.of(settings.dataDir());
    }

    /**
     * The outbox on the pool, migrated; on the default H2 file, its indexes rebuilt first when the process
     * that last opened it died holding it ({@link H2Owner}).
     */
    public static Outbox openOutbox(Settings settings, DataSource dataSource) {
        H2Owner owner = h2Owner(settings);
        if (owner != null) {
            owner.beforeOpen();
        }
        Outbox outbox = Outbox.open(dataSource);
        if (owner != null) {
            owner.afterOpen(dataSource);
        }
        return outbox;
    }

    /** Closes the pool (an H2 file database closes with its last connection) and gives up ownership of the H2 file. */
    public static void close(Settings settings, DataSource dataSource) {
        close(dataSource);
        H2Owner owner = h2Owner(settings);
        if (owner != null) {
            owner.closed();
        }
    }
}
