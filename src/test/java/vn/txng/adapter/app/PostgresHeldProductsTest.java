package vn.txng.adapter.app;

/**
 * The held-product behaviour, the race of two ingests of one GTIN included, with the outbox on a
 * real PostgreSQL server (embedded binaries, one database per test) behind the adapter's pool.
 */
class PostgresHeldProductsTest extends HeldProductsTest {

    @Override
    AdapterFixture onDatabase(AdapterFixture fixture) throws Exception {
        return TestPostgres.onNewDatabase(fixture);
    }
}
