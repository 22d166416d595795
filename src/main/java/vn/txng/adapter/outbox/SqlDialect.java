package vn.txng.adapter.outbox;

import java.sql.Connection;
import java.sql.SQLException;

/** The databases the outbox runs on, told apart by the JDBC metadata. */
enum SqlDialect {
    H2(""),
    // several adapter instances claim from one table: a row locked by one is skipped by the others
    POSTGRESQL(" FOR UPDATE SKIP LOCKED");

    private final String claimLock;

    SqlDialect(String claimLock) {
        this.claimLock = claimLock;
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
