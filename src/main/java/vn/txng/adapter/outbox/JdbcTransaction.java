package vn.txng.adapter.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Runs outbox work on one connection: in one transaction, or as a plain read. */
final class JdbcTransaction {

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    JdbcTransaction(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code work} in one transaction; anything thrown rolls it back. {@code what} names the operation in errors. */
    <T> T inTransaction(String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            boolean committed = false;
            try {
                T result = work.run(connection);
                connection.commit();
                committed = true;
                return result;
            } finally {
                if (!committed) {
                    connection.rollback();
                }
                // pooled connections go back as they came
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new OutboxException("outbox could not " + what + ": " + e.getMessage(), e);
        }
    }

    /** Runs a read on a connection as the pool gives it. */
    <T> T read(String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new OutboxException("outbox could not " + what + ": " + e.getMessage(), e);
        }
    }
}
