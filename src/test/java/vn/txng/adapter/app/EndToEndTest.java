package vn.txng.adapter.app;

import vn.txng.adapter.push.PushSummary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static vn.txng.adapter.app.Messages.GTIN_A;
import static vn.txng.adapter.app.Messages.GTIN_B;
import static vn.txng.adapter.app.Messages.lot;
import static vn.txng.adapter.app.Messages.message;
import static vn.txng.adapter.app.Messages.product;
import static vn.txng.adapter.app.Messages.productAndLots;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.app.AdapterFixture.RunResult;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.outbox.DeliveryState;
import vn.txng.adapter.outbox.OutboxItem;
import vn.txng.adapter.portal.sandbox.Fault;
import vn.txng.adapter.command.StatusCommand;

/** The whole path: XML file in the inbox, Camel routes, H2 outbox, real sandbox portal over HTTP. */
class EndToEndTest {

    private static final String PRODUCT_PATH = "/tochuc/v5/ToChuc_SanPham";
    private static final String LOT_PATH = "/tochuc/v5/ToChuc_LoHang";

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

    @Test
    void should_deliver_every_record_of_a_good_file() throws Exception {
        adapter.drop("good.xml", message(product(GTIN_A, "Nước mắm"), product(GTIN_B, "Trà xanh"),
                lot(GTIN_A, "L1", 100), lot(GTIN_B, "L2", 200)));

        RunResult run = adapter.runOnce();

        assertThat(run.summary().deliveredProducts()).isEqualTo(2);
        assertThat(run.summary().deliveredLots()).isEqualTo(2);
        assertThat(run.count(DeliveryState.DELIVERED)).isEqualTo(4);
        assertThat(adapter.portal.records().product(GTIN_A)).isPresent();
        assertThat(adapter.portal.records().lot(GTIN_B, "L2")).isPresent();
        assertThat(adapter.filesUnder("processed")).hasSize(1);
        assertThat(adapter.reportOf("good.xml").path("accepted").asLong()).isEqualTo(4);
    }

    @Test
    void should_keep_the_calls_in_flight_within_the_portal_concurrency() throws Exception {
        adapter.with("txng.portal.max-concurrency", "3");
        adapter.portal.maxInFlightPerClient(3).responseDelay(Duration.ofMillis(30));
        adapter.drop("many.xml", message(productAndLots(GTIN_A, "Nước mắm", 40)));

        RunResult run = adapter.runOnce();

        assertThat(run.count(DeliveryState.DELIVERED)).isEqualTo(41);
        assertThat(adapter.portal.calls(LOT_PATH, 429)).as("a 4th call at once earns HTTP 429").isZero();
    }

    @Test
    void should_deliver_every_record_with_one_call_in_flight() throws Exception {
        // with one sender, a send and the split's next step must both fit in the senders' queue: with room for
        // only one, every next step ran on the sender itself, one level deeper per record, until the stack broke
        adapter.with("txng.portal.max-concurrency", "1");
        adapter.drop("many.xml", message(productAndLots(GTIN_A, "Nước mắm", 1_000)));

        RunResult run = assertTimeoutPreemptively(Duration.ofSeconds(120), adapter::runOnce);

        assertThat(run.count(DeliveryState.DELIVERED)).isEqualTo(1_001);
    }

    @Test
    void should_name_the_missing_push_flow_file_when_a_routes_folder_of_ones_own_lacks_it() throws Exception {
        Path routes = java.nio.file.Files.createDirectories(work.resolve("my-routes"));
        java.nio.file.Files.copy(Path.of("routes", "ingest-inbox.camel.yaml"), routes.resolve("ingest-inbox.camel.yaml"));
        adapter.with("txng.routes.dir", routes.toString());
        adapter.drop("good.xml", message(product(GTIN_A, "Nước mắm")));

        assertThatThrownBy(adapter::runOnce)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(routes.toString())
                .hasMessageContaining("has no push-portal.camel.yaml");
    }

