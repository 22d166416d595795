package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.app.AdapterFixture.RunResult;
import vn.txng.adapter.command.RetryCommand;
import vn.txng.adapter.command.StatusCommand;
import vn.txng.adapter.model.EventLot;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.LocationRecord;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.model.TraceRecord;
import vn.txng.adapter.outbox.DeliveryState;
import vn.txng.adapter.outbox.RequeueFilter;
import vn.txng.adapter.outbox.StageResult;
import vn.txng.adapter.outbox.TestRecords;
import vn.txng.adapter.portal.Secret;
import vn.txng.adapter.portal.sandbox.Fault;
import vn.txng.adapter.portal.sandbox.SandboxServer;
import vn.txng.adapter.portal.sandbox.StoredRecord;

/**
 * A lot's journey delivered in the order of calls (PORTAL-API.md section 5): a product, its lots, two locations and
 * three events (production, shipping, store), staged straight into the outbox (H2 here, PostgreSQL in
 * {@link PostgresEventDeliveryTest}) and pushed to the real sandbox over HTTP, which answers 409 to an event
 * before its lots and location.
 */
class EventDeliveryTest {

    static final String GTIN = TestRecords.GTIN;
    static final String FACTORY = "8934563000103";
    static final String STORE = "8934563000202";
    static final String LOT_PATH = "/tochuc/v5/ToChuc_LoHang";
    static final String EVENT_PATH = "/tochuc/v5/ToChuc_SuKien";

    @TempDir
    Path work;
    AdapterFixture adapter;

    @BeforeEach
    void start() throws Exception {
        adapter = onDatabase(new AdapterFixture(work));
    }

    /** The outbox database the tests run on: the H2 file under the data folder here. */
    AdapterFixture onDatabase(AdapterFixture fixture) throws Exception {
        return fixture;
    }

    @AfterEach
    void stop() {
        adapter.close();
    }

    static LotRecord lot(String lotNumber) {
        return new LotRecord(GTIN, lotNumber, null, LocalDate.of(2026, 11, 20), LocalDate.of(2028, 11, 20),
                new BigDecimal("1200"), "Chai", "8934563000011", List.of());
    }

    static LocationRecord location(String gln, String kind) {
        return new LocationRecord(gln, null, "Địa điểm " + gln, "Lô B2, KCN Tân Đức, Long An", kind, null, null, null);
    }

    static EventRecord event(String id, String stage, String time, String place, String destination, String... lots) {
        List<EventLot> named = new ArrayList<>();
        for (String lotNumber : lots) {
            named.add(new EventLot(GTIN, lotNumber, null, new BigDecimal("600"), "Chai"));
        }
        return new EventRecord(id, stage, OffsetDateTime.parse(time), place, null, destination, null, named, List.of(),
                List.of(), null, null, List.of());
    }

    static EventRecord produced() {
        return event("PROD-L1-L2", "SAN_XUAT", "2026-11-20T07:00:00+07:00", FACTORY, null, "L1", "L2");
    }

    static EventRecord shipped() {
        return event("SHIP-0007", "VAN_CHUYEN", "2026-11-21T08:30:00+07:00", FACTORY, STORE, "L1");
    }

    static EventRecord received() {
        return event("STORE-0007", "CUA_HANG", "2026-11-21T15:00:00+07:00", STORE, null, "L1");
    }

    /** The whole journey, events first: the reverse of the order the portal must get them in. */
    static List<TraceRecord> journeyReversed() {
        return List.of(received(), shipped(), produced(), location(STORE, "CUA_HANG"), location(FACTORY, "CO_SO_SAN_XUAT"),
                lot("L2"), lot("L1"), TestRecords.product(GTIN));
    }

    StageResult stage(List<? extends TraceRecord> records) throws Exception {
        try (AdapterRuntime runtime = AdapterRuntime.start(adapter.settings())) {
            return runtime.outbox().stage(records);
        }
    }

