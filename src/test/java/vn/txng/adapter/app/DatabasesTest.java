package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabasesTest {

    @TempDir
    Path work;

    private Settings settings(Map<String, String> env) {
        Properties system = new Properties();
        system.setProperty("txng.data.dir", work.resolve("data").toString());
        return Settings.load(env, system, work);
    }

    @Test
    void should_size_the_pool_for_every_portal_sender_and_four_more_by_default() {
        try (HikariDataSource pool = Databases.dataSource(settings(Map.of("TXNG_PORTAL_MAX_CONCURRENCY", "6")))) {
            assertThat(pool.getMaximumPoolSize()).isEqualTo(10);
            assertThat(pool.getMinimumIdle()).isEqualTo(1);
        }
    }

    @Test
    void should_take_the_pool_size_and_wait_from_the_settings() {
        try (HikariDataSource pool = Databases.dataSource(settings(Map.of("TXNG_DB_POOL_MAX_SIZE", "3",
                "TXNG_DB_POOL_MIN_IDLE", "2", "TXNG_DB_POOL_CONNECTION_TIMEOUT", "5s")))) {
            assertThat(pool.getMaximumPoolSize()).isEqualTo(3);
            assertThat(pool.getMinimumIdle()).isEqualTo(2);
            assertThat(pool.getConnectionTimeout()).isEqualTo(5000);
        }
    }

    @Test
    void should_refuse_a_pool_too_small_for_staging_and_pushing_at_once() {
        assertThatThrownBy(() -> Databases.dataSource(settings(Map.of("TXNG_DB_POOL_MAX_SIZE", "1"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("txng.db.pool.max-size must be at least 2, not 1");
    }
}