    @Test
    void should_deliver_the_good_records_and_report_the_bad_ones_with_line_and_reason() throws Exception {
        adapter.drop("mixed.xml", message(product(GTIN_A, "Nước mắm"),
                product("8934563123452", "Sai số kiểm tra"),
                lot(GTIN_A, "L1", 100),
                lot(GTIN_A, "L2", -5)));

        RunResult run = adapter.runOnce();

        assertThat(run.count(DeliveryState.DELIVERED)).isEqualTo(2);
        assertThat(adapter.portal.records().products()).hasSize(1);
        assertThat(adapter.portal.records().lots()).hasSize(1);
        JsonNode report = adapter.reportOf("mixed.xml");
        assertThat(report.path("rejected").asLong()).isEqualTo(2);
        JsonNode badGtin = report.path("rejections").get(0);
        assertThat(badGtin.path("file").asText()).isEqualTo("mixed.xml");
        assertThat(badGtin.path("line").asLong()).as("the line where the record starts").isEqualTo(13);
        assertThat(badGtin.path("field").asText()).isEqualTo("Gtin");
        assertThat(badGtin.path("code").asText()).isEqualTo("BAD_CHECK_DIGIT");
        JsonNode badQuantity = report.path("rejections").get(1);
        assertThat(badQuantity.path("field").asText()).isEqualTo("Quantity");
        assertThat(badQuantity.path("message").asText()).contains("-5");
    }

    @Test
    void should_send_nothing_when_the_same_file_is_dropped_twice() throws Exception {
        String file = message(product(GTIN_A, "Nước mắm"), lot(GTIN_A, "L1", 100));
        adapter.drop("nightly.xml", file);
        adapter.runOnce();
        long callsAfterFirst = adapter.portalCalls();

        adapter.drop("nightly.xml", file);
        RunResult second = adapter.runOnce();

        assertThat(adapter.portalCalls()).isEqualTo(callsAfterFirst);
        assertThat(second.summary().deliveredProducts() + second.summary().deliveredLots()).isZero();
        assertThat(adapter.reportOf("nightly.xml").path("unchanged").asLong()).isEqualTo(2);
        assertThat(adapter.filesUnder("processed")).hasSize(2);
    }

    @Test
    void should_send_a_changed_record_again_and_only_that_one() throws Exception {
        adapter.drop("day1.xml", message(product(GTIN_A, "Nước mắm"), lot(GTIN_A, "L1", 100), lot(GTIN_A, "L2", 100)));
        adapter.runOnce();

        adapter.drop("day2.xml", message(product(GTIN_A, "Nước mắm"), lot(GTIN_A, "L1", 100), lot(GTIN_A, "L2", 250)));
        RunResult second = adapter.runOnce();

        assertThat(second.summary().deliveredProducts()).isZero();
        assertThat(second.summary().deliveredLots()).isEqualTo(1);
        assertThat(adapter.portal.records().lot(GTIN_A, "L2").orElseThrow().body().path("soLuong").asInt()).isEqualTo(250);
    }

    @Test
    void should_fetch_one_new_token_when_the_portal_answers_401_mid_run() throws Exception {
        adapter.portal.injectFault(Fault.status(401, 1).onPath(LOT_PATH));
        adapter.drop("good.xml", message(product(GTIN_A, "Nước mắm"), lot(GTIN_A, "L1", 100)));

        RunResult run = adapter.runOnce();

        assertThat(adapter.portal.tokenRequests()).isEqualTo(2);
        assertThat(run.count(DeliveryState.DELIVERED)).isEqualTo(2);
        assertThat(adapter.portal.records().lot(GTIN_A, "L1")).isPresent();
    }

