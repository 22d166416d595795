package vn.txng.adapter.console;

/** The console's pages on the default H2 outbox. */
class H2ConsolePagesTest extends ConsolePagesContract {

    @Override
    boolean postgres() {
        return false;
    }
}
