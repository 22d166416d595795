package vn.txng.adapter.ingest.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.txng.adapter.ingest.epcis.EpcisFixtures.AGGREGATION_EVENT_JSON;
import static vn.txng.adapter.ingest.epcis.EpcisFixtures.CONTEXT;
import static vn.txng.adapter.ingest.epcis.EpcisFixtures.JSON_DOCUMENT;
import static vn.txng.adapter.ingest.epcis.EpcisFixtures.OBJECT_EVENT_JSON;
import static vn.txng.adapter.ingest.epcis.EpcisFixtures.TRANSACTION_EVENT_JSON;
import static vn.txng.adapter.ingest.epcis.EpcisFixtures.bytes;
import static vn.txng.adapter.ingest.epcis.EpcisFixtures.readAll;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.ingest.UnreadableFileException;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcedRecord;

class EpcisJsonReaderTest {

    private final FileReport report = new FileReport("events.jsonld", true);
    private final EpcisFixtures.KeepingMapper mapper = new EpcisFixtures.KeepingMapper();

    private EpcisJsonReader reader(String document) {
        return new EpcisJsonReader(bytes(document), "events.jsonld", report, mapper);
    }

    private static String document(String... events) {
        return "{\n" + CONTEXT + "  \"type\": \"EPCISDocument\",\n  \"epcisBody\": {\"eventList\": [\n" + String.join(",\n", events) + "\n]}}\n";
    }

    @Test
    void should_hand_every_event_type_to_the_mapper_in_document_order() {
        try (EpcisJsonReader reader = reader(JSON_DOCUMENT)) {
            List<SourcedRecord> records = readAll(reader, new ArrayList<>());
            assertThat(records).hasSize(5);
        }
        assertThat(mapper.events()).extracting(e -> e.get("type").asText())
                .containsExactly("ObjectEvent", "AggregationEvent", "TransactionEvent", "TransformationEvent", "AssociationEvent");
        assertThat(report.read()).isEqualTo(5);
        assertThat(report.rejected()).isZero();
    }

    @Test
    void should_give_each_event_the_line_of_its_brace_and_its_json_pointer() {
        try (EpcisJsonReader reader = reader(JSON_DOCUMENT)) {
            readAll(reader, new ArrayList<>());
        }
        long objectEventLine = JSON_DOCUMENT.substring(0, JSON_DOCUMENT.indexOf("\"ObjectEvent\"")).lines().count() - 1;
        assertThat(mapper.seen.get(0).position().line()).isEqualTo(objectEventLine);
        assertThat(mapper.seen.get(0).position().locator()).isEqualTo("/epcisBody/eventList/0");
        assertThat(mapper.seen.get(4).position().locator()).isEqualTo("/epcisBody/eventList/4");
    }

