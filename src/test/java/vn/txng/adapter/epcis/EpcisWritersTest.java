package vn.txng.adapter.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.txng.adapter.model.ErrorDeclaration;
import vn.txng.adapter.model.EventDocument;
import vn.txng.adapter.model.EventInput;
import vn.txng.adapter.model.EventLot;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.LotRecord;

/** Staged records written as EPCIS 2.0 JSON-LD and XML, each document checked against GS1's JSON Schema or XSD. */
class EpcisWritersTest {

    private static final String GTIN = "08934563123451";
    private static final String FARM = "8934563000103";
    private static final String BUYER = "8930000999993";
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-21T08:30:00+07:00");
    private static final OffsetDateTime CREATED = OffsetDateTime.parse("2026-11-22T02:00:00+07:00");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EventRecord event(String key, String stage, List<EventLot> lots, List<EventInput> inputs,
                                     String destination, List<EventDocument> documents) {
        return new EventRecord(key, stage, AT, FARM, null, destination, null, lots, inputs, documents, null, null, null);
    }

    private static EventRecord event(String stage) {
        return event("EV-1", stage, List.of(new EventLot(GTIN, "L2609-15A", null, new BigDecimal("1200"), "Chai")), List.of(),
                stage.equals("VAN_CHUYEN") ? BUYER : null, List.of());
    }

    private static final LotRecord LOT = new LotRecord(GTIN, "L2609/15A", null, LocalDate.parse("2026-09-15"),
            LocalDate.parse("2028-09-15"), new BigDecimal("12000.00"), "KGM", FARM);

    /** How a writer opens on a stream. */
    private interface Opener {
        EpcisDocumentWriter open(ByteArrayOutputStream out, OffsetDateTime created) throws IOException;
    }

