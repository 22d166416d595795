package vn.txng.adapter.ingest.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.txng.adapter.ingest.epcis.EpcisFixtures.JSON_DOCUMENT;
import static vn.txng.adapter.ingest.epcis.EpcisFixtures.OBJECT_EVENT_XML_2;
import static vn.txng.adapter.ingest.epcis.EpcisFixtures.OTHER_EVENTS_XML_2;
import static vn.txng.adapter.ingest.epcis.EpcisFixtures.XML_1_2_DOCUMENT;
import static vn.txng.adapter.ingest.epcis.EpcisFixtures.XML_2_DOCUMENT;
import static vn.txng.adapter.ingest.epcis.EpcisFixtures.XML_2_HEAD;
import static vn.txng.adapter.ingest.epcis.EpcisFixtures.XML_TAIL;
import static vn.txng.adapter.ingest.epcis.EpcisFixtures.bytes;
import static vn.txng.adapter.ingest.epcis.EpcisFixtures.readAll;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.ingest.UnreadableFileException;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcedRecord;

class EpcisXmlReaderTest {

    @TempDir
    Path dir;

    private final FileReport report = new FileReport("events.xml", true);
    private final EpcisFixtures.KeepingMapper mapper = new EpcisFixtures.KeepingMapper();

    private List<SourcedRecord> read(String document) {
        try (EpcisXmlReader reader = new EpcisXmlReader(bytes(document), "events.xml", report, mapper)) {
            return readAll(reader, new ArrayList<>());
        }
    }

    /** The events of the JSON-LD fixture, as the JSON reader gives them. */
    private static List<ObjectNode> jsonEvents() {
        EpcisFixtures.KeepingMapper json = new EpcisFixtures.KeepingMapper();
        try (EpcisJsonReader reader = new EpcisJsonReader(bytes(JSON_DOCUMENT), "events.jsonld", new FileReport("events.jsonld", true), json)) {
            readAll(reader, new ArrayList<>());
        }
        return json.events();
    }

    @Test
    void should_build_every_event_type_of_an_epcis_2_document_into_the_same_shape_as_its_json_ld() {
        assertThat(read(XML_2_DOCUMENT)).hasSize(5);
        assertThat(mapper.events()).containsExactlyElementsOf(jsonEvents());
        assertThat(report.rejected()).isZero();
    }

    @Test
    void should_read_epcis_1_2_through_its_extension_wrappers_into_the_same_shape() {
        assertThat(read(XML_1_2_DOCUMENT)).hasSize(5);
        List<ObjectNode> expected = jsonEvents();
        // 1.2 has no sensor data
        expected.get(0).remove("sensorElementList");
        assertThat(mapper.events()).containsExactlyElementsOf(expected);
    }

    @Test
    void should_give_each_event_the_line_of_its_start_tag() {
        read(XML_2_DOCUMENT);
        assertThat(mapper.seen.get(0).position().line()).isEqualTo(7);
        assertThat(mapper.seen.get(0).position().locator()).isEqualTo("ObjectEvent, event #1");
    }

    @Test
    void should_read_the_events_of_a_query_document() {
        String query = """
                <?xml version="1.0" encoding="UTF-8"?>
                <epcisq:EPCISQueryDocument xmlns:epcisq="urn:epcglobal:epcis-query:xsd:1" xmlns:cbvmda="urn:epcglobal:cbv:mda"
                    xmlns:mda="urn:epcglobal:cbv:mda" xmlns:ex="https://ns.example.vn/epcis/" schemaVersion="1.2" creationDate="2026-11-21T08:00:00+07:00">
                  <EPCISBody>
                    <epcisq:QueryResults>
                      <queryName>SimpleEventQuery</queryName>
                      <resultsBody>
                        <EventList>
                """ + OTHER_EVENTS_XML_2 + """
                        </EventList>
                      </resultsBody>
                    </epcisq:QueryResults>
                  </EPCISBody>
                </epcisq:EPCISQueryDocument>
                """;
        assertThat(read(query)).hasSize(4);
    }

