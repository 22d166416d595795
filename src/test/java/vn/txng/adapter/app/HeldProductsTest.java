package vn.txng.adapter.app;

import vn.txng.adapter.push.PushSummary;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.txng.adapter.app.Messages.GTIN_A;
import static vn.txng.adapter.app.Messages.GTIN_B;
import static vn.txng.adapter.app.Messages.lot;
import static vn.txng.adapter.app.Messages.message;
import static vn.txng.adapter.app.Messages.product;
import static vn.txng.adapter.app.Messages.productAndLots;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.app.AdapterFixture.RunResult;
import vn.txng.adapter.identifier.IdentifierNormalizer;
import vn.txng.adapter.ingest.FileIngestion;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.ingest.RecordChunk;
import vn.txng.adapter.ingest.ProductDefaults;
import vn.txng.adapter.ingest.RecordNormalizer;
import vn.txng.adapter.ingest.StagedRecords;
import vn.txng.adapter.model.ProductRecord;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.outbox.DeliveryState;
import vn.txng.adapter.command.RunCommand;
import vn.txng.adapter.command.StatusCommand;
import vn.txng.adapter.command.ValidateCommand;

/**
 * Products a catalogue leaves incomplete: held in the outbox (not sent, not lost) until another file
 * supplies what they lack, with their lots waiting for them; through the routes, the outbox (H2 here, PostgreSQL in {@link PostgresHeldProductsTest}) and
 * the real sandbox portal.
 */
class HeldProductsTest {

    private static final Path INCOMPLETE_PRICAT = Path.of("samples/incomplete/pricat-2026-11-21.edi");
    private static final String PRODUCT_PATH = "/tochuc/v5/ToChuc_SanPham";
    private static final String LOT_PATH = "/tochuc/v5/ToChuc_LoHang";
    private static final String GTIN_A_14 = "0" + GTIN_A;
    private static final String LOT_A = "L2611-20C";
    private static final String LOT_B = "TX261120";
    /** One lot of each catalogue product, as the nightly production export gives them. */
    private static final String LOTS = message(lot(GTIN_A, LOT_A, 12000), lot(GTIN_B, LOT_B, 4800));

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

    /** What the master file gives that the catalogue lacks: the image and the sales unit, nothing else. */
    private static String imageAndSalesUnit(String gtin) {
        return """
                  <Product>
                    <Gtin>%s</Gtin>
                    <ImageUrl>https://cdn.example.vn/sp/%s-front.jpg</ImageUrl>
                    <SalesUnit>Chai</SalesUnit>
                  </Product>
                """.formatted(gtin, gtin);
    }

