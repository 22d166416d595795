package vn.txng.adapter.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.outbox.DeliveryState;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.outbox.OutboxDataSources;
import vn.txng.adapter.outbox.OutboxItem;
import vn.txng.adapter.portal.ConnectionProblem;
import vn.txng.adapter.portal.PortalAnswer.ConnectionFault;

/** What the push's streaming split claims, and when: on a real H2 outbox. */
class DueRecordsTest {

    private static final int BATCH = 10;

    @TempDir
    Path dataDir;

    private JdbcConnectionPool pool;
    private Outbox outbox;
    private PortalBreaker breaker;
    private DueRecords dueRecords;
    private PushPass pass;

    @BeforeEach
    void stageLots() {
        pool = OutboxDataSources.h2(dataDir);
        outbox = Outbox.open(pool);
        List<LotRecord> lots = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            lots.add(new LotRecord("08934563123451", "L" + i, null, LocalDate.of(2026, 9, 15), LocalDate.of(2028, 9, 15),
                    new BigDecimal("100"), "Chai", "8934563000019"));
        }
        outbox.stage(lots);
        breaker = new PortalBreaker(3);
        PassControl control = new PassControl(outbox, "sandbox", breaker, Clock.systemUTC());
        dueRecords = new DueRecords(outbox, BATCH, Duration.ofMinutes(5), breaker, control);
        pass = new PushPass(Clock.systemUTC().instant());
    }

    @AfterEach
    void closeDatabase() {
        pool.dispose();
    }

    @Test
    void should_claim_a_batch_only_when_the_split_asks_past_the_records_already_claimed() {
        Iterator<OutboxItem> stream = dueRecords.stream(RecordKind.LOT, pass);
        assertThat(inFlight()).isZero();

        List<OutboxItem> taken = take(stream, BATCH);
        assertThat(inFlight()).isEqualTo(BATCH);

        taken.addAll(take(stream, 1));
        assertThat(inFlight()).isEqualTo(2 * BATCH);
        taken.addAll(take(stream, 100));
        assertThat(taken).extracting(OutboxItem::businessKey).doesNotHaveDuplicates().hasSize(25);
        assertThat(stream.hasNext()).isFalse();
    }

    @Test
    void should_claim_nothing_more_once_the_pass_stopped() {
        Iterator<OutboxItem> stream = dueRecords.stream(RecordKind.LOT, pass);
        take(stream, 1);
        pass.stop(new ConnectionFault(ConnectionProblem.PORTAL_DOWN, "the portal is down"));

        // the rest of the batch already claimed still comes out, for the send gate to put back
        assertThat(take(stream, 100)).hasSize(BATCH - 1);
        assertThat(inFlight()).isEqualTo(BATCH);
        assertThat(outbox.counts().get(DeliveryState.PENDING)).isEqualTo(25L - BATCH);
    }

    @Test
    void should_claim_one_record_to_probe_with_while_the_breaker_is_half_open() {
        breaker.circuitBreaker().transitionToOpenState();
        breaker.beginPass(false);

        assertThat(dueRecords.probe(RecordKind.LOT, pass)).hasSize(1);
        assertThat(inFlight()).isEqualTo(1);
    }

    @Test
    void should_claim_nothing_to_probe_with_while_the_breaker_is_closed() {
        assertThat(dueRecords.probe(RecordKind.LOT, pass)).isEmpty();
        assertThat(inFlight()).isZero();
    }

    private long inFlight() {
        return outbox.counts().get(DeliveryState.IN_FLIGHT);
    }

    private static List<OutboxItem> take(Iterator<OutboxItem> stream, int most) {
        List<OutboxItem> taken = new ArrayList<>();
        while (taken.size() < most && stream.hasNext()) {
            taken.add(stream.next());
        }
        return taken;
    }
}
