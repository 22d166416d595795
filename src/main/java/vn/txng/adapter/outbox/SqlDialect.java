package vn.txng.adapter.outbox;

import java.sql.Connection;
import java.sql.SQLException;

/** The databases the outbox runs on, told apart by the JDBC metadata. */
enum SqlDialect {
    H2("", null, null, false, false),
    // several adapter instances claim from one table: a row locked by one is skipped by the others.
    // Staging's key lookups are keyed probes whatever the statistics say: on a table not analysed yet
    // (the first big file into a new outbox) PostgreSQL guessed a sequential scan per lookup of 100 keys,
    // 33 ms each at 180,000 rows and growing; SET LOCAL lasts until the staging transaction ends.
    // a switch of the portal target by one instance waits for (and is seen by) another starting at once
    // a chunk's new rows go in by COPY (CopyRows), not as a batch of INSERTs.
    // a chunk's keys go in one array parameter (= ANY): one statement per chunk. Planned for its keys each
    // time: on a pooled connection the driver prepares it on the server after 5 runs, and PostgreSQL's
    // generic plan for it made an all-unchanged file 2.4x slower (29.1 s against 12.3 s for 200,000 lots).
    POSTGRESQL(" FOR UPDATE SKIP LOCKED", "SET LOCAL enable_seqscan = off; SET LOCAL plan_cache_mode = force_custom_plan", "LOCK TABLE outbox_target IN SHARE ROW EXCLUSIVE MODE", true, true);

    private final String claimLock;
    private final String stagingSetup;
    private final String targetLock;
    private final boolean keyArrays;
    private final boolean copyIn;

    SqlDialect(String claimLock, String stagingSetup, String targetLock, boolean keyArrays, boolean copyIn) {
        this.claimLock = claimLock;
        this.stagingSetup = stagingSetup;
        this.targetLock = targetLock;
        this.keyArrays = keyArrays;
        this.copyIn = copyIn;
    }

    /** Whether staging writes a chunk's new rows with {@code COPY ... FROM STDIN} (see {@link CopyRows}). */
    boolean copyIn() {
        return copyIn;
    }

    /** Whether key lookups take all their keys as one array parameter ({@code = ANY(?)}) rather than an IN list. */
    boolean keyArrays() {
        return keyArrays;
    }

    /** The statement that starts a switch of the portal target, or null (an H2 file belongs to one process). */
    String targetLock() {
        return targetLock;
    }

    /** The statement that starts a staging transaction, or null. */
    String stagingSetup() {
        return stagingSetup;
    }

    /** The clause that ends a claim SELECT. */
    String claimLock() {
        return claimLock;
    }

    static SqlDialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        if ("H2".equalsIgnoreCase(product)) {
            return H2;
        }
        if ("PostgreSQL".equalsIgnoreCase(product)) {
            return POSTGRESQL;
        }
        throw new OutboxException("the outbox runs on H2 or PostgreSQL, not on " + product);
    }
}
