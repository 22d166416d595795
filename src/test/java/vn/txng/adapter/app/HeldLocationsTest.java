package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.txng.adapter.app.Messages.message;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.model.LocationRecord;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.outbox.DeliveryState;
import vn.txng.adapter.outbox.StagedContent;

/**
 * A location a file names by its GLN only (as a despatch advice party is): held in the outbox (H2 here) with what it
 * lacks, until a later file or the configured locations ({@code txng.locations.*}) complete it.
 */
class HeldLocationsTest {

    private static final String STORE_GLN = "8930000999993";
    private static final String STORE = "(414)" + STORE_GLN;
    private static final String GLN_ONLY = "  <Location><Gln>" + STORE_GLN + "</Gln></Location>\n";
    private static final String NAME = "Cửa hàng Hương Biển Quận 1";

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

    private StagedContent store() {
        try (AdapterRuntime runtime = AdapterRuntime.start(adapter.settings())) {
            return runtime.outbox().stagedContent(RecordKind.LOCATION, STORE).orElseThrow();
        }
    }

    private void stage(String file, String... records) throws Exception {
        adapter.drop(file, message(records));
        AdapterFixture.CommandRun run = adapter.runOnceCommand(false);
        assertThat(run.exit()).as(run.stdout()).isZero();
    }

    @Test
    void should_hold_a_location_known_by_its_gln_only_and_report_what_it_lacks() throws Exception {
        stage("parties.xml", GLN_ONLY);

        assertThat(store().state()).isEqualTo(DeliveryState.HELD);
        JsonNode report = adapter.reportOf("parties.xml");
        assertThat(report.path("held").asLong()).isEqualTo(1);
        assertThat(report.path("kinds").path("location").path("held").asLong()).isEqualTo(1);
        JsonNode held = report.path("heldLocations").get(0);
        assertThat(held.path("code").asText()).isEqualTo("LOCATION_INCOMPLETE");
        assertThat(held.path("location").asText()).isEqualTo(STORE);
        assertThat(held.path("fields")).extracting(JsonNode::asText).containsExactly("Name", "Address", "Kind");
    }

    @Test
    void should_send_a_held_location_once_a_later_file_brings_its_master_data() throws Exception {
        stage("parties.xml", GLN_ONLY);

        stage("locations.xml", "  <Location><Gln>" + STORE_GLN + "</Gln><Name>" + NAME + "</Name><Address>12 Lê Lợi, Quận 1</Address>"
                + "<Kind>CUA_HANG</Kind></Location>\n");

        StagedContent store = store();
        assertThat(store.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(((LocationRecord) store.record()).name()).isEqualTo(NAME);
    }

    @Test
    void should_complete_a_location_known_by_its_gln_from_the_configured_locations() throws Exception {
        adapter.with("txng.locations.store-q1.gln", STORE_GLN)
                .with("txng.locations.store-q1.name", NAME)
                .with("txng.locations.store-q1.address", "12 Lê Lợi, Quận 1")
                .with("txng.locations.store-q1.kind", "CUA_HANG");

        stage("parties.xml", GLN_ONLY);

        StagedContent store = store();
        assertThat(store.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(((LocationRecord) store.record()).locationKind()).isEqualTo("CUA_HANG");
    }
}
