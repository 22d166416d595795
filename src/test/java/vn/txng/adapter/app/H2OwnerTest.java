package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import vn.txng.adapter.outbox.Outbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.outbox.H2Owner;

/**
 * The owner marker of the default H2 outbox: a process that died holding the file makes the next one
 * rebuild outbox_record's indexes and restart its identity; a live process that holds it (reached through AUTO_SERVER) is left alone.
 * That the rebuild mends what H2's recovery leaves after a SIGKILL is shown by {@link StagingCrashTest}.
 */
class H2OwnerTest {

    private static final String ROW = "INSERT INTO outbox_record (kind, business_key, payload, content_hash, revision,"
            + " idempotency_key, state, attempts, staged_at, updated_at) VALUES ('LOT', '%s', '{}', '%s', 1, 'key', 'PENDING', 0,"
            + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)";

    @TempDir
    Path work;

    private Settings settings() {
        Properties system = new Properties();
        system.setProperty("txng.data.dir", work.resolve("data").toString());
        return Settings.load(Map.of(), system, work);
    }

    private Path marker() {
        return work.resolve("data").resolve("db").resolve("txng.owner");
    }

    @Test
    void should_rebuild_the_indexes_when_the_process_that_held_the_database_died_and_keep_them_unique() throws Exception {
        Settings settings = settings();
        try (HikariDataSource pool = Databases.dataSource(settings)) {
            Databases.openOutbox(settings, pool);
            execute(pool, ROW.formatted("K1", "a".repeat(64)));
            // what H2's recovery was seen to leave: an identity that hands out an id already used
            execute(pool, "ALTER TABLE outbox_record ALTER COLUMN id RESTART WITH 1");
        }
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        Files.writeString(marker(), Long.toString(dead.pid()));

        try (HikariDataSource pool = Databases.dataSource(settings)) {
            H2Owner owner = Databases.h2Owner(settings).beforeOpen();
            Outbox.open(pool);
            assertThat(owner.afterOpen(pool)).as("rebuilt").isTrue();
            assertThat(Files.readString(marker())).isEqualTo(Long.toString(ProcessHandle.current().pid()));
            execute(pool, ROW.formatted("K2", "c".repeat(64)));
            assertThat(query(pool, "SELECT id FROM outbox_record WHERE business_key = 'K2'")).as("the identity restarted after the highest id").isEqualTo(2L);
            assertThatThrownBy(() -> execute(pool, ROW.formatted("K1", "b".repeat(64))))
                    .as("the unique key is back").isInstanceOf(SQLException.class).hasMessageContaining("UQ_OUTBOX_RECORD_KEY");
        }
    }

    @Test
    void should_not_rebuild_after_a_clean_close_and_give_up_the_marker_when_closed() throws Exception {
        Settings settings = settings();
        HikariDataSource first = Databases.dataSource(settings);
        Databases.openOutbox(settings, first);
        assertThat(marker()).exists();
        Databases.close(settings, first);
        assertThat(marker()).doesNotExist();

        try (HikariDataSource pool = Databases.dataSource(settings)) {
            H2Owner owner = Databases.h2Owner(settings).beforeOpen();
            Outbox.open(pool);
            assertThat(owner.afterOpen(pool)).as("rebuilt").isFalse();
        }
    }

    @Test
    void should_leave_the_marker_of_a_live_process_that_serves_the_database() throws Exception {
        Settings settings = settings();
        Process live = new ProcessBuilder("sleep", "30").start();
        try {
            Files.createDirectories(marker().getParent());
            Files.writeString(marker(), Long.toString(live.pid()));
            try (HikariDataSource pool = Databases.dataSource(settings)) {
                H2Owner owner = Databases.h2Owner(settings).beforeOpen();
                Outbox.open(pool);
                assertThat(owner.afterOpen(pool)).as("rebuilt").isFalse();
            }
            Databases.close(settings, null);
            assertThat(Files.readString(marker())).isEqualTo(Long.toString(live.pid()));
        } finally {
            live.destroyForcibly();
        }
    }

    private static long query(HikariDataSource pool, String sql) throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(HikariDataSource pool, String sql) throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
