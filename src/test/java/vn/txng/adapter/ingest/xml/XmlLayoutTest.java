package vn.txng.adapter.ingest.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.txng.adapter.ingest.xml.XmlSerialisation.Element.measure;
import static vn.txng.adapter.ingest.xml.XmlSerialisation.Element.of;
import static vn.txng.adapter.ingest.xml.XmlSerialisation.Element.value;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.txng.adapter.identifier.IdentifierNormalizer;
import vn.txng.adapter.ingest.FileIngestion;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.ingest.RecordChunk;
import vn.txng.adapter.ingest.RecordNormalizer;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.Manufacturer;
import vn.txng.adapter.model.ProductRecord;
import vn.txng.adapter.model.SourcePosition;
import vn.txng.adapter.model.SourcedRecord;
import vn.txng.adapter.model.TraceRecord;

/**
 * The same message written the ways XML writers write it gives the same records, the same report,
 * and each record at the line its start tag is on in that serialisation.
 */
class XmlLayoutTest {

    private static final String FILE = "layout.xml";
    private static final String GTIN_A = "8934563123451";
    private static final String GTIN_B = "8934563123468";

    @TempDir
    Path dir;

    private final RecordNormalizer normalizer = new RecordNormalizer(new IdentifierNormalizer());

    /** Header, then a lot right after it, two products, two lots: every pair of neighbours the schema allows. */
    private static final List<XmlSerialisation.Element> MESSAGE = List.of(
            of("Header", value("MessageId", "ERP-2026-11-21/8"), value("Created", "2026-11-21T23:00:00+07:00")),
            lot(GTIN_A, "L2611-08A", "2026-11-08", "Chai", "120"),
            product(GTIN_A, "Nước mắm Phú Quốc 40 độ đạm", "MLT", "500"),
            product(GTIN_B, "Trà xanh Thái Nguyên <loại 1> & túi lọc", "GRM", "50"),
            lot(GTIN_B, "TX-8/26", "2026-10-28", "Hộp", "48"),
            lot(GTIN_A, "L2611-18B", "2026-11-18", "Chai", "88.5"));

    private static final List<TraceRecord> RECORDS = List.of(
            lotRecord(GTIN_A, "L2611-08A", "2026-11-08", "Chai", "120"),
            productRecord(GTIN_A, "Nước mắm Phú Quốc 40 độ đạm", "MLT", "500"),
            productRecord(GTIN_B, "Trà xanh Thái Nguyên <loại 1> & túi lọc", "GRM", "50"),
            lotRecord(GTIN_B, "TX-8/26", "2026-10-28", "Hộp", "48"),
            lotRecord(GTIN_A, "L2611-18B", "2026-11-18", "Chai", "88.5"));

    private static final List<String> LOCATORS = List.of("Lot #1", "Product #1", "Product #2", "Lot #2", "Lot #3");

    private static XmlSerialisation.Element product(String gtin, String name, String unit, String amount) {
        return of("Product", value("Gtin", gtin), value("Name", name),
                value("ImageUrl", "https://cdn.example.vn/sp/" + gtin + ".jpg?w=800&h=800"),
                value("SalesUnit", "Chai"), measure("NetContent", unit, amount),
                of("Manufacturer", value("Name", "Công ty TNHH Hương Biển"), value("Address", "Dương Đông, Phú Quốc"),
                        value("TaxCode", "0301234567")));
    }

    private static XmlSerialisation.Element lot(String gtin, String lotNumber, String produced, String unit, String quantity) {
        return of("Lot", value("Gtin", gtin), value("LotNumber", lotNumber), value("ProductionDate", produced),
                measure("Quantity", unit, quantity));
    }

    private static ProductRecord productRecord(String gtin, String name, String unit, String amount) {
        return new ProductRecord(gtin, name, null, List.of("https://cdn.example.vn/sp/" + gtin + ".jpg?w=800&h=800"), "Chai",
                new BigDecimal(amount), unit, null, null, List.of(), null,
                new Manufacturer("Công ty TNHH Hương Biển", "Dương Đông, Phú Quốc", "0301234567", null));
    }

