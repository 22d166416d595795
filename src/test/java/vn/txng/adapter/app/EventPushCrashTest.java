package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.model.TraceRecord;
import vn.txng.adapter.outbox.DeliveryState;
import vn.txng.adapter.outbox.TestRecords;

/**
 * A `push` process killed with SIGKILL while it sends events, then pushed again: every event reaches the sandbox,
 * none is stored twice (what the killed process sent and never marked goes again after its lease, with its
 * idempotency key), and nothing is left pending or in flight.
 */
class EventPushCrashTest {

    private static final int EVENTS = 200;

    @TempDir
    Path work;
    AdapterFixture adapter;
    Process push;

    @AfterEach
    void stop() {
        if (push != null && push.isAlive()) {
            push.destroyForcibly();
        }
        adapter.close();
    }

    @Test
    void should_deliver_every_event_once_after_a_push_killed_while_sending_events() throws Exception {
        // slow enough that the kill lands among the events; a short lease so the next push takes the cut claims back
        adapter = new AdapterFixture(work).with("txng.push.lease", "2s").with("txng.portal.max-concurrency", "2");
        adapter.portal.responseDelay(Duration.ofMillis(50));
        List<TraceRecord> records = new ArrayList<>(List.of(TestRecords.product(TestRecords.GTIN), EventDeliveryTest.lot("L1"),
                EventDeliveryTest.location(EventDeliveryTest.FACTORY, "CO_SO_SAN_XUAT")));
        for (int i = 0; i < EVENTS; i++) {
            records.add(EventDeliveryTest.event("SHIP-" + i, "VAN_CHUYEN", "2026-11-21T08:30:00+07:00", EventDeliveryTest.FACTORY,
                    EventDeliveryTest.STORE, "L1"));
        }
        try (AdapterRuntime runtime = AdapterRuntime.start(adapter.settings())) {
            runtime.outbox().stage(records);
        }
        Path log = work.resolve("push.log");
        push = adapter.startProcess(Map.of("txng.push.lease", "2s"), log, log, "push");
        await().atMost(Duration.ofSeconds(60)).until(() -> adapter.portal.records().events().size() >= 20 || !push.isAlive());
        assertThat(push.isAlive()).as("still pushing events when killed; its log: %s", Files.readString(log)).isTrue();

        push.destroyForcibly(); // SIGKILL: nothing put back, claims left in flight
        assertThat(push.waitFor(10, TimeUnit.SECONDS)).isTrue();
        int storedBeforeKill = adapter.portal.records().events().size();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            adapter.push();
            return adapter.portal.records().events().size() == EVENTS;
        });

        assertThat(storedBeforeKill).as("the kill landed in the middle of the events").isLessThan(EVENTS);
        assertThat(adapter.portal.storedUpserts()).as("no record stored twice").isEqualTo(EVENTS + 3);
        AdapterFixture.RunResult last = adapter.push();
        assertThat(last.count(DeliveryState.DELIVERED)).isEqualTo(EVENTS + 3);
        assertThat(last.count(DeliveryState.IN_FLIGHT) + last.count(DeliveryState.PENDING)).isZero();
    }
}
