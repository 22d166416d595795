package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.txng.adapter.app.Messages.message;
import static vn.txng.adapter.app.Messages.product;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.outbox.DeliveryState;
import vn.txng.adapter.outbox.Outbox;

/** `run` in its own process, stopped with SIGTERM in the middle of a push pass. */
class GracefulStopTest {

    private static final int RECORDS = 60;

    @TempDir
    Path work;
    AdapterFixture adapter;
    Process adapterProcess;

    @BeforeEach
    void start() {
        // slow enough that the stop lands in the middle of the pass
        adapter = new AdapterFixture(work).with("txng.portal.max-concurrency", "2");
        adapter.portal.responseDelay(Duration.ofMillis(150));
    }

    @AfterEach
    void stop() {
        if (adapterProcess != null && adapterProcess.isAlive()) {
            adapterProcess.destroyForcibly();
        }
        adapter.close();
    }

    @Test
    void should_finish_the_calls_in_flight_put_back_the_rest_and_exit_0_on_sigterm() throws Exception {
        adapter.drop("products.xml", message(IntStream.range(0, RECORDS)
                .mapToObj(i -> product(CircuitBreakerTest.gtin13(i), "Sản phẩm " + i)).toArray(String[]::new)));
        adapterProcess = adapter.startProcess(Map.of("txng.push.cron", "* * * * * ?"), work.resolve("adapter.log"),
                work.resolve("adapter.log"), "run");
        await().atMost(Duration.ofSeconds(60)).until(() -> adapter.portal.records().products().size() >= 6);

        adapterProcess.destroy(); // SIGTERM

        assertThat(adapterProcess.waitFor(60, TimeUnit.SECONDS)).as("stopped within the shutdown timeout").isTrue();
        assertThat(adapterProcess.exitValue()).isZero();
        int stored = adapter.portal.records().products().size();
        Map<DeliveryState, Long> counts = counts();
        assertThat(counts).containsEntry(DeliveryState.IN_FLIGHT, 0L).containsEntry(DeliveryState.RETRY, 0L);
        assertThat(counts.get(DeliveryState.DELIVERED)).as("every call the portal answered is recorded").isEqualTo(stored);
        assertThat(counts.get(DeliveryState.PENDING)).as("stopped in the middle").isEqualTo(RECORDS - stored).isPositive();
    }

    private Map<DeliveryState, Long> counts() {
        DataSource database = Databases.dataSource(adapter.settings());
        try {
            return Outbox.open(database).counts();
        } finally {
            Databases.close(database);
        }
    }
}
