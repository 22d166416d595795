package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.txng.adapter.app.Messages.GTIN_A;
import static vn.txng.adapter.app.Messages.message;
import static vn.txng.adapter.app.Messages.product;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import vn.txng.adapter.push.PushSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that breaks off part-way through the ingest route (`run --once`): the records complete
 * before the break are staged and delivered, the file goes to the failed folder, and its report
 * says where and why. The same for XML and EDI.
 */
class BrokenFileIngestTest {

    @TempDir
    Path work;
    AdapterFixture adapter;

    @BeforeEach
    void start() throws Exception {
        adapter = new AdapterFixture(work);
        // the lots' product, so that the lots staged are also delivered
        adapter.drop("products.xml", message(product(GTIN_A, "Nước mắm")));
    }

    @AfterEach
    void stop() {
        adapter.close();
    }

    private static String fixture(String name) throws Exception {
        return Files.readString(Path.of(BrokenFileIngestTest.class.getResource(name).toURI()));
    }

    @Test
    void should_deliver_the_lots_complete_before_the_cut_of_a_truncated_xml_file() throws Exception {
        adapter.drop("cut.xml", fixture("/xml/truncated/cut-in-the-third-lot.xml"));

        adapter.runOnce();

        assertThat(adapter.portal.records().lot(GTIN_A, "L2611-01A")).isPresent();
        assertThat(adapter.portal.records().lot(GTIN_A, "L2611-02A")).isPresent();
        assertThat(adapter.portal.records().lots()).hasSize(2);
    }

    @Test
    void should_report_a_truncated_xml_file_as_failed_malformed_with_what_was_staged_before_the_cut() throws Exception {
        adapter.drop("cut.xml", fixture("/xml/truncated/cut-in-the-third-lot.xml"));

        adapter.runOnce();

        JsonNode report = adapter.reportOf("cut.xml");
        assertThat(report.path("status").asText()).isEqualTo("FAILED");
        assertThat(report.path("fatal").path("code").asText()).isEqualTo("XML_MALFORMED");
        assertThat(report.path("fatal").path("line").asLong()).isEqualTo(18);
        assertThat(report.path("records").asLong()).isEqualTo(3);
        assertThat(report.path("accepted").asLong()).isEqualTo(2);
        assertThat(report.path("rejected").asLong()).isEqualTo(1);
        assertThat(adapter.filesUnder("failed")).extracting(p -> p.getFileName().toString()).singleElement()
                .satisfies(name -> assertThat(name).startsWith("cut."));
    }

    @Test
    void should_deliver_the_lots_before_a_mismatched_end_tag_and_fail_the_file_as_malformed() throws Exception {
        adapter.drop("mismatched.xml", fixture("/xml/malformed/mismatched-end-tag-in-the-third-lot.xml"));

        adapter.runOnce();

        assertThat(adapter.portal.records().lots()).hasSize(2);
        JsonNode report = adapter.reportOf("mismatched.xml");
        assertThat(report.path("fatal").path("code").asText()).isEqualTo("XML_MALFORMED");
        assertThat(report.path("fatal").path("line").asLong()).isEqualTo(18);
        assertThat(report.path("accepted").asLong()).isEqualTo(2);
    }

    @Test
    void should_deliver_the_message_confirmed_before_an_edifact_file_is_cut_short() throws Exception {
        adapter.drop("desadv.edi", fixture("/edi/desadv-truncated-in-second-message.edi"));

        adapter.runOnce();

        assertThat(adapter.portal.records().lot(GTIN_A, "E1")).isPresent();
        JsonNode report = adapter.reportOf("desadv.edi");
        assertThat(report.path("fatal").path("code").asText()).isEqualTo("EDI_TRUNCATED");
        assertThat(report.path("accepted").asLong()).isEqualTo(1);
    }

    @Test
    void should_have_the_records_before_the_break_in_the_outbox_when_the_failed_file_is_reported() throws Exception {
        // many chunks before the cut, so the last ones are still being written behind the reader when the break is read
        String whole = message(Messages.productAndLots(GTIN_A, "Nước mắm cốt nhĩ", 3000));
        adapter.drop("big-cut.xml", whole.substring(0, whole.lastIndexOf("<Lot>") + 20));
        AtomicLong staged = new AtomicLong(-1);
        AtomicLong accepted = new AtomicLong();
        try (AdapterRuntime runtime = AdapterRuntime.start(adapter.settings())) {
            runtime.reports().onReport(report -> {
                if (report.file().startsWith("big-cut")) {
                    staged.set(runtime.outbox().counts().values().stream().mapToLong(Long::longValue).sum());
                    accepted.set(report.accepted());
                }
            });
            PushSummary ignored = new CamelApp(adapter.settings(), runtime, true).runOnce(false);
        }

        // one product (products.xml and the cut file name the same GTIN) and lots 1..2999, each staged once
        assertThat(accepted.get()).isEqualTo(3000);
        assertThat(staged.get()).isEqualTo(3000);
    }
}
