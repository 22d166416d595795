package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.txng.adapter.app.Messages.GTIN_A;
import static vn.txng.adapter.app.Messages.message;
import static vn.txng.adapter.app.Messages.product;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.model.TraceRecord;

/** Through the inbox route and the real outbox: a lot with a production date and site stages its production event. */
class ProductionEventStagingTest {

    private static final String KEY = "SAN_XUAT:(01)0" + GTIN_A + "(10)L2609-15A";
    private static final String LOT_MADE_AT_A_SITE = """
              <Lot>
                <Gtin>%s</Gtin>
                <LotNumber>L2609-15A</LotNumber>
                <ProductionDate>2026-09-15</ProductionDate>
                <Quantity unit="Chai">1200</Quantity>
                <ProductionSiteGln>8934563000103</ProductionSiteGln>
              </Lot>
            """.formatted(GTIN_A);

    @TempDir
    Path work;
    AdapterFixture adapter;

    @BeforeEach
    void start() {
        adapter = new AdapterFixture(work);
    }

    @AfterEach
    void stop() {
        adapter.close();
    }

    private Optional<TraceRecord> stagedEvent() {
        try (AdapterRuntime runtime = AdapterRuntime.start(adapter.settings())) {
            return runtime.outbox().staged(RecordKind.EVENT, KEY);
        }
    }

    @Test
    void should_stage_the_production_event_of_a_lot_dropped_in_the_inbox() throws Exception {
        adapter.drop("lots.xml", message(product(GTIN_A, "Nước mắm"), LOT_MADE_AT_A_SITE));
        assertThat(adapter.runOnceCommand(false).exit()).isZero();
        EventRecord event = (EventRecord) stagedEvent().orElseThrow();
        assertThat(event.stage()).isEqualTo("SAN_XUAT");
        assertThat(event.time()).isEqualTo(OffsetDateTime.parse("2026-09-15T00:00:00+07:00"));
        assertThat(event.locationGln()).isEqualTo("8934563000103");
    }

    @Test
    void should_stage_no_production_event_when_turned_off() throws Exception {
        adapter.with("txng.events.production", "false");
        adapter.drop("lots.xml", message(product(GTIN_A, "Nước mắm"), LOT_MADE_AT_A_SITE));
        adapter.runOnceCommand(false);
        assertThat(stagedEvent()).isEmpty();
    }
}
