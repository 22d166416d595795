package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.txng.adapter.app.Messages.message;
import static vn.txng.adapter.app.Messages.product;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.outbox.DeliveryState;
import vn.txng.adapter.outbox.OutboxRow;
import vn.txng.adapter.portal.sandbox.Fault;
import vn.txng.adapter.push.PushSummary;

/** A run of 503s opens the push's circuit breaker: the pass stops, unsent records are charged nothing; a probe closes it. */
class CircuitBreakerTest {

    private static final String PRODUCT_PATH = "/tochuc/v5/ToChuc_SanPham";
    private static final int RECORDS = 8;

    @TempDir
    Path work;
    AdapterFixture adapter;
    AdapterRuntime runtime;
    CamelApp app;

    @BeforeEach
    void start() throws Exception {
        // one call at a time, so which calls the breaker lets through is certain
        adapter = new AdapterFixture(work).with("txng.push.breaker-threshold", "3").with("txng.portal.max-concurrency", "1")
                .with("txng.push.retry-initial", "1h");
        adapter.drop("products.xml", message(IntStream.range(0, RECORDS).mapToObj(i -> product(gtin13(i), "Sản phẩm " + i))
                .toArray(String[]::new)));
        adapter.runOnce(); // stages and delivers nothing yet: every record below is pushed by the same running app
        runtime = AdapterRuntime.start(adapter.settings());
        app = new CamelApp(adapter.settings(), runtime, false);
        app.start();
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
        runtime.close();
        adapter.close();
    }

    @Test
    void should_stop_the_pass_after_a_run_of_503s_and_charge_nothing_to_the_records_not_sent() {
        // (the setup's run delivered all: make them all due again)
        adapter.portal.injectFault(Fault.status(503, 1000).onPath(PRODUCT_PATH));
        requeueAll();
        long before = productCalls();

        PushSummary stopped = app.push();

        assertThat(stopped.retry()).as("the three 503s are charged").isEqualTo(3);
        assertThat(stopped.connectionFault()).contains("3 server errors or timeouts in a row").contains("circuit breaker");
        assertThat(productCalls() - before).isEqualTo(3);
        List<OutboxRow> unsent = runtime.outbox().list(DeliveryState.PENDING, 20);
        assertThat(unsent).hasSize(RECORDS - 3).allSatisfy(row -> assertThat(row.attempts()).isZero());
        assertThat(runtime.outbox().counts()).containsEntry(DeliveryState.IN_FLIGHT, 0L);
    }

    @Test
    void should_probe_with_one_record_and_stop_again_while_the_portal_still_fails() {
        adapter.portal.injectFault(Fault.status(503, 1000).onPath(PRODUCT_PATH));
        requeueAll();
        app.push();
        long before = productCalls();

        PushSummary probe = app.push();

        assertThat(productCalls() - before).as("one probe").isEqualTo(1);
        assertThat(probe.wasStoppedByConnection()).isTrue();
    }

    @Test
    void should_close_the_breaker_and_deliver_everything_once_the_portal_recovers() {
        adapter.portal.injectFault(Fault.status(503, 1000).onPath(PRODUCT_PATH));
        requeueAll();
        app.push();
        adapter.portal.clearFaults();

        PushSummary recovered = app.push();

        assertThat(recovered.wasStoppedByConnection()).isFalse();
        assertThat(recovered.deliveredProducts()).as("the pending ones; the retried ones are due later").isEqualTo(RECORDS - 3);
        assertThat(runtime.outbox().counts()).containsEntry(DeliveryState.PENDING, 0L).containsEntry(DeliveryState.IN_FLIGHT, 0L);
    }

    @Test
    void should_probe_with_one_record_in_a_new_process_after_a_stopped_pass() throws Exception {
        adapter.portal.injectFault(Fault.status(503, 1000).onPath(PRODUCT_PATH));
        requeueAll();
        app.push();
        app.stop();
        runtime.close();
        // a new process: the breaker's state is gone, the stored stop is not
        runtime = AdapterRuntime.start(adapter.settings());
        app = new CamelApp(adapter.settings(), runtime, false);
        app.start();
        long before = productCalls();

        PushSummary probe = app.push();

        assertThat(productCalls() - before).as("one probe").isEqualTo(1);
        assertThat(probe.wasStoppedByConnection()).isTrue();
    }

    private void requeueAll() {
        runtime.outbox().requeue(vn.txng.adapter.outbox.RequeueFilter.rejected().withDelivered());
    }

    private long productCalls() {
        return adapter.portal.calls().getOrDefault(PRODUCT_PATH, Map.of()).getOrDefault(503, 0L)
                + adapter.portal.calls().getOrDefault(PRODUCT_PATH, Map.of()).getOrDefault(200, 0L);
    }

    /** A valid GTIN-13 (GS1 check digit) under the test prefix 893456399. */
    static String gtin13(int n) {
        String body = "893456399" + String.format("%03d", n);
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (body.charAt(body.length() - 1 - i) - '0') * (i % 2 == 0 ? 3 : 1);
        }
        return body + (10 - sum % 10) % 10;
    }
}
