package vn.txng.adapter.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.model.Rejection;

class InboundFormatTest {

    @TempDir
    Path dir;

    private static InboundFormat sniff(String content) throws IOException {
        return InboundFormat.sniff(new BufferedInputStream(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))), "f");
    }

    @Test
    void should_tell_an_epcis_2_xml_document_by_its_root_element() throws IOException {
        assertThat(sniff("<?xml version=\"1.0\"?>\n<epcis:EPCISDocument xmlns:epcis=\"urn:epcglobal:epcis:xsd:2\"/>")).isEqualTo(InboundFormat.EPCIS_XML);
    }

    @Test
    void should_tell_an_epcis_1_2_query_document_by_its_root_element() throws IOException {
        assertThat(sniff("<q:EPCISQueryDocument xmlns:q=\"urn:epcglobal:epcis-query:xsd:1\"/>")).isEqualTo(InboundFormat.EPCIS_XML);
    }

    @Test
    void should_find_the_root_past_a_long_comment_and_a_doctype() throws IOException {
        String prolog = "<?xml version=\"1.0\"?>\n<!-- " + "x".repeat(5000) + " -->\n<!DOCTYPE EPCISDocument SYSTEM \"http://example.invalid/epcis.dtd\">\n";
        assertThat(sniff(prolog + "<EPCISDocument xmlns=\"urn:epcglobal:epcis:xsd:1\"/>")).isEqualTo(InboundFormat.EPCIS_XML);
    }

    @Test
    void should_keep_the_adapters_own_message_and_any_other_xml_as_xml() throws IOException {
        assertThat(sniff("<TraceabilityMessage xmlns=\"urn:txng:erp:v1\"/>")).isEqualTo(InboundFormat.XML);
        assertThat(sniff("<EPCISDocument xmlns=\"urn:other\"/>")).isEqualTo(InboundFormat.XML);
    }

    @Test
    void should_tell_json_ld_by_its_opening_brace() throws IOException {
        assertThat(sniff("\n  {\"@context\": []}")).isEqualTo(InboundFormat.EPCIS_JSON);
    }

    @Test
    void should_reject_every_event_of_an_epcis_document_as_not_mapped_when_no_mapper_is_wired() throws IOException {
        Path file = Files.writeString(dir.resolve("events.jsonld"), "{\"@context\": \"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\","
                + " \"type\": \"EPCISDocument\", \"epcisBody\": {\"eventList\": [{\"type\": \"ObjectEvent\", \"action\": \"OBSERVE\","
                + " \"eventTime\": \"2026-11-20T07:30:00+07:00\", \"eventTimeZoneOffset\": \"+07:00\", \"epcList\": []}]}}");
        try (FileIngestion ingestion = FileIngestion.open(file, "events.jsonld", true, 10)) {
            ingestion.forEach(chunk -> assertThat(chunk.records()).isEmpty());
            assertThat(ingestion.report().format()).isEqualTo(InboundFormat.EPCIS_JSON);
            assertThat(ingestion.report().rejections()).extracting(Rejection::code).containsExactly("EPCIS_NOT_MAPPED");
        }
    }

    @Test
    void should_tell_an_xlsx_workbook_by_its_zip_signature() throws IOException {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};
        assertThat(InboundFormat.sniff(new BufferedInputStream(new ByteArrayInputStream(zip)), "f")).isEqualTo(InboundFormat.XLSX);
    }

    @Test
    void should_tell_delimited_text_by_a_delimiter_on_its_first_line() throws IOException {
        assertThat(sniff("Mã GTIN;Số lô\r\n8934563123475;L1\r\n")).isEqualTo(InboundFormat.CSV);
        assertThat(sniff("Gtin,LotNumber\n")).isEqualTo(InboundFormat.CSV);
    }

    @Test
    void should_tell_utf16_tab_separated_text_as_excel_writes_unicode_text() throws IOException {
        byte[] text = "\uFEFFMã GTIN\tSố lô\r\n".getBytes(StandardCharsets.UTF_16LE);
        assertThat(InboundFormat.sniff(new BufferedInputStream(new ByteArrayInputStream(text)), "f")).isEqualTo(InboundFormat.CSV);
    }
}
