package vn.txng.adapter.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.model.TraceRecord;

/** The outbox on a real PostgreSQL server (embedded binaries), started once for the class. */
class PostgresOutboxTest extends OutboxContract {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Override
    DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    /** A database of its own on the same server, so the migration from version 1 runs there from the start. */
    @Override
    DataSource emptyDatabase() throws SQLException {
        String name = "txng_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return postgres.getDatabase("postgres", name);
    }

    @BeforeEach
    void emptyTable() throws SQLException {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM outbox_wait");
            statement.execute("DELETE FROM outbox_target_delivery");
            statement.execute("DELETE FROM outbox_target");
            statement.execute("DELETE FROM outbox_record");
        }
    }

    /** Locations, events and waits, on the same server and database. */
    @Nested
    class Waits extends OutboxWaitContract {
        @Override
        DataSource dataSource() {
            return PostgresOutboxTest.this.dataSource();
        }
    }

    @Test
    void should_never_give_the_same_row_to_two_concurrent_claimers() throws Exception {
        List<TraceRecord> lots = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            lots.add(TestRecords.lot("L" + i));
        }
        outbox.stage(lots);
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<List<Long>> claimer = () -> {
            List<Long> ids = new ArrayList<>();
            start.await();
            for (List<OutboxItem> batch = outbox.claim(RecordKind.LOT, 7, NOW, LEASE); !batch.isEmpty();
                 batch = outbox.claim(RecordKind.LOT, 7, NOW, LEASE)) {
                batch.forEach(item -> ids.add(item.id()));
            }
            return ids;
        };

        List<Long> all = claimAll(claimer);

        Set<Long> distinct = new HashSet<>(all);
        assertThat(all).hasSize(600);
        assertThat(distinct).hasSize(600);
    }

    private static List<Long> claimAll(Callable<List<Long>> claimer) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<Long>> first = pool.submit(claimer);
            Future<List<Long>> second = pool.submit(claimer);
            List<Long> all = new ArrayList<>(first.get());
            all.addAll(second.get());
            return all;
        } finally {
            pool.shutdownNow();
        }
    }
}
