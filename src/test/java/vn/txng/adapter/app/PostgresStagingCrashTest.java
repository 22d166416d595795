package vn.txng.adapter.app;

/** A kill during staging, with the outbox on a real PostgreSQL server (embedded binaries). */
class PostgresStagingCrashTest extends StagingCrashTest {

    /** An eighth of the file committed, as another session sees it. */
    @Override
    boolean stagingUnderWay() {
        return stagedRows() >= 1_250;
    }

    @Override
    AdapterFixture onDatabase(AdapterFixture fixture) throws Exception {
        return TestPostgres.onNewDatabase(fixture);
    }
}
