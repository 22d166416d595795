package vn.txng.adapter.ingest.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.ingest.FileIngestion;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.ingest.RecordChunk;
import vn.txng.adapter.ingest.UnreadableFileException;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.ProductRecord;
import vn.txng.adapter.model.SourcedRecord;

class XmlRecordReaderTest {

    @TempDir
    Path dir;

    static final String HEADER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <TraceabilityMessage xmlns="urn:txng:erp:v1">
              <Header><MessageId>M1</MessageId><Created>2026-11-21T23:00:00+07:00</Created></Header>
            """;

    static final String PRODUCT = """
              <Product>
                <Gtin>8934563123451</Gtin>
                <Name>Nước mắm</Name>
                <ImageUrl>https://cdn.example.vn/a.jpg</ImageUrl>
                <SalesUnit>Chai</SalesUnit>
                <NetContent unit="MLT">500</NetContent>
                <Manufacturer><Name>Cty A</Name><Address>Hà Nội</Address><TaxCode>0301234567</TaxCode></Manufacturer>
              </Product>
            """;

    static final String LOT = """
              <Lot>
                <Gtin>8934563123451</Gtin>
                <LotNumber>L1</LotNumber>
                <ProductionDate>2026-09-15</ProductionDate>
                <Quantity unit="Chai">12</Quantity>
              </Lot>
            """;

    static final String FOOTER = "</TraceabilityMessage>\n";

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private List<SourcedRecord> readAll(FileIngestion ingestion) {
        List<SourcedRecord> all = new ArrayList<>();
        for (RecordChunk chunk : ingestion) {
            all.addAll(chunk.records());
        }
        return all;
    }

    @Test
    void should_read_products_and_lots_in_file_order_with_their_lines() throws IOException {
        Path file = write("good.xml", HEADER + PRODUCT + LOT + FOOTER);
        try (FileIngestion ingestion = FileIngestion.open(file, "good.xml", false, 10)) {
            List<SourcedRecord> records = readAll(ingestion);
            assertThat(records).hasSize(2);
            ProductRecord product = (ProductRecord) records.get(0).record();
            assertThat(product.name()).isEqualTo("Nước mắm");
            assertThat(product.netContent()).isEqualByComparingTo("500");
            assertThat(product.netContentUnit()).isEqualTo("MLT");
            assertThat(records.get(0).position().line()).isEqualTo(4);
            LotRecord lot = (LotRecord) records.get(1).record();
            assertThat(lot.productionDate()).hasToString("2026-09-15");
            assertThat(records.get(1).position().locator()).isEqualTo("Lot #1");
            assertThat(ingestion.report().rejected()).isZero();
        }
    }

    @Test
    void should_read_a_lot_that_starts_right_after_the_header_on_the_same_line() throws Exception {
        // as the field sent it: no line breaks, so <Lot> follows </Header> with no text between
        Path file = Path.of(XmlRecordReaderTest.class.getResource("/xml/one-line/lot-right-after-header.xml").toURI());
        try (FileIngestion ingestion = FileIngestion.open(file, "one-line.xml", false, 10)) {
            assertThat(readAll(ingestion)).extracting(r -> ((LotRecord) r.record()).lotNumber()).containsExactly("L1", "L2");
            assertThat(ingestion.report().rejections()).isEmpty();
        }
    }

    @Test
    void should_reject_a_record_that_breaks_the_schema_and_read_on() throws IOException {
        String badLot = LOT.replace("<Quantity unit=\"Chai\">12</Quantity>", "<Quantity unit=\"Chai\">twelve</Quantity>");
        Path file = write("mixed.xml", HEADER + badLot + PRODUCT + FOOTER);
        try (FileIngestion ingestion = FileIngestion.open(file, "mixed.xml", false, 10)) {
            List<SourcedRecord> records = readAll(ingestion);
            FileReport report = ingestion.report();
            assertThat(records).singleElement().satisfies(r -> assertThat(r.record()).isInstanceOf(ProductRecord.class));
            assertThat(report.rejected()).isEqualTo(1);
            assertThat(report.rejections().get(0).code()).isEqualTo("XML_BAD_VALUE");
            assertThat(report.rejections().get(0).position().file()).isEqualTo("mixed.xml");
            assertThat(report.rejections().get(0).position().line()).isEqualTo(8);
            assertThat(report.rejections().get(0).position().locator()).isEqualTo("Lot #1");
        }
    }

    @Test
    void should_reject_a_product_with_an_element_the_schema_does_not_know() throws IOException {
        Path file = write("colour.xml", HEADER + PRODUCT.replace("<SalesUnit>", "<Colour>red</Colour><SalesUnit>") + LOT + FOOTER);
        try (FileIngestion ingestion = FileIngestion.open(file, "colour.xml", false, 10)) {
            assertThat(readAll(ingestion)).singleElement().satisfies(r -> assertThat(r.record()).isInstanceOf(LotRecord.class));
            assertThat(ingestion.report().rejections()).singleElement().satisfies(r -> {
                assertThat(r.code()).isEqualTo("XML_UNKNOWN_ELEMENT");
                assertThat(r.field()).isEqualTo("Colour");
            });
        }
    }

    @Test
    void should_keep_the_raw_scan_of_a_lot_for_the_identifier_normalizer() throws IOException {
        String scanLot = "  <Lot><Scan> ]C101089345631234511726091510L1 </Scan></Lot>\n";
        Path file = write("scan.xml", HEADER + scanLot + FOOTER);
        try (FileIngestion ingestion = FileIngestion.open(file, "scan.xml", false, 10)) {
            assertThat(readAll(ingestion)).singleElement()
                    .satisfies(r -> assertThat(r.scan()).isEqualTo("]C101089345631234511726091510L1"));
        }
    }

    @Test
    void should_fail_the_file_at_the_line_where_the_xml_breaks_after_handing_on_what_came_before() throws IOException {
        Path file = write("broken.xml", HEADER + PRODUCT + "  <Lot><Gtin>1</Gtin>\n  </Product>\n" + FOOTER);
        FileIngestion ingestion = FileIngestion.open(file, "broken.xml", false, 10);
        List<SourcedRecord> handedOn = new ArrayList<>();
        assertThatThrownBy(() -> ingestion.forEach(chunk -> handedOn.addAll(chunk.records())))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.code()).isEqualTo("XML_MALFORMED");
                    assertThat(e.position().line()).isEqualTo(13);
                });
        assertThat(handedOn).hasSize(1);
        assertThat(ingestion.report().failed()).isTrue();
    }

    @Test
    void should_refuse_a_file_that_is_not_xml_at_all() throws IOException {
        // no delimiter on its first line either: not CSV
        Path file = write("export.txt", "Nuoc mam 8934563123451\n");
        assertThatThrownBy(() -> FileIngestion.open(file, "export.txt", false, 10))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.code()).isEqualTo("UNKNOWN_FORMAT"));
    }

    @Test
    void should_refuse_a_doctype_and_never_read_the_external_entity() throws IOException {
        Path secret = write("secret.txt", "TOP-SECRET-CONTENT");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE TraceabilityMessage [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<TraceabilityMessage xmlns=\"urn:txng:erp:v1\"><Header><MessageId>&x;</MessageId>"
                + "<Created>2026-11-21T23:00:00+07:00</Created></Header></TraceabilityMessage>\n";
        Path file = write("xxe.xml", xxe);
        FileIngestion ingestion = FileIngestion.open(file, "xxe.xml", false, 10);
        assertThatThrownBy(() -> ingestion.forEach(chunk -> { }))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.code()).isEqualTo("XML_DOCTYPE_REFUSED");
                    assertThat(e.getMessage()).doesNotContain("TOP-SECRET-CONTENT");
                });
        assertThat(ingestion.report().warnings()).noneMatch(w -> w.contains("TOP-SECRET-CONTENT"));
    }

    @Test
    void should_refuse_a_file_whose_root_is_not_a_traceability_message() throws IOException {
        Path file = write("other.xml", "<?xml version=\"1.0\"?><Invoice xmlns=\"urn:other\"/>");
        FileIngestion ingestion = FileIngestion.open(file, "other.xml", false, 10);
        assertThatThrownBy(() -> ingestion.forEach(chunk -> { }))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.code()).isEqualTo("XML_WRONG_ROOT"));
    }
}
