package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.txng.adapter.app.Messages.GTIN_A;
import static vn.txng.adapter.app.Messages.lot;
import static vn.txng.adapter.app.Messages.message;
import static vn.txng.adapter.app.Messages.product;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.txng.adapter.app.AdapterFixture.RunResult;
import vn.txng.adapter.outbox.DeliveryState;
import vn.txng.adapter.portal.sandbox.SandboxRecords;

/**
 * A lot's journey (issue 19) through the routes, the outbox (H2 here, PostgreSQL in {@link PostgresJourneyTest}) and
 * the real sandbox over HTTP, whose order rule answers 409 to an event sent before its lot or location: a product,
 * two lots, two locations and three events (production, shipping, store) in one file written in reverse order, and
 * split over three files arriving in any order. Every record reaches the portal, no event earns a 409.
 */
class JourneyTest {

    static final String EVENT_PATH = "/tochuc/v5/ToChuc_SuKien";
    static final String FACTORY = "8934563000103";
    static final String STORE = "8934563000202";
    static final String BUYER = "8930000999993";

    @TempDir
    Path work;
    AdapterFixture adapter;

    @BeforeEach
    void start() throws Exception {
        adapter = onDatabase(new AdapterFixture(work));
    }

    AdapterFixture onDatabase(AdapterFixture fixture) throws Exception {
        return fixture;
    }

    @AfterEach
    void stop() {
        adapter.close();
    }

    static String catalogue() {
        return product(GTIN_A, "Nước mắm Phú Quốc") + lot(GTIN_A, "L1", 1200) + lot(GTIN_A, "L2", 800);
    }

    static String locations() {
        return location(FACTORY, "LINE-2", "Xưởng chiết rót Long An", "CO_SO_SAN_XUAT")
                + location(STORE, null, "Cửa hàng Quận 1", "CUA_HANG");
    }

    static String events() {
        return event("EV-STORE-1", "CUA_HANG", "2026-11-23T10:00:00+07:00", STORE, null, null, "L1")
                + event("EV-SHIP-1", "VAN_CHUYEN", "2026-11-21T08:30:00+07:00", FACTORY, "LINE-2", STORE, "L1", "L2")
                + event("EV-MADE-1", "SAN_XUAT", "2026-11-20T07:00:00+07:00", FACTORY, "LINE-2", null, "L1", "L2");
    }

    static String location(String gln, String extension, String name, String kind) {
        return "  <Location><Gln>" + gln + "</Gln>" + (extension == null ? "" : "<Extension>" + extension + "</Extension>")
                + "<Name>" + name + "</Name><Address>KCN Tân Đức, Đức Hòa, Long An</Address><Kind>" + kind + "</Kind></Location>\n";
    }

    static String event(String id, String stage, String time, String gln, String extension, String destination, String... lots) {
        StringBuilder xml = new StringBuilder("  <Event><EventId>" + id + "</EventId><Stage>" + stage + "</Stage><Time>" + time
                + "</Time><LocationGln>" + gln + "</LocationGln>");
        if (extension != null) {
            xml.append("<LocationExtension>").append(extension).append("</LocationExtension>");
        }
        if (destination != null) {
            xml.append("<DestinationGln>").append(destination).append("</DestinationGln>");
        }
        for (String lot : lots) {
            xml.append("<Lot><Gtin>").append(GTIN_A).append("</Gtin><LotNumber>").append(lot)
                    .append("</LotNumber><Quantity unit=\"Chai\">100</Quantity></Lot>");
        }
        return xml.append("</Event>\n").toString();
    }

    @Test
    void should_deliver_a_whole_journey_written_in_reverse_order_in_one_file() throws Exception {
        // events first, then locations, then lots, then the product: the reverse of what the portal needs
        List<String> reversed = new ArrayList<>(List.of(catalogue().split("(?=  <Lot>)")));
        java.util.Collections.reverse(reversed);
        adapter.drop("journey.xml", message(events(), locations(), String.join("", reversed)));

        RunResult run = adapter.runOnce();

        assertJourneyDelivered(run);
        // the adapter holds an event until its lots and location are delivered: the portal never had to refuse one
        assertThat(adapter.portal.calls(EVENT_PATH, 409)).isZero();
    }

    @Test
    void should_let_a_despatch_advice_party_fill_a_location_but_never_overwrite_its_master_data() throws Exception {
        adapter.drop("sites.xml", message(location(FACTORY, null, "Xưởng chiết rót Long An", "CO_SO_SAN_XUAT")));
        adapter.runOnce();
        // the same site as the ship-from party of a despatch advice, with the name and address the ERP keeps for it
        String desadv = java.nio.file.Files.readString(Path.of("samples/desadv-2026-11-21.edi"))
                .replace("NAD+SF+8934563000103::9'", "NAD+SF+8934563000103::9++Kho thanh pham+Duc Hoa+Long An++82000+VN'");
        adapter.drop("desadv.edi", desadv);

        adapter.runOnce();

        var site = adapter.portal.records().location("(414)" + FACTORY).orElseThrow().body();
        assertThat(site.path("ten").asText()).isEqualTo("Xưởng chiết rót Long An");
        assertThat(site.path("loaiDiaDiem").asText()).isEqualTo("CO_SO_SAN_XUAT");
        assertThat(adapter.reportOf("desadv.edi").path("unchanged").asLong()).as("the party changed nothing").isPositive();
    }