    private String status() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatusCommand.print(adapter.settings(), new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void should_hold_an_incomplete_catalogue_product_and_report_the_fields_it_lacks() throws Exception {
        adapter.drop("pricat.edi", Files.readString(INCOMPLETE_PRICAT));

        RunResult run = adapter.runOnce();

        assertThat(run.count(DeliveryState.HELD)).isEqualTo(2);
        assertThat(run.count(DeliveryState.PENDING) + run.count(DeliveryState.RETRY)).isZero();
        assertThat(adapter.portal.calls(PRODUCT_PATH, 200)).isZero();
        assertThat(adapter.portal.records().products()).isEmpty();
        JsonNode report = adapter.reportOf("pricat.edi");
        assertThat(report.path("held").asLong()).isEqualTo(2);
        assertThat(report.path("rejected").asLong()).isZero();
        assertThat(report.path("accepted").asLong()).isZero();
        JsonNode first = report.path("heldProducts").get(0);
        assertThat(first.path("code").asText()).isEqualTo("PRODUCT_INCOMPLETE");
        assertThat(first.path("gtin").asText()).isEqualTo(GTIN_A_14);
        assertThat(first.path("locator").asText()).contains("LIN");
        assertThat(first.path("fields")).extracting(JsonNode::asText).containsExactly("ImageUrl", "SalesUnit");
        assertThat(first.path("message").asText()).contains("until a file supplies: ImageUrl, SalesUnit");
    }

    @Test
    void should_deliver_a_held_product_with_the_fields_of_both_files_and_then_its_waiting_lots() throws Exception {
        adapter.drop("pricat.edi", Files.readString(INCOMPLETE_PRICAT));
        adapter.runOnce();
        adapter.drop("lots.xml", LOTS);
        RunResult lotsFirst = adapter.runOnce();
        assertThat(lotsFirst.count(DeliveryState.HELD)).as("2 products and their 2 lots").isEqualTo(4);
        assertThat(lotsFirst.summary().held()).isEqualTo(2);
        assertThat(adapter.portal.calls(LOT_PATH, 409)).as("no lot is sent ahead of its held product").isZero();
        assertThat(adapter.portal.records().lots()).isEmpty();

        adapter.drop("master.xml", message(imageAndSalesUnit(GTIN_A)));
        RunResult completed = adapter.runOnce();

        assertThat(adapter.reportOf("master.xml").path("accepted").asLong()).isEqualTo(1);
        JsonNode product = adapter.portal.records().product(GTIN_A).orElseThrow().body();
        assertThat(product.path("ten").asText()).as("from the catalogue").isEqualTo("Nước mắm Phú Quốc 40 độ đạm");
        assertThat(product.path("thuongHieu").asText()).as("from the catalogue").isEqualTo("Hương Biển");
        assertThat(product.path("nhaSanXuat").path("maSoThue").asText()).as("from the catalogue").isEqualTo("0301234567");
        assertThat(product.path("hinhAnh").get(0).asText()).as("from the master file")
                .isEqualTo("https://cdn.example.vn/sp/" + GTIN_A + "-front.jpg");
        assertThat(product.path("donViTinh").asText()).as("from the master file").isEqualTo("Chai");
        assertThat(adapter.portal.records().lot(GTIN_A, LOT_A)).as("its lot goes out after it").isPresent();
        assertThat(completed.summary().deliveredProducts()).isEqualTo(1);
        assertThat(completed.summary().deliveredLots()).isEqualTo(1);
        assertThat(adapter.portal.records().product(GTIN_B)).as("the other product is still incomplete").isEmpty();
        assertThat(adapter.portal.records().lot(GTIN_B, LOT_B)).isEmpty();
        assertThat(completed.count(DeliveryState.HELD)).isEqualTo(2);
        assertThat(adapter.portal.calls(LOT_PATH, 409)).isZero();
    }

    @Test
    void should_merge_a_catalogue_product_with_the_master_staged_while_it_was_checked_rather_than_hold_over_it() throws Exception {
        Path pricat = work.resolve("pricat.edi");
        Files.copy(INCOMPLETE_PRICAT, pricat);
        Path master = work.resolve("master.xml");
        Files.writeString(master, message(product(GTIN_A, "Nước mắm (tên trong tệp gốc)")), StandardCharsets.UTF_8);
        try (AdapterRuntime runtime = AdapterRuntime.start(adapter.settings());
             FileIngestion catalogue = FileIngestion.open(pricat, "pricat.edi", false, 1000);
             FileIngestion masterFile = FileIngestion.open(master, "master.xml", false, 1000)) {
            // two ingests at once: the catalogue is checked while nothing is staged for its GTINs ...
            RecordChunk checked = runtime.normalizer().normalize(catalogue.iterator().next());
            assertThat(checked.held()).hasSize(2);
            // ... then the master file stages the complete product and it is delivered, before the catalogue stages
            runtime.staging().stage(runtime.normalizer().normalize(masterFile.iterator().next()));
            CamelApp.pushOnce(adapter.settings(), runtime);
            assertThat(runtime.outbox().state(RecordKind.PRODUCT, GTIN_A_14)).contains(DeliveryState.DELIVERED);

            runtime.staging().stage(checked);

            assertThat(runtime.outbox().state(RecordKind.PRODUCT, GTIN_A_14)).as("never back to held")
                    .contains(DeliveryState.PENDING);
            ProductRecord staged = (ProductRecord) runtime.outbox().staged(RecordKind.PRODUCT, GTIN_A_14).orElseThrow();
            assertThat(staged.name()).as("the catalogue's, the newer").isEqualTo("Nước mắm Phú Quốc 40 độ đạm");
            assertThat(staged.brand()).as("the catalogue's").isEqualTo("Hương Biển");
            assertThat(staged.imageUrls()).as("the master's, kept").containsExactly("https://cdn.example.vn/sp/" + GTIN_A + ".jpg");
            assertThat(staged.salesUnit()).as("the master's, kept").isEqualTo("Chai");
            assertThat(runtime.outbox().state(RecordKind.PRODUCT, "0" + GTIN_B)).contains(DeliveryState.HELD);
            assertThat(catalogue.report().held()).as("only the product still incomplete counts as held").isEqualTo(1);
            assertThat(catalogue.report().accepted()).isEqualTo(1);
        }
    }

    @Test
    void should_complete_a_held_product_from_two_records_of_one_file_read_in_chunks_of_one() throws Exception {
        adapter.with("txng.ingest.chunk-size", "1");
        should_complete_a_held_product_from_two_records_of_one_file();
    }

    @Test
    void should_recheck_a_refused_hold_with_every_record_of_its_chunk_for_the_gtin() throws Exception {
        Path catalogue = work.resolve("catalogue.xml");
        Files.writeString(catalogue, message("""
                  <Product>
                    <Gtin>%s</Gtin>
                    <Brand>Hương Biển (tệp 1)</Brand>
                  </Product>
                  <Product>
                    <Gtin>%s</Gtin>
                    <Name>Nước mắm (tệp 1)</Name>
                  </Product>
                """.formatted(GTIN_A, GTIN_A)), StandardCharsets.UTF_8);
        Path master = work.resolve("master.xml");
        Files.writeString(master, message(product(GTIN_A, "Nước mắm (tệp gốc)")), StandardCharsets.UTF_8);
        try (AdapterRuntime runtime = AdapterRuntime.start(adapter.settings());
             FileIngestion first = FileIngestion.open(catalogue, "catalogue.xml", false, 1000);
             FileIngestion masterFile = FileIngestion.open(master, "master.xml", false, 1000)) {
            RecordChunk checked = runtime.normalizer().normalize(first.iterator().next());
            assertThat(checked.held()).as("the two records, merged, are one held product").hasSize(1);
            runtime.staging().stage(runtime.normalizer().normalize(masterFile.iterator().next()));

            runtime.staging().stage(checked);

            ProductRecord staged = (ProductRecord) runtime.outbox().staged(RecordKind.PRODUCT, GTIN_A_14).orElseThrow();
            assertThat(staged.brand()).as("from the first record").isEqualTo("Hương Biển (tệp 1)");
            assertThat(staged.name()).as("from the second").isEqualTo("Nước mắm (tệp 1)");
            assertThat(staged.salesUnit()).as("from the master").isEqualTo("Chai");
            assertThat(first.report().held()).isZero();
            assertThat(first.report().accepted()).isEqualTo(1);
        }
    }

    @Test
    void should_complete_a_held_product_from_two_records_of_one_file() throws Exception {
        adapter.drop("pricat.edi", Files.readString(INCOMPLETE_PRICAT));
        adapter.runOnce();

        adapter.drop("master.xml", message("""
                  <Product>
                    <Gtin>%s</Gtin>
                    <ImageUrl>https://cdn.example.vn/sp/%s-front.jpg</ImageUrl>
                  </Product>
                  <Product>
                    <Gtin>%s</Gtin>
                    <SalesUnit>Chai</SalesUnit>
                  </Product>
                """.formatted(GTIN_A, GTIN_A, GTIN_A)));
        adapter.runOnce();

        JsonNode product = adapter.portal.records().product(GTIN_A).orElseThrow().body();
        assertThat(product.path("hinhAnh").get(0).asText()).as("from the first record")
                .isEqualTo("https://cdn.example.vn/sp/" + GTIN_A + "-front.jpg");
        assertThat(product.path("donViTinh").asText()).as("from the second").isEqualTo("Chai");
        assertThat(product.path("thuongHieu").asText()).as("from the catalogue").isEqualTo("Hương Biển");
        JsonNode report = adapter.reportOf("master.xml");
        assertThat(report.path("held").asLong()).as("the first record's hold is taken back by the second").isZero();
        assertThat(report.path("accepted").asLong()).isEqualTo(1);
    }

    @Test
    void should_keep_a_product_held_with_what_a_later_file_adds_while_it_is_still_incomplete() throws Exception {
        adapter.drop("pricat.edi", Files.readString(INCOMPLETE_PRICAT));
        adapter.runOnce();

        adapter.drop("images.xml", message("""
                  <Product>
                    <Gtin>%s</Gtin>
                    <ImageUrl>https://cdn.example.vn/sp/%s.png</ImageUrl>
                  </Product>
                """.formatted(GTIN_A, GTIN_A)));
        RunResult run = adapter.runOnce();

        assertThat(run.count(DeliveryState.HELD)).isEqualTo(2);
        assertThat(adapter.portal.records().products()).isEmpty();
        JsonNode report = adapter.reportOf("images.xml");
        assertThat(report.path("held").asLong()).isEqualTo(1);
        assertThat(report.path("heldProducts").get(0).path("fields")).extracting(JsonNode::asText).containsExactly("SalesUnit");
    }

    @Test
    void should_merge_a_product_with_the_one_an_earlier_chunk_of_its_file_staged_while_that_chunk_is_written_behind() throws Exception {
        adapter.with("txng.ingest.chunk-size", "2000");
        // the first chunk (the product and its lots) goes to the file's writer thread; the second lacks all but
        // an image and the sales unit, and is complete only if its merge reads the first back once it is written
        String[] first = productAndLots(GTIN_A, "Nước mắm (tệp gốc)", 1999);
        adapter.drop("master.xml", message(first).replace("</TraceabilityMessage>", imageAndSalesUnit(GTIN_A) + "</TraceabilityMessage>"));

        RunResult run = adapter.runOnce();

        JsonNode report = adapter.reportOf("master.xml");
        assertThat(report.path("held").asLong()).as("merged with the first, nothing lacks").isZero();
        assertThat(report.path("accepted").asLong()).as("the product, its lots, the product's new image").isEqualTo(2001);
        assertThat(run.count(DeliveryState.HELD)).isZero();
        JsonNode product = adapter.portal.records().product(GTIN_A).orElseThrow().body();
        assertThat(product.path("hinhAnh").get(0).asText()).as("the second record's").isEqualTo("https://cdn.example.vn/sp/" + GTIN_A + "-front.jpg");
    }

    @Test
    void should_reject_and_not_hold_a_product_with_a_wrong_value() throws Exception {
        adapter.drop("bad-tax-code.xml", message("""
                  <Product>
                    <Gtin>%s</Gtin>
                    <Name>Nước mắm</Name>
                    <NetContent unit="MLT">500</NetContent>
                    <Manufacturer><Name>Công ty Hương Biển</Name><Address>Phú Quốc</Address><TaxCode>03012345</TaxCode></Manufacturer>
                  </Product>
                """.formatted(GTIN_A)));

        RunResult run = adapter.runOnce();

        JsonNode report = adapter.reportOf("bad-tax-code.xml");
        assertThat(report.path("rejected").asLong()).isEqualTo(1);
        assertThat(report.path("held").asLong()).isZero();
        assertThat(report.path("rejections")).extracting(r -> r.path("code").asText()).contains("BAD_TAX_CODE");
        assertThat(run.counts().values()).as("nothing staged").containsOnly(0L);
    }

    @Test
    void should_leave_a_delivered_product_delivered_and_unsent_when_a_later_file_lacks_some_of_its_fields() throws Exception {
        adapter.drop("master.xml", message(product(GTIN_A, "Nước mắm")));
        adapter.runOnce();
        long calls = adapter.portalCalls();

        adapter.drop("catalogue.xml", message("""
                  <Product>
                    <Gtin>%s</Gtin>
                    <Name>Nước mắm</Name>
                    <NetContent unit="MLT">500</NetContent>
                  </Product>
                """.formatted(GTIN_A)));
        RunResult run = adapter.runOnce();

        assertThat(run.count(DeliveryState.DELIVERED)).isEqualTo(1);
        assertThat(run.count(DeliveryState.HELD)).isZero();
        assertThat(adapter.reportOf("catalogue.xml").path("unchanged").asLong()).isEqualTo(1);
        assertThat(adapter.reportOf("catalogue.xml").path("held").asLong()).isZero();
        assertThat(adapter.portalCalls()).isEqualTo(calls);
    }

    @Test
    void should_list_held_products_with_the_fields_they_lack_and_their_waiting_lots_in_status() throws Exception {
        adapter.drop("pricat.edi", Files.readString(INCOMPLETE_PRICAT));
        adapter.runOnce();
        adapter.drop("lots.xml", LOTS);
        adapter.runOnce();

        assertThat(status())
                .contains("held 4")
                .contains("product " + GTIN_A_14 + ": PRODUCT_INCOMPLETE: held until a file supplies: ImageUrl, SalesUnit")
                .contains("lot " + GTIN_A_14 + "/" + LOT_A + ": PRODUCT_HELD: waits for product " + GTIN_A_14);
    }

    @Test
    void should_end_a_run_with_exit_code_0_when_only_held_records_are_left() throws Exception {
        adapter.drop("pricat.edi", Files.readString(INCOMPLETE_PRICAT));
        adapter.drop("lots.xml", LOTS);

        try (AdapterRuntime runtime = AdapterRuntime.start(adapter.settings())) {
            PushSummary summary = new CamelApp(adapter.settings(), runtime, true).runOnce();

            assertThat(runtime.outbox().counts()).containsEntry(DeliveryState.HELD, 4L);
            assertThat(RunCommand.printSummary(runtime, summary)).as("a retry would not help: a file must complete them").isZero();
        }
    }

    @Test
    void should_show_in_validate_the_products_that_would_be_held() {
        RecordNormalizer normalizer = new RecordNormalizer(new IdentifierNormalizer(), ProductDefaults.NONE, StagedRecords.NONE);

        FileReport report = ValidateCommand.validate(INCOMPLETE_PRICAT, normalizer, null);

        assertThat(report.held()).isEqualTo(2);
        assertThat(report.rejected()).isZero();
        assertThat(report.summary()).contains("0 valid, 2 would be held, 0 rejected");
        assertThat(report.holds()).allSatisfy(h -> assertThat(h.missingFields()).containsExactly("ImageUrl", "SalesUnit"));
    }
}
