package vn.txng.adapter.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A kill during staging, with the outbox on a real PostgreSQL server (embedded binaries). */
class PostgresStagingCrashTest extends StagingCrashTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    /** An eighth of the file committed, as another session sees it. */
    @Override
    boolean stagingUnderWay() {
        return stagedRows() >= 2_500;
    }

    @Override
    AdapterFixture onDatabase(AdapterFixture fixture) throws Exception {
        return fixture.with("txng.db.url", PostgresHeldProductsTest.newDatabase(postgres)).with("txng.db.user", "postgres")
                .with("txng.db.password", "postgres");
    }
}
