package vn.txng.adapter.app;

/** The journey's delivery in the order of calls, with the outbox on a real PostgreSQL server (embedded binaries, one database per test). */
class PostgresEventDeliveryTest extends EventDeliveryTest {

    @Override
    AdapterFixture onDatabase(AdapterFixture fixture) throws Exception {
        return TestPostgres.onNewDatabase(fixture);
    }
}