    @Test
    void should_keep_quantities_as_numbers_and_ilmd_sensor_data_and_extensions_as_written() {
        try (EpcisJsonReader reader = reader(JSON_DOCUMENT)) {
            readAll(reader, new ArrayList<>());
        }
        var objectEvent = mapper.events().get(0);
        assertThat(objectEvent.at("/quantityList/0/quantity").isIntegralNumber()).isTrue();
        assertThat(objectEvent.at("/quantityList/1/quantity").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(objectEvent.at("/ilmd/cbvmda:lotNumber").asText()).isEqualTo("L2609-15A");
        assertThat(objectEvent.at("/sensorElementList/0/sensorReport/0/uom").asText()).isEqualTo("CEL");
        assertThat(objectEvent.get("ex:shift").asText()).isEqualTo("night");
    }

    @Test
    void should_give_each_event_the_prefixes_the_document_declares_so_its_hash_expands_its_extensions() {
        try (EpcisJsonReader reader = reader(JSON_DOCUMENT)) {
            readAll(reader, new ArrayList<>());
        }

        assertThat(mapper.events()).allSatisfy(event -> assertThat(event.toString()).contains("\"ex\":\"https://ns.example.vn/epcis/\""));
    }

    @Test
    void should_read_the_events_of_a_query_document_from_its_results_body() {
        String query = "{\n" + CONTEXT + """
                  "type": "EPCISQueryDocument",
                  "epcisBody": {"queryResults": {"queryName": "SimpleEventQuery", "subscriptionID": "s-1",
                    "resultsBody": {"eventList": [
                """ + OBJECT_EVENT_JSON + ",\n" + AGGREGATION_EVENT_JSON + "\n]}}}}\n";
        try (EpcisJsonReader reader = reader(query)) {
            assertThat(readAll(reader, new ArrayList<>())).hasSize(2);
        }
        assertThat(mapper.seen.get(1).position().locator()).isEqualTo("/epcisBody/queryResults/resultsBody/eventList/1");
    }

    @Test
    void should_fail_a_document_without_a_context() {
        String noContext = "{\"type\": \"EPCISDocument\", \"epcisBody\": {\"eventList\": [" + OBJECT_EVENT_JSON + "]}}";
        try (EpcisJsonReader reader = reader(noContext)) {
            assertThatThrownBy(reader::hasNext).isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                assertThat(e.code()).isEqualTo("EPCIS_NO_CONTEXT");
                assertThat(e.position().locator()).isEqualTo("/epcisBody");
            });
        }
        assertThat(mapper.seen).isEmpty();
    }

    @Test
    void should_fail_a_json_document_that_is_not_an_epcis_document() {
        String masterData = "{\n" + CONTEXT + "\"type\": \"EPCISMasterDataDocument\", \"epcisBody\": {}}";
        try (EpcisJsonReader reader = reader(masterData)) {
            assertThatThrownBy(reader::hasNext).isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                assertThat(e.code()).isEqualTo("EPCIS_WRONG_TYPE");
                assertThat(e.getMessage()).contains("EPCISMasterDataDocument");
            });
        }
    }

    @Test
    void should_reject_an_event_with_an_unknown_action_and_read_the_next() {
        String badAction = OBJECT_EVENT_JSON.replace("\"action\": \"ADD\"", "\"action\": \"CREATE\"");
        try (EpcisJsonReader reader = reader(document(badAction, AGGREGATION_EVENT_JSON))) {
            assertThat(readAll(reader, new ArrayList<>())).hasSize(1);
        }
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("EPCIS_UNKNOWN_ACTION");
            assertThat(r.field()).isEqualTo("action");
            assertThat(r.position().locator()).isEqualTo("/epcisBody/eventList/0");
            assertThat(r.message()).contains("CREATE");
        });
        assertThat(mapper.events()).extracting(e -> e.get("type").asText()).containsExactly("AggregationEvent");
    }

    @Test
    void should_reject_an_event_whose_quantity_is_not_a_number_and_read_the_next() {
        String textQuantity = OBJECT_EVENT_JSON.replace("\"quantity\": 12.5", "\"quantity\": \"12,5\"");
        try (EpcisJsonReader reader = reader(document(TRANSACTION_EVENT_JSON, textQuantity, AGGREGATION_EVENT_JSON))) {
            assertThat(readAll(reader, new ArrayList<>())).hasSize(2);
        }
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("EPCIS_QUANTITY_NOT_NUMBER");
            assertThat(r.field()).isEqualTo("quantityList/1/quantity");
            assertThat(r.position().locator()).isEqualTo("/epcisBody/eventList/1");
        });
        assertThat(report.read()).isEqualTo(3);
    }

    @Test
    void should_hand_on_the_events_before_a_truncation_then_fail_the_file_and_reject_the_cut_event() {
        String full = document(TRANSACTION_EVENT_JSON, OBJECT_EVENT_JSON);
        String cut = full.substring(0, full.indexOf("\"quantityList\""));
        List<SourcedRecord> handedOn = new ArrayList<>();
        try (EpcisJsonReader reader = reader(cut)) {
            assertThatThrownBy(() -> readAll(reader, handedOn)).isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                assertThat(e.code()).isEqualTo("JSON_MALFORMED");
                assertThat(e.getMessage()).contains("the file ends before its JSON is complete");
                assertThat(e.position().locator()).startsWith("/epcisBody/eventList/1");
            });
        }
        assertThat(handedOn).hasSize(1);
        assertThat(report.rejections()).extracting(Rejection::code).containsExactly("JSON_MALFORMED");
    }

    @Test
    void should_reject_an_entry_of_the_event_list_that_is_not_an_object() {
        try (EpcisJsonReader reader = reader(document("\"urn:uuid:x\"", AGGREGATION_EVENT_JSON))) {
            assertThat(readAll(reader, new ArrayList<>())).hasSize(1);
        }
        assertThat(report.rejections()).extracting(Rejection::code).containsExactly("EPCIS_NOT_AN_EVENT");
    }
}
