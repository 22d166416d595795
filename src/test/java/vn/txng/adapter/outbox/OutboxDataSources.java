package vn.txng.adapter.outbox;

import java.nio.file.Path;
import org.h2.jdbcx.JdbcConnectionPool;

/** For the outbox tests and the staging bench: an H2 file database under a folder, with H2's own pool (the adapter uses {@code app.Databases}). */
public final class OutboxDataSources {

    /** Connections kept by the pool; a push with {@code max-concurrency} 8 plus ingest and status fit. */
    public static final int H2_MAX_CONNECTIONS = 16;

    private OutboxDataSources() {
    }

    /**
     * A pooled H2 file database at {@code dataDir/txng.mv.db}, created on first use. Call
     * {@link JdbcConnectionPool#dispose()} at shutdown: closing the last connection closes the
     * database cleanly.
     */
    public static JdbcConnectionPool h2(Path dataDir) {
        return JdbcConnectionPool.create(h2Url(dataDir), "sa", "");
    }

    /**
     * The H2 URL for {@code dataDir}. {@code DB_CLOSE_ON_EXIT=FALSE}: the application, not H2's
     * shutdown hook, closes the database, so a graceful shutdown can still record the last
     * deliveries. H2's default write delay (500 ms) is kept: {@code WRITE_DELAY=0} measured two to
     * three times slower staging and a file four times larger; {@link Outbox#flush()} makes a
     * file's records durable before the file is moved away.
     */
    public static String h2Url(Path dataDir) {
        Path file = dataDir.toAbsolutePath().resolve("txng");
        return "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE";
    }
}
