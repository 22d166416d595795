package vn.txng.adapter.app;

/** {@link JourneyTest} with the outbox on a real PostgreSQL server (embedded binaries, one database per test). */
class PostgresJourneyTest extends JourneyTest {

    @Override
    AdapterFixture onDatabase(AdapterFixture fixture) throws Exception {
        return TestPostgres.onNewDatabase(fixture);
    }
}
