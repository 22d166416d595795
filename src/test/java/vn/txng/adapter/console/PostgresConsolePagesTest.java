package vn.txng.adapter.console;

/** The console's pages on a PostgreSQL outbox (embedded server). */
class PostgresConsolePagesTest extends ConsolePagesContract {

    @Override
    boolean postgres() {
        return true;
    }
}
