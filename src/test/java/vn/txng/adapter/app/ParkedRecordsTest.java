package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.txng.adapter.app.Messages.GTIN_A;
import static vn.txng.adapter.app.Messages.message;
import static vn.txng.adapter.app.Messages.product;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.app.AdapterFixture.RunResult;
import vn.txng.adapter.outbox.DeliveryState;
import vn.txng.adapter.outbox.RequeueFilter;
import vn.txng.adapter.portal.sandbox.Fault;
import vn.txng.adapter.command.RetryCommand;
import vn.txng.adapter.command.StatusCommand;

/** A record the portal keeps answering 500 for is parked after txng.push.max-attempts, and delivered after `retry --parked`. */
class ParkedRecordsTest {

    private static final String PRODUCT_PATH = "/tochuc/v5/ToChuc_SanPham";

    @TempDir
    Path work;
    AdapterFixture adapter;

    @BeforeEach
    void start() {
        // due again 1 ms after a failure, so each push pass makes one more attempt
        adapter = new AdapterFixture(work).with("txng.push.max-attempts", "2").with("txng.push.retry-initial", "1ms")
                .with("txng.push.retry-max", "1ms");
    }

    @AfterEach
    void stop() {
        adapter.close();
    }

    @Test
    void should_park_a_record_after_its_attempts_and_not_call_the_portal_for_it_again() throws Exception {
        adapter.portal.injectFault(Fault.status(500, 10).onPath(PRODUCT_PATH));
        adapter.drop("one.xml", message(product(GTIN_A, "Nước mắm")));
        adapter.runOnce();

        RunResult second = adapter.push();
        long callsWhenParked = adapter.portalCalls();
        RunResult third = adapter.push();

        assertThat(second.summary().parked()).isEqualTo(1);
        assertThat(second.count(DeliveryState.PARKED)).isEqualTo(1);
        assertThat(third.summary().parked() + third.summary().retry()).isZero();
        assertThat(adapter.portalCalls()).as("no call for a parked record").isEqualTo(callsWhenParked);
        assertThat(status()).contains("parked 1").contains("parked, given up after their attempts")
                .contains("product 0" + GTIN_A + ": 2 attempts, last error: HTTP 500");
    }

    @Test
    void should_deliver_a_parked_record_after_retry_parked() throws Exception {
        adapter.portal.injectFault(Fault.status(500, 2).onPath(PRODUCT_PATH));
        adapter.drop("one.xml", message(product(GTIN_A, "Nước mắm")));
        adapter.runOnce();
        adapter.push();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = RetryCommand.retry(adapter.settings(), RequeueFilter.parked().withKey("0" + GTIN_A),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        RunResult after = adapter.push();

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("re-queued 1 parked records with key 0" + GTIN_A);
        assertThat(after.summary().deliveredProducts()).isEqualTo(1);
        assertThat(after.count(DeliveryState.DELIVERED)).isEqualTo(1);
        assertThat(adapter.portal.records().product(GTIN_A)).isPresent();
    }

    private String status() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatusCommand.print(adapter.settings(), new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