    @Test
    void should_hold_an_event_whose_place_no_file_has_given_with_that_place_until_a_file_gives_it() throws Exception {
        adapter.drop("catalogue.xml", message(catalogue()));
        adapter.drop("events.xml", message(event("EV-STORE-1", "CUA_HANG", "2026-11-23T10:00:00+07:00", STORE, null, null, "L1")));

        RunResult first = adapter.runOnce();

        assertThat(adapter.reportOf("events.xml").path("heldLocations")).hasSize(1);
        assertThat(first.count(DeliveryState.HELD)).as("the place, known by its GLN only, and the event").isEqualTo(2);
        assertThat(adapter.portal.calls(EVENT_PATH, 409) + adapter.portal.calls(EVENT_PATH, 200)).as("no call for it").isZero();

        adapter.drop("stores.xml", message(location(STORE, null, "Cửa hàng Quận 1", "CUA_HANG")));
        RunResult second = adapter.runOnce();

        assertThat(adapter.portal.records().event("EV-STORE-1")).isPresent();
        assertThat(second.count(DeliveryState.HELD)).isZero();
    }

    @Test
    void should_replace_the_shipping_event_of_a_corrected_despatch_advice_leaving_one_event_with_the_newer_body()
            throws Exception {
        String desadv = java.nio.file.Files.readString(Path.of("samples/desadv-2026-11-21.edi"));
        adapter.drop("sites.xml", message(product(GTIN_A, "Nước mắm"), product(Messages.GTIN_B, "Nước mắm cá cơm"),
                location(FACTORY, null, "Xưởng chiết rót Long An", "CO_SO_SAN_XUAT")));
        adapter.drop("desadv.edi", desadv);
        adapter.runOnce();
        String key = "VAN_CHUYEN:8934563000004:DES-20261121-01";
        assertThat(adapter.portal.records().event(key).orElseThrow().body().path("thoiGian").asText())
                .isEqualTo("2026-11-21T00:00:00+07:00");

        // the same despatch advice number, sent again with its despatch time corrected
        adapter.drop("desadv-corrected.edi", desadv.replace("DTM+137:20261121:102'", "DTM+137:202611211430:203'"));
        adapter.runOnce();

        assertThat(adapter.portal.records().events()).extracting(r -> r.key()).containsOnlyOnce(key);
        assertThat(adapter.portal.records().event(key).orElseThrow().body().path("thoiGian").asText())
                .isEqualTo("2026-11-21T14:30:00+07:00");
    }

    static Stream<List<Integer>> arrivalOrders() {
        return Stream.of(List.of(0, 1, 2), List.of(0, 2, 1), List.of(1, 0, 2), List.of(1, 2, 0), List.of(2, 0, 1), List.of(2, 1, 0));
    }

    /**
     * Events that arrive before their locations are sent once (the portal may have the place from another system),
     * answered 409, held for the place, and go in the run that delivers it, with no backoff to wait out.
     */
    @ParameterizedTest(name = "files arriving as {0} (0 catalogue, 1 locations, 2 events), each followed by run --once")
    @MethodSource("arrivalOrders")
    void should_deliver_a_journey_split_over_three_files_arriving_in_any_order(List<Integer> order) throws Exception {
        String[] files = {message(catalogue()), message(locations()), message(events())};
        RunResult last = null;
        for (int i : order) {
            adapter.drop("part-" + i + ".xml", files[i]);
            last = adapter.runOnce();
        }

        assertJourneyDelivered(last);
    }

    private void assertJourneyDelivered(RunResult run) {
        SandboxRecords portal = adapter.portal.records();
        assertThat(portal.products()).hasSize(1);
        assertThat(portal.lots()).hasSize(2);
        assertThat(portal.locations()).extracting(r -> r.key())
                .containsExactlyInAnyOrder("(414)" + FACTORY + "(254)LINE-2", "(414)" + STORE);
        assertThat(portal.events()).extracting(r -> r.key()).containsExactlyInAnyOrder("EV-MADE-1", "EV-SHIP-1", "EV-STORE-1");
        assertThat(portal.event("EV-SHIP-1").orElseThrow().body().path("denDiaDiem").asText()).isEqualTo("(414)" + STORE);
        assertThat(run.count(DeliveryState.DELIVERED)).isEqualTo(8);
        assertThat(run.count(DeliveryState.REJECTED) + run.count(DeliveryState.HELD) + run.count(DeliveryState.PENDING)).isZero();
    }
}