    private static LotRecord lotRecord(String gtin, String lotNumber, String produced, String unit, String quantity) {
        return new LotRecord(gtin, lotNumber, null, LocalDate.parse(produced), null, new BigDecimal(quantity), unit, null);
    }

    static Stream<XmlSerialisation> serialisations() {
        XmlSerialisation indented = XmlSerialisation.indented();
        String commentAndInstruction = "<!-- exported by ERP 7.2 --><?erp-export batch=\"8\"?>";
        return Stream.of(
                indented,
                indented.onOneLine().named("all on one line"),
                indented.onOneLine().withoutDeclaration().named("all on one line, no XML declaration"),
                indented.lineEnds("\r\n").named("CRLF line ends"),
                indented.lineEnds("\r\n").encoded(StandardCharsets.UTF_8, true).named("CRLF line ends after a UTF-8 byte-order mark"),
                indented.prefixed("t").named("namespace prefix t: instead of the default namespace"),
                indented.prefixed("t").onOneLine().named("namespace prefix, all on one line"),
                indented.markupBetween(commentAndInstruction).named("comments and processing instructions between elements"),
                indented.markupBetween(commentAndInstruction).onOneLine().named("comments and processing instructions, all on one line"),
                indented.inCdata().named("values in CDATA sections"),
                indented.inCdata().onOneLine().named("values in CDATA sections, all on one line"),
                indented.asCharacterReferences().named("character references in values"),
                indented.encoded(StandardCharsets.ISO_8859_1, false).named("declared ISO-8859-1, other letters as references"),
                indented.encoded(StandardCharsets.UTF_16, false).named("UTF-16 with its byte-order mark"),
                indented.encoded(StandardCharsets.UTF_16, false).onOneLine().named("UTF-16, all on one line"));
    }

    private record Read(List<SourcedRecord> records, FileReport report) {
    }

    private Read read(XmlSerialisation serialisation, byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve(FILE), bytes);
        List<SourcedRecord> records = new ArrayList<>();
        // chunks of 2: records of one serialisation cross chunk boundaries at different places
        try (FileIngestion ingestion = FileIngestion.open(file, FILE, true, 2)) {
            for (RecordChunk chunk : ingestion) {
                records.addAll(chunk.records());
                // as `validate` counts: records that pass every check
                ingestion.report().passed(normalizer.normalize(chunk).records().size());
            }
            return new Read(records, ingestion.report());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serialisations")
    void should_read_the_same_records_whatever_the_layout(XmlSerialisation serialisation) throws IOException {
        Read read = read(serialisation, serialisation.write(MESSAGE).bytes());

        assertThat(read.records()).extracting(SourcedRecord::record).containsExactlyElementsOf(RECORDS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serialisations")
    void should_place_each_record_at_the_line_of_its_start_tag_in_that_layout(XmlSerialisation serialisation) throws IOException {
        XmlSerialisation.Written written = serialisation.write(MESSAGE);

        Read read = read(serialisation, written.bytes());

        List<SourcePosition> expected = new ArrayList<>();
        for (int i = 0; i < LOCATORS.size(); i++) {
            expected.add(SourcePosition.of(FILE, written.recordLines().get(i), LOCATORS.get(i)));
        }
        assertThat(read.records()).extracting(SourcedRecord::position).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serialisations")
    void should_give_the_same_report_whatever_the_layout(XmlSerialisation serialisation) throws IOException {
        Read read = read(serialisation, serialisation.write(MESSAGE).bytes());

        FileReport report = read.report();
        assertThat(report.failed()).as("fatal: %s", report.fatal()).isFalse();
        assertThat(report.read()).isEqualTo(RECORDS.size());
        assertThat(report.rejections()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(report.summary()).isEqualTo(FILE + ": 5 records read, 5 valid, 0 would be held, 0 rejected; checked: 2 products, 3 lots");
    }
}