    String status() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatusCommand.print(adapter.settings(), new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Pushes until the sandbox holds {@code events} events (retries wait their backoff, 300 ms to 1 s here). */
    void pushUntilEvents(SandboxServer portal, int events) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(400)).until(() -> {
            adapter.push();
            return portal.records().events().size() == events;
        });
    }

    @Test
    void should_deliver_a_journey_staged_in_reverse_order_in_one_pass_with_every_event_after_its_lots_and_location() throws Exception {
        stage(journeyReversed());

        RunResult pass = adapter.push();

        assertThat(pass.summary().delivered(RecordKind.EVENT)).isEqualTo(3);
        assertThat(pass.count(DeliveryState.DELIVERED)).isEqualTo(8);
        assertThat(adapter.portal.records().locations()).hasSize(2);
        assertThat(adapter.portal.records().events()).extracting(StoredRecord::key)
                .containsExactlyInAnyOrder("PROD-L1-L2", "SHIP-0007", "STORE-0007");
        assertThat(adapter.portal.calls(EVENT_PATH, 409) + adapter.portal.calls(LOT_PATH, 409))
                .as("no call came before what it needs").isZero();
    }

    @Test
    void should_deliver_a_journey_staged_over_three_passes_events_first_and_the_product_last() throws Exception {
        stage(List.of(received(), shipped(), produced(), location(STORE, "CUA_HANG"), location(FACTORY, "CO_SO_SAN_XUAT")));
        adapter.push();
        stage(List.of(lot("L2"), lot("L1")));
        adapter.push();
        stage(List.of(TestRecords.product(GTIN)));

        pushUntilEvents(adapter.portal, 3);

        assertThat(adapter.portal.records().lots()).hasSize(2);
        assertThat(adapter.portal.storedUpserts()).as("each record stored once").isEqualTo(8);
        assertThat(status()).contains("events: delivered 3").contains("lots: delivered 2").contains("locations: delivered 2");
    }

    @Test
    void should_hold_an_event_whose_lot_is_waiting_and_name_the_lot_in_status_then_send_both_in_one_pass() throws Exception {
        stage(List.of(TestRecords.product(GTIN), lot("L1"), location(FACTORY, "CO_SO_SAN_XUAT"), location(STORE, "CUA_HANG"),
                shipped()));
        adapter.portal.injectFault(Fault.status(503, 1).onPath(LOT_PATH));

        RunResult first = adapter.push();

        assertThat(first.summary().held()).isEqualTo(1);
        assertThat(first.count(DeliveryState.HELD)).isEqualTo(1);
        assertThat(adapter.portal.calls(EVENT_PATH, 409)).as("held, not sent to earn a 409").isZero();
        assertThat(status()).contains("event SHIP-0007: PREREQUISITE_PENDING: waits for lot " + GTIN + "/L1 (retry)")
                .contains("events: held 1");
        pushUntilEvents(adapter.portal, 1);
        assertThat(adapter.portal.calls(EVENT_PATH, 409)).isZero();
    }

    @Test
    void should_retry_an_event_answered_409_for_a_lot_never_staged_here_and_send_it_in_the_pass_that_delivers_the_lot()
            throws Exception {
        // a backoff longer than the test: only the release step can make the event due again
        adapter.with("txng.push.retry-initial", "1h").with("txng.push.retry-max", "2h");
        stage(List.of(location(FACTORY, "CO_SO_SAN_XUAT"), location(STORE, "CUA_HANG"), shipped()));

        RunResult first = adapter.push();

        assertThat(adapter.portal.calls(EVENT_PATH, 409)).as("the portal judged it").isEqualTo(1);
        assertThat(first.count(DeliveryState.RETRY)).isEqualTo(1);
        assertThat(first.summary().problems()).anySatisfy(problem -> assertThat(problem)
                .startsWith("will retry event SHIP-0007: waits for lot " + GTIN + "/L1, which no file here has given (HTTP 409"));

        stage(List.of(TestRecords.product(GTIN), lot("L1")));
        RunResult again = adapter.push();

        assertThat(again.summary().delivered(RecordKind.EVENT)).as("in the pass that delivers its lot").isEqualTo(1);
    }

    @Test
    void should_wait_only_for_the_lot_the_portal_lacks_when_it_has_the_location_from_another_system() throws Exception {
        adapter.with("txng.push.retry-initial", "1h").with("txng.push.retry-max", "2h");
        // the factory reached the portal from another system: this outbox never staged it
        try (AdapterRuntime runtime = AdapterRuntime.start(adapter.settings())) {
            assertThat(runtime.portal().client().send(RecordKind.LOCATION, location(FACTORY, "CO_SO_SAN_XUAT"), "other-system"))
                    .isInstanceOf(vn.txng.adapter.portal.PortalAnswer.Delivered.class);
        }
        stage(List.of(TestRecords.product(GTIN), lot("L1"), location(STORE, "CUA_HANG"), produced()));

        RunResult first = adapter.push();

        assertThat(first.summary().problems()).anySatisfy(problem -> assertThat(problem)
                .startsWith("will retry event PROD-L1-L2: waits for lot " + GTIN + "/L2, which no file here has given")
                .doesNotContain("location"));
        // an event at the same place about a lot the portal has is not held back by the first one's 409
        stage(List.of(received(), shipped()));
        assertThat(adapter.push().summary().delivered(RecordKind.EVENT)).isEqualTo(2);

        stage(List.of(lot("L2")));
        assertThat(adapter.push().summary().delivered(RecordKind.EVENT)).as("released once its lot is delivered").isEqualTo(1);
        assertThat(adapter.portal.records().events()).hasSize(3);
    }

    @Test
    void should_reject_an_event_whose_lot_the_portal_rejected_naming_the_lot_and_send_it_once_the_lot_is_requeued_and_delivered()
            throws Exception {
        stage(journeyReversed());
        adapter.portal.injectFault(Fault.status(403, 1).onPath(LOT_PATH));
        RunResult first = adapter.push();
        // the 403 falls on whichever lot a sender calls first
        String rejectedLot = adapter.portal.records().lots().stream().anyMatch(lot -> lot.key().endsWith("/L1")) ? "L2" : "L1";
        List<String> rejectedEvents = rejectedLot.equals("L1") ? List.of("PROD-L1-L2", "SHIP-0007", "STORE-0007") : List.of("PROD-L1-L2");
        assertThat(first.count(DeliveryState.REJECTED)).isEqualTo(1 + rejectedEvents.size());
        assertThat(status()).contains("event " + rejectedEvents.get(0) + ": PREREQUISITE_REJECTED: not sent: the portal rejected lot "
                + GTIN + "/" + rejectedLot + " (rejected: ERR_INJECTED_403");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RetryCommand.retry(adapter.settings(), RequeueFilter.rejected().withKind(RecordKind.LOT), new PrintStream(out, true, StandardCharsets.UTF_8));
        RunResult again = adapter.push();

        assertThat(again.summary().delivered(RecordKind.LOT)).isEqualTo(1);
        assertThat(again.summary().delivered(RecordKind.EVENT)).as("in the same pass as the lot").isEqualTo(rejectedEvents.size());
        assertThat(adapter.portal.records().events()).hasSize(3);
    }

    @Test
    void should_name_a_lot_that_has_a_25T_identifier_by_that_identifier_as_the_portal_stored_the_lot() throws Exception {
        LotRecord with25T = new LotRecord(GTIN, "L1", "08934563L1", LocalDate.of(2026, 11, 20), null, new BigDecimal("1200"),
                "Chai", null, List.of());
        stage(List.of(TestRecords.product(GTIN), with25T, lot("L2"), location(FACTORY, "CO_SO_SAN_XUAT"), produced()));

        RunResult run = adapter.push();

        assertThat(run.summary().delivered(RecordKind.EVENT)).isEqualTo(1);
        assertThat(adapter.portal.records().event("PROD-L1-L2").orElseThrow().body().path("maTruyVet"))
                .extracting(com.fasterxml.jackson.databind.JsonNode::asText)
                .containsExactly("25T08934563L1", "(01)" + GTIN + "(10)L2");
    }

    @Test
    void should_not_call_the_portal_for_an_event_staged_again_unchanged() throws Exception {
        stage(journeyReversed());
        adapter.push();
        long calls = adapter.portalCalls();

        StageResult again = stage(List.of(shipped()));
        adapter.push();

        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(adapter.portalCalls()).isEqualTo(calls);
    }

    @Test
    void should_replace_an_event_at_the_portal_when_it_comes_again_with_a_new_body() throws Exception {
        stage(journeyReversed());
        adapter.push();
        String portalId = adapter.portal.records().event("SHIP-0007").orElseThrow().id();

        stage(List.of(event("SHIP-0007", "VAN_CHUYEN", "2026-11-21T09:45:00+07:00", FACTORY, STORE, "L1", "L2")));
        adapter.push();

        StoredRecord corrected = adapter.portal.records().event("SHIP-0007").orElseThrow();
        assertThat(adapter.portal.records().events()).hasSize(3);
        assertThat(corrected.id()).isEqualTo(portalId);
        assertThat(corrected.body().get("thoiGian").asText()).isEqualTo("2026-11-21T09:45:00+07:00");
        assertThat(corrected.body().get("maTruyVet")).hasSize(2);
    }

    @Test
    void should_send_locations_and_events_to_a_new_portal_target_too() throws Exception {
        stage(journeyReversed());
        adapter.push();
        try (SandboxServer production = new SandboxServer(AdapterFixture.CLIENT_ID, Secret.of(AdapterFixture.SECRET)).start(0)) {
            adapter.with("txng.portal.api-base", production.apiBase().toString())
                    .with("txng.portal.token-url", production.tokenUrl().toString());

            RunResult switched = adapter.push();

            assertThat(switched.count(DeliveryState.DELIVERED)).isEqualTo(8);
            assertThat(production.records().locations()).hasSize(2);
            assertThat(production.records().events()).hasSize(3);
            assertThat(production.calls(EVENT_PATH, 409)).isZero();
        }
    }
}
