package vn.txng.adapter.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * One real PostgreSQL server (embedded binaries) for the adapter tests that run on PostgreSQL,
 * started on first use and stopped when the test JVM exits; each test gets a database of its own.
 */
final class TestPostgres {

    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** The fixture with its outbox in a new, empty database on the shared server. */
    static AdapterFixture onNewDatabase(AdapterFixture fixture) throws SQLException {
        return fixture.with("txng.db.url", newDatabase()).with("txng.db.user", "postgres").with("txng.db.password", "postgres");
    }

    /** Creates a database of its own on the server, so that no test sees another's outbox; its JDBC URL. */
    static synchronized String newDatabase() throws SQLException {
        if (server == null) {
            try {
                server = EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is exiting; the server's own folder is temporary
                }
            }));
        }
        String name = "txng_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = server.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + name;
    }
}
