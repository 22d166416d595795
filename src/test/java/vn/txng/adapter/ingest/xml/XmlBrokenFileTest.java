package vn.txng.adapter.ingest.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.ingest.FileIngestion;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.ingest.UnreadableFileException;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcedRecord;

/**
 * A file that breaks off (cut short, or not well-formed further on) fails as XML_MALFORMED at the
 * parser's line and column, in the parser's words; the records complete before the break are
 * handed on, the one the break interrupts is rejected, as the EDI readers do with a message.
 */
class XmlBrokenFileTest {

    private static final String CUT = "/xml/truncated/cut-in-the-third-lot.xml";
    private static final String MISMATCHED = "/xml/malformed/mismatched-end-tag-in-the-third-lot.xml";

    @TempDir
    Path dir;

    /** What a reading gave: the records handed on, the report, and the failure that ended it. */
    private record Read(List<SourcedRecord> records, FileReport report, UnreadableFileException failure) {

        List<String> lotNumbers() {
            return records.stream().map(r -> ((LotRecord) r.record()).lotNumber()).toList();
        }
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(XmlBrokenFileTest.class.getResource(name).toURI());
    }

    private static Read read(Path file) {
        List<SourcedRecord> records = new ArrayList<>();
        FileIngestion ingestion = FileIngestion.open(file, file.getFileName().toString(), true, 1000);
        UnreadableFileException failure = catchThrowableOfType(UnreadableFileException.class,
                () -> ingestion.forEach(chunk -> records.addAll(chunk.records())));
        ingestion.close();
        return new Read(records, ingestion.report(), failure);
    }

    /** The JDK's own StAX parser on the same bytes, with nothing of the adapter's around it: where it stops and what it says. */
    private static XMLStreamException parserStops(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                xml.next();
            }
        } catch (XMLStreamException e) {
            return e;
        }
        throw new AssertionError(file + " is well-formed");
    }

    private static String parserWords(XMLStreamException e) {
        return e.getMessage().substring(e.getMessage().indexOf("Message:") + "Message:".length()).strip();
    }

    @Test
    void should_hand_on_the_lots_complete_before_the_cut() throws Exception {
        Read read = read(fixture(CUT));

        assertThat(read.lotNumbers()).containsExactly("L2611-01A", "L2611-02A");
    }

    @Test
    void should_fail_a_cut_file_as_malformed_at_the_line_and_column_where_it_ends() throws Exception {
        Path file = fixture(CUT);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        XMLStreamException parser = parserStops(file);

        Read read = read(file);

        assertThat(read.failure().code()).isEqualTo("XML_MALFORMED");
        assertThat(read.report().fatal().code()).isEqualTo("XML_MALFORMED");
        assertThat(read.failure().position().line()).as("the file's last line").isEqualTo(lines.size());
        assertThat(parser.getLocation().getLineNumber()).isEqualTo(lines.size());
        assertThat(read.failure().position().locator()).isEqualTo("Lot #3, column " + parser.getLocation().getColumnNumber());
        assertThat(read.report().fatal().message())
                .contains("line " + lines.size() + ", column " + parser.getLocation().getColumnNumber())
                .contains("the file ends before its XML is complete")
                .contains(parserWords(parser))
                .doesNotContain("DTD", "ParseError");
    }

    @Test
    void should_reject_the_lot_the_cut_interrupts_and_count_it_read() throws Exception {
        Read read = read(fixture(CUT));

        assertThat(read.report().read()).isEqualTo(3);
        assertThat(read.report().rejected()).isEqualTo(1);
        Rejection interrupted = read.report().rejections().get(0);
        assertThat(interrupted.code()).isEqualTo("XML_MALFORMED");
        assertThat(interrupted.position().locator()).isEqualTo("Lot #3");
        assertThat(interrupted.position().line()).as("the line of <Lot>").isEqualTo(16);
    }

    @Test
    void should_fail_a_file_with_a_mismatched_end_tag_as_malformed_keeping_the_lots_before_it() throws Exception {
        Path file = fixture(MISMATCHED);
        XMLStreamException parser = parserStops(file);

        Read read = read(file);

        assertThat(read.lotNumbers()).containsExactly("L2611-01A", "L2611-02A");
        assertThat(read.failure().code()).isEqualTo("XML_MALFORMED");
        assertThat(read.failure().position().line()).isEqualTo(parser.getLocation().getLineNumber()).isEqualTo(18);
        assertThat(read.report().fatal().message())
                .contains("not well-formed XML at line 18, column " + parser.getLocation().getColumnNumber())
                .contains(parserWords(parser))
                .doesNotContain("the file ends");
        assertThat(read.report().rejections()).singleElement()
                .satisfies(r -> assertThat(r.position().locator()).isEqualTo("Lot #3"));
    }

    @Test
    void should_name_an_undeclared_entity_as_malformed_not_as_a_refused_dtd() throws IOException {
        // an HTML entity typed into a value: no DOCTYPE anywhere, so nothing was refused for safety
        Path file = Files.writeString(dir.resolve("nbsp.xml"), XmlRecordReaderTest.HEADER
                + XmlRecordReaderTest.PRODUCT.replace("Nước mắm", "Nước&nbsp;mắm") + XmlRecordReaderTest.FOOTER, StandardCharsets.UTF_8);

        Read read = read(file);

        assertThat(read.failure().code()).isEqualTo("XML_MALFORMED");
        assertThat(read.failure().position().line()).isEqualTo(6);
        assertThat(read.report().fatal().message()).contains("nbsp");
    }

    @Test
    void should_still_refuse_a_doctype_that_names_an_external_dtd() throws IOException {
        Path file = Files.writeString(dir.resolve("dtd.xml"), XmlRecordReaderTest.HEADER.replace("<TraceabilityMessage",
                "<!DOCTYPE TraceabilityMessage SYSTEM \"https://erp.example.vn/txng.dtd\">\n<TraceabilityMessage")
                + XmlRecordReaderTest.LOT + XmlRecordReaderTest.FOOTER, StandardCharsets.UTF_8);

        Read read = read(file);

        assertThat(read.failure().code()).isEqualTo("XML_DOCTYPE_REFUSED");
        assertThat(read.records()).isEmpty();
    }
}