    @Test
    void should_reject_and_never_resend_when_the_portal_answers_success_false_with_http_200() throws Exception {
        adapter.portal.injectFault(Fault.successFalse(1).onPath(PRODUCT_PATH));
        adapter.drop("one.xml", message(product(GTIN_A, "Nước mắm")));

        RunResult run = adapter.runOnce();
        long calls = adapter.portalCalls();
        RunResult again = adapter.push();

        assertThat(run.summary().rejected()).isEqualTo(1);
        assertThat(run.count(DeliveryState.REJECTED)).isEqualTo(1);
        assertThat(again.summary().rejected() + again.summary().retry() + again.summary().deliveredProducts()).isZero();
        assertThat(adapter.portalCalls()).isEqualTo(calls);
        assertThat(adapter.portal.records().products()).isEmpty();
        java.io.ByteArrayOutputStream status = new java.io.ByteArrayOutputStream();
        StatusCommand.print(adapter.settings(), new java.io.PrintStream(status, true, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(status.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("rejected 1").contains("product 08934563123451: ERR_VALIDATION");
    }

    @Test
    void should_retry_after_a_503_and_deliver_on_a_later_push() throws Exception {
        adapter.portal.injectFault(Fault.status(503, 1).onPath(PRODUCT_PATH));
        adapter.drop("one.xml", message(product(GTIN_A, "Nước mắm")));

        RunResult first = adapter.runOnce();
        assertThat(first.count(DeliveryState.RETRY)).isEqualTo(1);
        Thread.sleep(400); // past txng.push.retry-initial, so the record is due again
        RunResult later = adapter.push();

        assertThat(later.summary().deliveredProducts()).isEqualTo(1);
        assertThat(later.count(DeliveryState.DELIVERED)).isEqualTo(1);
        assertThat(adapter.portal.records().products()).hasSize(1);
    }

    @Test
    void should_move_malformed_and_non_xml_files_to_failed_and_still_deliver_the_good_file() throws Exception {
        adapter.drop("broken.xml", message(product(GTIN_A, "Nước mắm")).replace("</Product>", "</Produkt>"));
        adapter.drop("notes.txt", "this is not an export\n");
        adapter.drop("good.xml", message(product(GTIN_B, "Trà xanh")));

        RunResult run = adapter.runOnce();

        assertThat(adapter.filesUnder("failed")).extracting(p -> p.getFileName().toString())
                .anyMatch(n -> n.startsWith("broken.")).anyMatch(n -> n.startsWith("notes."));
        assertThat(adapter.reportOf("broken.xml").path("fatal").path("code").asText()).isEqualTo("XML_MALFORMED");
        assertThat(adapter.reportOf("broken.xml").path("fatal").path("line").asLong()).isEqualTo(12);
        assertThat(adapter.reportOf("notes.txt").path("fatal").path("code").asText()).isEqualTo("UNKNOWN_FORMAT");
        assertThat(adapter.portal.records().product(GTIN_B)).isPresent();
        assertThat(adapter.portal.records().product(GTIN_A)).isEmpty();
        assertThat(run.count(DeliveryState.DELIVERED)).isEqualTo(1);
    }

    @Test
    void should_refuse_a_file_with_an_external_entity_and_read_nothing_through_it() throws Exception {
        Path secretFile = work.resolve("etc-passwd");
        java.nio.file.Files.writeString(secretFile, "root:x:0:0");
        adapter.drop("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE TraceabilityMessage [<!ENTITY x SYSTEM \"" + secretFile.toUri() + "\">]>\n"
                + message(product(GTIN_A, "&x;")).replaceFirst("<\\?xml[^>]*>\\s*", ""));

        adapter.runOnce();

        assertThat(adapter.reportOf("xxe.xml").path("fatal").path("code").asText()).isEqualTo("XML_DOCTYPE_REFUSED");
        assertThat(adapter.reports().toString()).doesNotContain("root:x:0:0");
        assertThat(adapter.portal.records().products()).isEmpty();
        assertThat(adapter.filesUnder("failed")).hasSize(1);
    }

    @Test
    void should_deliver_to_the_built_in_sandbox_and_say_so_when_no_client_id_is_set() throws Exception {
        adapter.with("txng.portal.client-id", "");
        adapter.drop("good.xml", message(product(GTIN_A, "Nước mắm")));

        try (AdapterRuntime runtime = AdapterRuntime.start(adapter.settings())) {
            PushSummary summary = new CamelApp(adapter.settings(), runtime, true).runOnce();

            assertThat(summary.deliveredProducts()).isEqualTo(1);
            assertThat(runtime.portal().sandboxMode()).isTrue();
            assertThat(runtime.portal().describe()).contains("SANDBOX").contains("nothing sent to the national portal");
            assertThat(runtime.portal().sandbox().records().product(GTIN_A)).isPresent();
        }
        assertThat(adapter.portalCalls()).as("the configured portal got nothing").isZero();
    }

    @Test
    void should_hold_a_lot_that_arrives_before_its_product_and_deliver_it_after_the_product() throws Exception {
        adapter.drop("lots.xml", message(lot(GTIN_A, "L1", 100)));
        RunResult first = adapter.runOnce();
        assertThat(first.count(DeliveryState.RETRY)).isEqualTo(1);
        assertThat(adapter.portal.calls(LOT_PATH, 409)).isEqualTo(1);

        Thread.sleep(400); // past txng.push.retry-initial
        adapter.drop("products.xml", message(product(GTIN_A, "Nước mắm")));
        RunResult second = adapter.runOnce();

        assertThat(second.count(DeliveryState.DELIVERED)).isEqualTo(2);
        assertThat(adapter.portal.records().lot(GTIN_A, "L1")).isPresent();
    }

    @Test
    void should_not_duplicate_a_record_whose_confirmation_was_lost_in_a_crash() throws Exception {
        adapter.with("txng.push.lease", "300ms");
        adapter.drop("one.xml", message(product(GTIN_A, "Nước mắm")));
        try (AdapterRuntime runtime = AdapterRuntime.start(adapter.settings())) {
            new CamelApp(adapter.settings(), runtime, true).runOnce(false);
            // the portal stores the record, then the process dies before the outbox hears of it
            OutboxItem claimed = runtime.outbox().claim(RecordKind.PRODUCT, 10, Instant.now(), Duration.ofMillis(300)).get(0);
            runtime.portal().client().send(claimed.kind(), claimed.record(), claimed.idempotencyKey());
        }

        Thread.sleep(400); // the lease of the lost claim runs out
        RunResult restarted = adapter.push();

        assertThat(restarted.count(DeliveryState.DELIVERED)).isEqualTo(1);
        assertThat(adapter.portal.calls(PRODUCT_PATH, 200)).isEqualTo(2);
        assertThat(adapter.portal.records().products()).hasSize(1);
    }

    @Test
    void should_deliver_lots_from_an_eancom_desadv_as_it_does_from_xml() throws Exception {
        adapter.drop("products.xml", message(product(GTIN_A, "Nước mắm"), product(GTIN_B, "Trà xanh")));
        adapter.drop("desadv.edi", java.nio.file.Files.readString(Path.of("samples/desadv-2026-11-21.edi")));

        RunResult run = adapter.runOnce();

        assertThat(run.count(DeliveryState.DELIVERED)).as("2 products, 3 lots: one line despatches two batches in PCI groups").isEqualTo(5);
        assertThat(adapter.reportOf("desadv.edi").path("format").asText()).isEqualTo("EDIFACT");
        assertThat(adapter.portal.records().lot(GTIN_A, "L2611-20C")).isPresent();
        JsonNode second = adapter.portal.records().lot(GTIN_A, "L2611-21A").orElseThrow().body();
        assertThat(second.path("hanSuDung").asText()).as("the PCI group's own expiry").isEqualTo("2028-11-21");
        assertThat(second.path("soLuong").asInt()).as("the PCI group's own quantity").isEqualTo(4000);
        assertThat(adapter.portal.records().lot(GTIN_B, "TX261120").orElseThrow().body().path("hanSuDung").asText())
                .as("DTM+361 best-before taken as the expiry").isEqualTo("2028-11-20");
    }

    @Test
    void should_complete_a_catalogue_product_from_the_master_file_staged_before() throws Exception {
        adapter.drop("master.xml", message(product(GTIN_A, "Nước mắm"), product(GTIN_B, "Trà xanh")));
        adapter.runOnce();

        adapter.drop("pricat.edi", java.nio.file.Files.readString(Path.of("samples/incomplete/pricat-2026-11-21.edi")));
        adapter.runOnce();

        JsonNode report = adapter.reportOf("pricat.edi");
        assertThat(report.path("rejected").asLong()).as("images and sales unit come from the master file").isZero();
        JsonNode product = adapter.portal.records().product(GTIN_A).orElseThrow().body();
        assertThat(product.path("ten").asText()).isEqualTo("Nước mắm Phú Quốc 40 độ đạm");
        assertThat(product.path("hinhAnh").get(0).asText()).isEqualTo("https://cdn.example.vn/sp/" + GTIN_A + ".jpg");
        assertThat(product.path("donViTinh").asText()).isEqualTo("Chai");
    }
}
