package vn.txng.adapter.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The held-product behaviour, the race of two ingests of one GTIN included, with the outbox on a
 * real PostgreSQL server (embedded binaries, one database per test) behind the adapter's pool.
 */
class PostgresHeldProductsTest extends HeldProductsTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Override
    AdapterFixture onDatabase(AdapterFixture fixture) throws Exception {
        return fixture.with("txng.db.url", newDatabase(postgres)).with("txng.db.user", "postgres").with("txng.db.password", "postgres");
    }

    /** A database of its own on the server, so that no test sees another's outbox; its JDBC URL. */
    static String newDatabase(EmbeddedPostgres server) throws Exception {
        String name = "txng_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = server.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + name;
    }
}
