package vn.txng.adapter.app;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGSimpleDataSource;

/** The outbox database: H2 in a file under the data folder unless {@code txng.db.url} names another. */
final class Databases {

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

    static DataSource dataSource(Settings settings) {
        String url = url(settings);
        String user = settings.get("txng.db.user");
        String password = settings.get("txng.db.password");
        if (url.startsWith("jdbc:h2:")) {
            JdbcConnectionPool pool = JdbcConnectionPool.create(url, user, password);
            // every portal sender may hold a connection while the ingest route stages
            pool.setMaxConnections(settings.integer("txng.portal.max-concurrency") + 4);
            return pool;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url);
            pg.setUser(user);
            pg.setPassword(password);
            return pg;
        }
        throw new IllegalArgumentException("txng.db.url must be a jdbc:h2: or jdbc:postgresql: URL");
    }

    static void close(DataSource dataSource) {
        if (dataSource instanceof JdbcConnectionPool pool) {
            pool.dispose();
        }
    }
}
