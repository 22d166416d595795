package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.txng.adapter.app.Messages.message;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.model.LocationRecord;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.outbox.DeliveryState;
import vn.txng.adapter.outbox.StagedContent;

/**
 * The organisation's own places ({@code txng.locations.<name>.*}) are staged when the adapter starts (H2 outbox, the
 * real sandbox over HTTP): a site no file names is delivered, a location a file gave by GLN only is completed, and
 * the events that wait for them go.
 */
class ConfiguredLocationsTest {

    private static final String SITE_GLN = "8934563000103";
    private static final String SITE = "(414)" + SITE_GLN;
    private static final String SITE_NAME = "Xưởng chiết rót Long An";

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

    private AdapterFixture configureSite() {
        return adapter.with("txng.locations.long-an.gln", SITE_GLN)
                .with("txng.locations.long-an.name", SITE_NAME)
                .with("txng.locations.long-an.address", "Lô B2, KCN Tân Đức, Đức Hòa, Long An")
                .with("txng.locations.long-an.kind", "CO_SO_SAN_XUAT");
    }

    private Optional<StagedContent> site() {
        try (AdapterRuntime runtime = AdapterRuntime.start(adapter.settings())) {
            return runtime.outbox().stagedContent(RecordKind.LOCATION, SITE);
        }
    }

    private void stageOnly(String file, String content) throws Exception {
        adapter.drop(file, content);
        AdapterFixture.CommandRun run = adapter.runOnceCommand(false);
        assertThat(run.exit()).as(run.stdout()).isZero();
    }

    private static String sample(String name) throws Exception {
        return Files.readString(Path.of("samples", name));
    }

    @Test
    void should_stage_a_configured_site_that_no_file_names_when_the_adapter_starts() {
        configureSite();

        StagedContent site = site().orElseThrow();

        assertThat(site.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(((LocationRecord) site.record()).name()).isEqualTo(SITE_NAME);
    }

    @Test
    void should_complete_a_held_location_when_the_adapter_starts_with_it_configured() throws Exception {
        stageOnly("parties.xml", message("  <Location><Gln>" + SITE_GLN + "</Gln></Location>\n"));
        assertThat(site().orElseThrow().state()).isEqualTo(DeliveryState.HELD);

        configureSite();

        StagedContent site = site().orElseThrow();
        assertThat(site.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(((LocationRecord) site.record()).locationKind()).isEqualTo("CO_SO_SAN_XUAT");
    }

    @Test
    void should_keep_what_a_file_gave_a_location_and_take_only_the_missing_fields_from_the_configuration() throws Exception {
        stageOnly("sites.xml", message("  <Location><Gln>" + SITE_GLN + "</Gln><Name>Nhà máy Long An</Name></Location>\n"));

        configureSite();

        LocationRecord site = (LocationRecord) site().orElseThrow().record();
        assertThat(site.name()).isEqualTo("Nhà máy Long An");
        assertThat(site.address()).isEqualTo("Lô B2, KCN Tân Đức, Đức Hòa, Long An");
    }

    @Test
    void should_stage_nothing_for_a_configured_site_that_still_lacks_fields() {
        adapter.with("txng.locations.long-an.gln", SITE_GLN).with("txng.locations.long-an.name", SITE_NAME);

        assertThat(site()).isEmpty();
    }

    @Test
    void should_leave_a_held_location_held_when_the_configuration_does_not_complete_it() throws Exception {
        stageOnly("parties.xml", message("  <Location><Gln>" + SITE_GLN + "</Gln></Location>\n"));
        StagedContent held = site().orElseThrow();

        adapter.with("txng.locations.long-an.gln", SITE_GLN).with("txng.locations.long-an.name", SITE_NAME);

        StagedContent after = site().orElseThrow();
        assertThat(after.state()).isEqualTo(DeliveryState.HELD);
        assertThat(after.record()).isEqualTo(held.record());
    }

    @Test
    void should_stage_a_configured_site_unchanged_on_the_next_start() {
        configureSite();
        try (AdapterRuntime first = AdapterRuntime.start(adapter.settings())) {
            assertThat(first.outbox().stagedContent(RecordKind.LOCATION, SITE)).isPresent();
        }

        try (AdapterRuntime second = AdapterRuntime.start(adapter.settings())) {
            assertThat(second.configuredLocationsStaged().accepted()).isZero();
            assertThat(second.configuredLocationsStaged().unchanged()).isEqualTo(1);
        }
    }

    @Test
    void should_send_the_events_of_a_despatch_advice_once_its_ship_from_site_is_configured() throws Exception {
        adapter.drop("products.xml", sample("products-2026-11-21.xml"));
        adapter.drop("desadv.edi", sample("desadv-2026-11-21.edi"));
        adapter.runOnce();
        assertThat(adapter.portal.records().events()).as("the shipment waits for its ship-from site").isEmpty();

        configureSite();
        adapter.runOnce();

        assertThat(adapter.portal.records().location(SITE)).isPresent();
        assertThat(adapter.portal.records().events()).singleElement()
                .satisfies(event -> assertThat(event.body().path("congDoan").asText()).isEqualTo("VAN_CHUYEN"));
    }

    @Test
    void should_send_the_production_event_of_a_lot_made_at_a_configured_site_no_file_names() throws Exception {
        configureSite();
        adapter.drop("products.xml", sample("products-2026-11-21.xml"));
        adapter.drop("lots.xml", sample("lots-2026-11-21.xml"));

        adapter.runOnce();

        assertThat(adapter.portal.records().location(SITE)).isPresent();
        assertThat(adapter.portal.records().events()).singleElement()
                .satisfies(event -> assertThat(event.body().path("congDoan").asText()).isEqualTo("SAN_XUAT"));
    }
}