    @Test
    void should_reject_an_object_event_whose_elements_are_out_of_the_xsd_order_and_read_the_next() {
        String actionFirst = OBJECT_EVENT_XML_2.replace("<action>ADD</action>\n", "")
                .replace("<epcList>", "<action>ADD</action><epcList>");
        assertThat(read(XML_2_HEAD + actionFirst + OTHER_EVENTS_XML_2 + XML_TAIL)).hasSize(4);
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("EPCIS_ELEMENT_ORDER");
            assertThat(r.field()).isEqualTo("epcList");
            assertThat(r.position().line()).isEqualTo(16);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "AggregationEvent, <parentID>urn:epc:id:sscc:8934563.0000000017</parentID>, <action>ADD</action>, parentID",
            "TransactionEvent, <parentID>urn:epc:id:sscc:8934563.0000000017</parentID>, <action>ADD</action>, parentID",
            "TransformationEvent, <bizStep>urn:epcglobal:cbv:bizstep:commissioning</bizStep>, </TransformationEvent>, bizStep",
            "AssociationEvent, <action>ADD</action>, <readPoint>, action"})
    void should_reject_each_event_type_whose_elements_are_out_of_its_xsd_order_and_read_the_others(String type, String moved,
            String before, String field) {
        int start = OTHER_EVENTS_XML_2.indexOf("<" + type + ">");
        int end = OTHER_EVENTS_XML_2.indexOf("</" + type + ">") + type.length() + 3;
        String event = OTHER_EVENTS_XML_2.substring(start, end);
        String shuffled = event.replace(moved, "").replace(before, moved + before);
        assertThat(shuffled).isNotEqualTo(event);

        assertThat(read(XML_2_HEAD + OBJECT_EVENT_XML_2 + OTHER_EVENTS_XML_2.replace(event, shuffled) + XML_TAIL)).hasSize(4);
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("EPCIS_ELEMENT_ORDER");
            assertThat(r.message()).contains("an " + type + "'s order is eventTime, recordTime");
        });
    }

    @Test
    void should_reject_an_event_whose_quantity_is_not_a_number_and_read_the_next() {
        String badQuantity = OBJECT_EVENT_XML_2.replace("<quantity>12.5</quantity>", "<quantity>12,5</quantity>");
        assertThat(read(XML_2_HEAD + badQuantity + OTHER_EVENTS_XML_2 + XML_TAIL)).hasSize(4);
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("EPCIS_QUANTITY_NOT_NUMBER");
            assertThat(r.field()).isEqualTo("quantityList/1/quantity");
            assertThat(r.position().line()).isEqualTo(7);
        });
    }

    @Test
    void should_reject_an_event_with_an_unknown_action_and_read_the_next() {
        String badAction = OBJECT_EVENT_XML_2.replace("<action>ADD</action>", "<action>INSERT</action>");
        assertThat(read(XML_2_HEAD + badAction + OTHER_EVENTS_XML_2 + XML_TAIL)).hasSize(4);
        assertThat(report.rejections()).extracting(Rejection::code).containsExactly("EPCIS_UNKNOWN_ACTION");
    }

    @Test
    void should_reject_an_event_element_of_no_epcis_type_and_read_the_next() {
        String quantityEvent = "      <QuantityEvent><eventTime>2026-11-20T07:30:00+07:00</eventTime></QuantityEvent>\n";
        assertThat(read(XML_2_HEAD + quantityEvent + OTHER_EVENTS_XML_2 + XML_TAIL)).hasSize(4);
        assertThat(report.rejections()).singleElement().satisfies(r -> assertThat(r.code()).isEqualTo("EPCIS_UNKNOWN_EVENT_TYPE"));
    }

    @Test
    void should_hand_on_the_events_before_a_truncation_then_fail_the_file_and_reject_the_cut_event() {
        String full = XML_2_HEAD + OTHER_EVENTS_XML_2 + OBJECT_EVENT_XML_2 + XML_TAIL;
        String cut = full.substring(0, full.indexOf("<sensorElementList>"));
        List<SourcedRecord> handedOn = new ArrayList<>();
        try (EpcisXmlReader reader = new EpcisXmlReader(bytes(cut), "events.xml", report, mapper)) {
            assertThatThrownBy(() -> readAll(reader, handedOn)).isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                assertThat(e.code()).isEqualTo("XML_MALFORMED");
                assertThat(e.getMessage()).contains("the file ends before its XML is complete");
            });
        }
        assertThat(handedOn).hasSize(4);
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("XML_MALFORMED");
            assertThat(r.position().locator()).isEqualTo("ObjectEvent, event #5");
        });
    }

    @Test
    void should_ignore_a_doctype_and_never_fetch_what_it_names() throws IOException {
        // if the parser fetched this DTD, its garbage would fail the document
        Path dtd = Files.writeString(dir.resolve("epcis.dtd"), "this is no DTD <<<");
        String withDoctype = XML_2_DOCUMENT.replaceFirst("\n", "\n<!DOCTYPE epcis:EPCISDocument SYSTEM \"" + dtd.toUri() + "\">\n");
        assertThat(read(withDoctype)).hasSize(5);
        assertThat(report.warnings()).singleElement().satisfies(w -> assertThat(w).contains("DOCTYPE is ignored"));
    }

    @Test
    void should_fail_a_document_whose_root_is_not_an_epcis_document() {
        try (EpcisXmlReader reader = new EpcisXmlReader(bytes("<EPCISMasterDataDocument xmlns=\"urn:epcglobal:epcis-masterdata:xsd:1\"/>"),
                "events.xml", report, mapper)) {
            assertThatThrownBy(reader::hasNext).isInstanceOfSatisfying(UnreadableFileException.class,
                    e -> assertThat(e.code()).isEqualTo("XML_WRONG_ROOT"));
        }
    }
}
