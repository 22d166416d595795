package vn.txng.adapter.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox on the embedded default: a real H2 file database in a fresh folder per test. */
class H2OutboxTest extends OutboxContract {

    @TempDir
    Path dataDir;

    @TempDir
    Path otherDataDir;

    private JdbcConnectionPool pool;
    private JdbcConnectionPool otherPool;

    @Override
    DataSource dataSource() {
        if (pool == null) {
            pool = OutboxDataSources.h2(dataDir);
        }
        return pool;
    }

    @Override
    DataSource emptyDatabase() {
        otherPool = OutboxDataSources.h2(otherDataDir);
        return otherPool;
    }

    /** Locations, events and waits, on this test's H2 file database. */
    @Nested
    class Waits extends OutboxWaitContract {
        @Override
        DataSource dataSource() {
            return H2OutboxTest.this.dataSource();
        }
    }

    @AfterEach
    void closeDatabase() {
        pool.dispose();
        if (otherPool != null) {
            otherPool.dispose();
        }
    }

    @Test
    void should_keep_staged_records_when_the_database_is_closed_and_opened_again() {
        outbox.stage(List.of(TestRecords.lot("L1")));
        pool.dispose();
        pool = OutboxDataSources.h2(dataDir);

        StageResult again = Outbox.open(pool).stage(List.of(TestRecords.lot("L1")));

        assertThat(again.outcomes()).containsExactly(StageOutcome.UNCHANGED);
    }

    @Test
    void should_keep_flushed_records_after_the_process_stops_without_closing_the_database() {
        outbox.stage(List.of(TestRecords.lot("L1")));
        outbox.flush();
        // what a killed process leaves: the file as written so far, never closed
        try (java.sql.Connection connection = pool.getConnection();
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN IMMEDIATELY");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        pool.dispose();
        pool = OutboxDataSources.h2(dataDir);

        assertThat(Outbox.open(pool).counts()).containsEntry(DeliveryState.PENDING, 1L);
    }

    @Test
    void should_create_the_database_file_under_the_data_folder() {
        assertThat(dataDir.resolve("txng.mv.db")).exists();
    }
}