    private static byte[] document(Opener opener, EpcisEvent... events) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (EpcisDocumentWriter writer = opener.open(out, CREATED)) {
            for (EpcisEvent event : events) {
                writer.write(event);
            }
        }
        return out.toByteArray();
    }

    private static byte[] json(EpcisEvent... events) throws IOException {
        return document(EpcisJsonWriter::open, events);
    }

    private static byte[] xml(EpcisEvent... events) throws IOException {
        return document(EpcisXmlWriter::open, events);
    }

    /** The only event of a JSON-LD document that passes GS1's JSON Schema. */
    private static JsonNode onlyEvent(byte[] document) throws IOException {
        assertThat(EpcisSchemas.problemsOfJson(document)).isEmpty();
        JsonNode events = JSON.readTree(document).at("/epcisBody/eventList");
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"VUNG_TRONG, urn:gdst:bizStep:farmHarvest", "SAN_XUAT, commissioning", "CHE_BIEN, packing",
            "VAN_CHUYEN, shipping", "KHO_TONG, receiving", "DAI_LY, receiving", "CUA_HANG, receiving", "CHUNG_NHAN, inspecting"})
    void should_write_an_event_of_each_stage_as_an_observation_with_its_step_in_json_ld(String stage, String bizStep) throws IOException {
        JsonNode event = onlyEvent(json(EpcisEvents.of(event(stage))));

        assertThat(event.path("type").asText()).isEqualTo("ObjectEvent");
        // a production event is its lots' commissioning, an ADD in the CBV; the others observe
        assertThat(event.path("action").asText()).isEqualTo(stage.equals("SAN_XUAT") ? "ADD" : "OBSERVE");
        assertThat(event.path("bizStep").asText()).isEqualTo(bizStep);
        assertThat(event.at("/quantityList/0/epcClass").asText()).isEqualTo("https://id.gs1.org/01/" + GTIN + "/10/L2609-15A");
        assertThat(event.at("/bizLocation/id").asText()).isEqualTo("https://id.gs1.org/414/" + FARM);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"VUNG_TRONG", "SAN_XUAT", "CHE_BIEN", "VAN_CHUYEN", "KHO_TONG", "DAI_LY", "CUA_HANG", "CHUNG_NHAN"})
    void should_write_an_event_of_each_stage_that_passes_the_xsd(String stage) throws IOException {
        byte[] document = xml(EpcisEvents.of(event(stage)));

        assertThat(EpcisSchemas.problemsOfXml(document)).isEmpty();
        assertThat(new String(document, StandardCharsets.UTF_8)).contains(stage.equals("SAN_XUAT") ? "<action>ADD</action>"
                : "<action>OBSERVE</action>");
    }

    @Test
    void should_write_the_time_with_its_offset_as_the_event_time_and_zone() throws IOException {
        JsonNode event = onlyEvent(json(EpcisEvents.of(event("KHO_TONG"))));

        assertThat(event.path("eventTime").asText()).isEqualTo("2026-11-21T08:30:00+07:00");
        assertThat(event.path("eventTimeZoneOffset").asText()).isEqualTo("+07:00");
    }

    @Test
    void should_write_a_processing_with_inputs_as_a_transformation_of_its_inputs_into_its_lots() throws IOException {
        EventRecord processing = event("CHE_BIEN-7", "CHE_BIEN", List.of(new EventLot(GTIN, "L2611-02", null, null, null)),
                List.of(new EventInput("08934563000019", "CA-0911", null, null, null),
                        new EventInput("08934563000019", null, "S 1", null, null),
                        new EventInput(null, null, null, "389345630000000017", null)), null, List.of());

        JsonNode event = onlyEvent(json(EpcisEvents.of(processing)));

        assertThat(event.path("type").asText()).isEqualTo("TransformationEvent");
        assertThat(event.at("/inputQuantityList/0/epcClass").asText()).isEqualTo("https://id.gs1.org/01/08934563000019/10/CA-0911");
        assertThat(event.path("inputEPCList")).extracting(JsonNode::asText).containsExactly(
                "https://id.gs1.org/01/08934563000019/21/S%201", "https://id.gs1.org/00/389345630000000017");
        assertThat(event.at("/outputQuantityList/0/epcClass").asText()).isEqualTo("https://id.gs1.org/01/" + GTIN + "/10/L2611-02");
        assertThat(EpcisSchemas.problemsOfXml(xml(EpcisEvents.of(processing)))).isEmpty();
    }

    @Test
    void should_write_a_shipment_with_its_destination_and_its_documents_as_business_transactions() throws IOException {
        EventRecord shipping = event("SHIP-7", "VAN_CHUYEN", List.of(new EventLot(GTIN, "L2609-15A", null, null, null)), List.of(),
                BUYER, List.of(new EventDocument("DON_HANG", "PO-118"), new EventDocument("PHIEU_GIAO_HANG", "DN/2026/7"),
                        new EventDocument("HOA_DON", "INV-9"), new EventDocument("KHAC", "CMR-1")));

        JsonNode event = onlyEvent(json(EpcisEvents.of(shipping)));

        assertThat(event.at("/destinationList/0/type").asText()).isEqualTo("location");
        assertThat(event.at("/destinationList/0/destination").asText()).isEqualTo("https://id.gs1.org/414/" + BUYER);
        assertThat(event.path("bizTransactionList")).extracting(t -> t.path("type").asText(null) + " " + t.path("bizTransaction").asText())
                .containsExactly("po urn:epcglobal:cbv:bt:" + FARM + ":PO-118", "desadv urn:epcglobal:cbv:bt:" + FARM + ":DN%2F2026%2F7",
                        "inv urn:epcglobal:cbv:bt:" + FARM + ":INV-9", "null urn:epcglobal:cbv:bt:" + FARM + ":CMR-1");
        assertThat(EpcisSchemas.problemsOfXml(xml(EpcisEvents.of(shipping)))).isEmpty();
    }

    @Test
    void should_write_a_lot_as_its_commissioning_with_its_ilmd_at_its_production_site() throws IOException {
        JsonNode event = onlyEvent(json(EpcisEvents.commissioning(LOT, OffsetDateTime.parse("2026-09-15T00:00:00+07:00"))));

        assertThat(event.path("action").asText()).isEqualTo("ADD");
        assertThat(event.path("bizStep").asText()).isEqualTo("commissioning");
        assertThat(event.at("/bizLocation/id").asText()).isEqualTo("https://id.gs1.org/414/" + FARM);
        assertThat(event.path("ilmd").toString()).isEqualTo("{\"cbvmda:lotNumber\":\"L2609/15A\",\"cbvmda:productionDate\":\"2026-09-15\","
                + "\"cbvmda:itemExpirationDate\":\"2028-09-15\"}");
    }

    @Test
    void should_write_a_lot_commissioning_with_its_ilmd_that_passes_the_xsd() throws IOException {
        byte[] document = xml(EpcisEvents.commissioning(LOT, OffsetDateTime.parse("2026-09-15T00:00:00+07:00")));

        assertThat(EpcisSchemas.problemsOfXml(document)).isEmpty();
        assertThat(new String(document, StandardCharsets.UTF_8)).contains("<cbvmda:lotNumber>L2609/15A</cbvmda:lotNumber>",
                "<cbvmda:itemExpirationDate>2028-09-15</cbvmda:itemExpirationDate>", "<bizStep>urn:epcglobal:cbv:bizstep:commissioning</bizStep>");
    }

    @Test
    void should_name_a_lot_by_its_digital_link_with_the_lot_percent_encoded() throws IOException {
        JsonNode event = onlyEvent(json(EpcisEvents.commissioning(LOT, AT)));

        assertThat(event.at("/quantityList/0/epcClass").asText()).isEqualTo("https://id.gs1.org/01/" + GTIN + "/10/L2609%2F15A");
    }

    @Test
    void should_write_a_rec20_measure_as_its_uom_and_a_pack_name_as_a_count_without_one() throws IOException {
        JsonNode measured = onlyEvent(json(EpcisEvents.commissioning(LOT, AT)));
        JsonNode counted = onlyEvent(json(EpcisEvents.of(event("KHO_TONG"))));

        assertThat(measured.at("/quantityList/0").toString()).endsWith("\"quantity\":12000,\"uom\":\"KGM\"}");
        assertThat(counted.at("/quantityList/0").toString()).endsWith("\"quantity\":1200}");
    }

    @Test
    void should_keep_an_event_key_that_is_already_a_uri_as_its_event_id() {
        String key = "urn:uuid:3f7a8b2c-0d4e-4f6a-9b1c-2d3e4f5a6b7c";

        assertThat(EpcisEvents.of(event(key, "KHO_TONG", List.of(), List.of(), null, List.of())).eventId()).isEqualTo(key);
    }

    @Test
    void should_give_an_event_key_that_is_no_uri_the_same_name_based_uuid_every_time() {
        String first = EpcisEvents.of(event("SAN_XUAT:(01)08934563123451(10)L1", "SAN_XUAT", List.of(), List.of(), null, List.of())).eventId();
        String again = EpcisEvents.of(event("SAN_XUAT:(01)08934563123451(10)L1", "SAN_XUAT", List.of(), List.of(), null, List.of())).eventId();

        assertThat(first).isEqualTo(again).matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void should_compute_the_rfc_version_5_uuid_of_a_name_in_the_url_namespace() {
        // the value of Python's reference implementation: uuid.uuid5(uuid.NAMESPACE_URL, "https://id.gs1.org/")
        assertThat(EventIds.nameBased("https://id.gs1.org/")).hasToString("6ad30d1f-ec06-5cd6-8d81-5edbecb3dab0");
    }

    @Test
    void should_write_an_event_without_lots_as_an_empty_epc_list_that_both_schemas_accept() throws IOException {
        EpcisEvent event = EpcisEvents.of(event("EV-2", "CHUNG_NHAN", List.of(), List.of(), null, List.of()));

        assertThat(onlyEvent(json(event)).path("epcList").isArray()).isTrue();
        assertThat(EpcisSchemas.problemsOfXml(xml(event))).isEmpty();
    }

    @Test
    void should_have_the_schema_checks_find_an_event_without_its_time_zone() throws IOException {
        String json = new String(json(EpcisEvents.of(event("KHO_TONG"))), StandardCharsets.UTF_8);
        String xml = new String(xml(EpcisEvents.of(event("KHO_TONG"))), StandardCharsets.UTF_8);

        assertThat(EpcisSchemas.problemsOfJson(json.replaceFirst("\"eventTimeZoneOffset\"", "\"timeZone\"")
                .getBytes(StandardCharsets.UTF_8))).isNotEmpty();
        assertThat(EpcisSchemas.problemsOfXml(xml.replaceFirst("<eventTimeZoneOffset>\\+07:00</eventTimeZoneOffset>", "")
                .getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    }

    @Test
    void should_write_a_production_event_of_one_lot_as_its_commissioning_with_that_lots_ilmd() throws IOException {
        EventRecord production = event("SAN_XUAT");
        LotRecord lot = new LotRecord(GTIN, "L2609-15A", null, LocalDate.parse("2026-09-15"), LocalDate.parse("2028-09-15"),
                null, null, FARM);

        JsonNode event = onlyEvent(json(EpcisEvents.of(production, lot, null)));

        assertThat(event.path("ilmd").toString()).isEqualTo("{\"cbvmda:lotNumber\":\"L2609-15A\",\"cbvmda:productionDate\":\"2026-09-15\","
                + "\"cbvmda:itemExpirationDate\":\"2028-09-15\"}");
        assertThat(EpcisSchemas.problemsOfXml(xml(EpcisEvents.of(production, lot, null)))).isEmpty();
    }

    @Test
    void should_give_a_production_event_of_one_lot_without_a_staged_lot_record_its_lot_number_as_ilmd() throws IOException {
        JsonNode event = onlyEvent(json(EpcisEvents.of(event("SAN_XUAT"))));

        assertThat(event.path("ilmd").toString()).isEqualTo("{\"cbvmda:lotNumber\":\"L2609-15A\"}");
    }

    @Test
    void should_give_a_production_event_of_several_lots_no_ilmd_as_one_cannot_describe_them_all() throws IOException {
        EventRecord production = event("EV-3", "SAN_XUAT", List.of(new EventLot(GTIN, "L1", null, null, null),
                new EventLot(GTIN, "L2", null, null, null)), List.of(), null, List.of());

        assertThat(onlyEvent(json(EpcisEvents.of(production))).has("ilmd")).isFalse();
    }

    @Test
    void should_write_the_serial_and_sscc_codes_of_an_event_as_its_epc_list_beside_its_lots() throws IOException {
        EventRecord shipping = new EventRecord("SHIP-8", "VAN_CHUYEN", AT, FARM, null, BUYER, null,
                List.of(new EventLot(GTIN, "L2609-15A", null, null, null)), List.of(), List.of(), null, null, null,
                List.of("(01)" + GTIN + "(21)S(7)", "(00)389345630000000017"));

        JsonNode event = onlyEvent(json(EpcisEvents.of(shipping)));

        assertThat(event.path("epcList")).extracting(JsonNode::asText).containsExactly(
                "https://id.gs1.org/01/" + GTIN + "/21/S%287%29", "https://id.gs1.org/00/389345630000000017");
        assertThat(event.at("/quantityList/0/epcClass").asText()).isEqualTo("https://id.gs1.org/01/" + GTIN + "/10/L2609-15A");
        assertThat(EpcisSchemas.problemsOfXml(xml(EpcisEvents.of(shipping)))).isEmpty();
    }

    @Test
    void should_write_the_serial_codes_of_a_transformation_as_its_output_epc_list() throws IOException {
        EventRecord processing = new EventRecord("CHE_BIEN-8", "CHE_BIEN", AT, FARM, null, null, null,
                List.of(new EventLot(GTIN, "L2611-02", null, null, null)), List.of(new EventInput("08934563000019", "CA-0911", null, null, null)),
                List.of(), null, null, null, List.of("(01)" + GTIN + "(21)S1"));

        JsonNode event = onlyEvent(json(EpcisEvents.of(processing)));

        assertThat(event.path("outputEPCList")).extracting(JsonNode::asText).containsExactly("https://id.gs1.org/01/" + GTIN + "/21/S1");
        assertThat(EpcisSchemas.problemsOfXml(xml(EpcisEvents.of(processing)))).isEmpty();
    }

    @Test
    void should_write_a_business_transaction_an_epcis_document_gave_as_it_was_given() throws IOException {
        EventRecord shipping = event("SHIP-9", "VAN_CHUYEN", List.of(new EventLot(GTIN, "L2609-15A", null, null, null)), List.of(),
                BUYER, List.of(new EventDocument("DON_HANG", "PO-77", "urn:epcglobal:cbv:bt:8934563000004:PO-77")));

        JsonNode event = onlyEvent(json(EpcisEvents.of(shipping)));

        assertThat(event.at("/bizTransactionList/0/bizTransaction").asText()).isEqualTo("urn:epcglobal:cbv:bt:8934563000004:PO-77");
    }

    @Test
    void should_write_an_event_declared_in_error_with_its_error_declaration_that_both_schemas_accept() throws IOException {
        ErrorDeclaration declaration = new ErrorDeclaration(OffsetDateTime.parse("2026-11-22T09:00:00+07:00"), "incorrect_data",
                List.of("urn:uuid:5b7e3c52-0002-4e43-9b1e-000000000009"));
        EpcisEvent declared = EpcisEvents.of(event("KHO_TONG"), null, declaration);

        JsonNode event = onlyEvent(json(declared));

        assertThat(event.path("errorDeclaration").toString()).isEqualTo("{\"declarationTime\":\"2026-11-22T09:00:00+07:00\","
                + "\"reason\":\"incorrect_data\",\"correctiveEventIDs\":[\"urn:uuid:5b7e3c52-0002-4e43-9b1e-000000000009\"]}");
        assertThat(event.path("eventID").asText()).isEqualTo(EpcisEvents.of(event("KHO_TONG")).eventId());
        byte[] xml = xml(declared);
        assertThat(EpcisSchemas.problemsOfXml(xml)).isEmpty();
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<reason>urn:epcglobal:cbv:er:incorrect_data</reason>");
    }
}
