package vn.txng.adapter.ingest.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.identifier.IdentifierNormalizer;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.ingest.ConfiguredLocations;
import vn.txng.adapter.ingest.ProductDefaults;
import vn.txng.adapter.ingest.ProfileCodes;
import vn.txng.adapter.ingest.RecordNormalizer;
import vn.txng.adapter.ingest.StagedRecords;
import vn.txng.adapter.model.EventDocument;
import vn.txng.adapter.model.EventInput;
import vn.txng.adapter.model.EventLot;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;
import vn.txng.adapter.model.SourcedRecord;

class CbvEventMapperTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SourcePosition AT = SourcePosition.of("events.jsonld", 0, "/epcisBody/eventList/0");
    /** A GLN of the examples' company prefix, its check digit computed: urn:epc:id:sgln:4012345.00011.0. */
    private static final String SITE = "4012345000115";
    private static final EpcisProfile PROFILE = new EpcisProfile(Map.of("commissioning", "SAN_XUAT", "fishingEvent", "VUNG_TRONG",
            "packing", "CHE_BIEN", "shipping", "VAN_CHUYEN", "receiving", EpcisProfile.BY_LOCATION_KIND, "inspecting", "CHUNG_NHAN",
            "retail_selling", "CUA_HANG"), Map.of("KHO", "KHO_TONG", "DAI_LY", "DAI_LY", "CUA_HANG", "CUA_HANG"), "KHO_TONG",
            "CHE_BIEN", Map.of("po", "DON_HANG", "desadv", "PHIEU_GIAO_HANG", "inv", "HOA_DON"), "KHAC");

    private final FileReport report = new FileReport("events.jsonld", false);
    private CbvEventMapper mapper = mapper(key -> Optional.empty());

    private static CbvEventMapper mapper(java.util.function.Function<String, Optional<String>> kinds) {
        return new CbvEventMapper(new IdentifierNormalizer(), PROFILE, kinds, "VAN_CHUYEN", "CHE_BIEN", "SAN_XUAT");
    }

    private static ObjectNode event(String json) throws Exception {
        return (ObjectNode) JSON.readTree(json.replace('\'', '"'));
    }

    /** An ObjectEvent at SITE at 10:00 +07:00, with the given fields added. */
    private static ObjectNode objectEvent(String fields) throws Exception {
        return event("{'type':'ObjectEvent','eventID':'urn:uuid:6d5a0b1e-0001','eventTime':'2024-05-02T03:00:00Z',"
                + "'eventTimeZoneOffset':'+07:00','readPoint':{'id':'urn:epc:id:sgln:4012345.00011.0'}," + fields + "}");
    }

    private List<SourcedRecord> map(ObjectNode event) {
        return mapper.map(event, AT, report);
    }

    private static EventRecord onlyEvent(List<SourcedRecord> records) {
        List<EventRecord> events = records.stream().map(SourcedRecord::record).filter(EventRecord.class::isInstance)
                .map(EventRecord.class::cast).toList();
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    @Test
    void an_lgtin_class_with_quantity_becomes_the_events_lot_with_its_quantity_and_unit() throws Exception {
        EventRecord e = onlyEvent(map(objectEvent("'action':'OBSERVE','bizStep':'inspecting',"
                + "'quantityList':[{'epcClass':'urn:epc:class:lgtin:4012345.012345.LOT-7','quantity':12.5,'uom':'KGM'}]")));

        assertThat(e.lots()).containsExactly(new EventLot("04012345123456", "LOT-7", null, new BigDecimal("12.5"), "KGM"));
        assertThat(e.stage()).isEqualTo("CHUNG_NHAN");
    }

    @Test
    void a_digital_link_class_on_any_host_is_a_lot_and_a_quantity_without_uom_counts_pieces() throws Exception {
        EventRecord e = onlyEvent(map(objectEvent("'action':'OBSERVE','bizStep':'https://ref.gs1.org/cbv/BizStep-inspecting',"
                + "'quantityList':[{'epcClass':'https://brand.example.vn/01/04012345123456/10/L1','quantity':3}]")));

        assertThat(e.lots()).containsExactly(new EventLot("04012345123456", "L1", null, new BigDecimal("3"), "H87"));
    }

    @Test
    void the_place_is_the_biz_location_with_its_extension_and_the_time_is_at_the_events_offset() throws Exception {
        EventRecord e = onlyEvent(map(objectEvent("'action':'OBSERVE','bizStep':'inspecting','bizLocation':{'id':'urn:epc:id:sgln:4012345.00011.DOCK%2F2'},"
                + "'quantityList':[{'epcClass':'urn:epc:class:lgtin:4012345.012345.L1'}]")));

        assertThat(e.locationGln()).isEqualTo(SITE);
        assertThat(e.locationExtension()).isEqualTo("DOCK/2");
        assertThat(e.time()).isEqualTo(OffsetDateTime.parse("2024-05-02T10:00:00+07:00"));
    }

    @Test
    void serial_level_codes_alone_give_no_event_and_count_as_not_for_the_portal() throws Exception {
        List<SourcedRecord> records = map(objectEvent("'action':'OBSERVE','bizStep':'inspecting',"
                + "'epcList':['urn:epc:id:sgtin:4012345.012345.1001','urn:epc:id:sscc:4012345.0000000111']"));

        assertThat(records).isEmpty();
        assertThat(report.notForPortal()).isEqualTo(1);
        assertThat(report.rejected()).isZero();
        assertThat(report.warnings()).singleElement().asString().contains("not for the portal: no lot");
    }

    @Test
    void a_biz_step_without_a_stage_is_not_for_the_portal_naming_the_step() throws Exception {
        List<SourcedRecord> records = map(objectEvent("'action':'OBSERVE','bizStep':'urn:epcglobal:cbv:bizstep:cycle_counting',"
                + "'quantityList':[{'epcClass':'urn:epc:class:lgtin:4012345.012345.L1'}]"));

        assertThat(records).isEmpty();
        assertThat(report.warnings()).singleElement().asString()
                .contains("not for the portal: bizStep urn:epcglobal:cbv:bizstep:cycle_counting has no stage");
    }

    @Test
    void a_gdst_fishing_event_is_at_the_growing_area_stage() throws Exception {
        EventRecord e = onlyEvent(map(objectEvent("'action':'OBSERVE','bizStep':'urn:gdst:bizStep:fishingEvent',"
                + "'quantityList':[{'epcClass':'urn:epc:class:lgtin:4012345.012345.L1'}]")));

        assertThat(e.stage()).isEqualTo("VUNG_TRONG");
    }

    @Test
    void receiving_takes_the_stage_of_the_places_location_kind() throws Exception {
        mapper = mapper(key -> key.equals("(414)" + SITE) ? Optional.of("DAI_LY") : Optional.empty());

        EventRecord e = onlyEvent(map(objectEvent("'action':'OBSERVE','bizStep':'receiving',"
                + "'quantityList':[{'epcClass':'urn:epc:class:lgtin:4012345.012345.L1'}]")));

        assertThat(e.stage()).isEqualTo("DAI_LY");
    }

    @Test
    void receiving_at_a_place_of_unknown_kind_takes_its_stage_from_the_place_when_sent() throws Exception {
        EventRecord e = onlyEvent(map(objectEvent("'action':'OBSERVE','bizStep':'receiving',"
                + "'quantityList':[{'epcClass':'urn:epc:class:lgtin:4012345.012345.L1'}]")));

        assertThat(e.stage()).isEqualTo(EventRecord.STAGE_BY_PLACE_KIND);
        assertThat(e.stageByPlaceKind()).isTrue();
    }

    @Test
    void a_transaction_events_shipping_goes_to_the_destination_of_type_location_with_its_documents() throws Exception {
        ObjectNode event = objectEvent("'action':'ADD','bizStep':'shipping','quantityList':[{'epcClass':'urn:epc:class:lgtin:4012345.012345.L1','quantity':5,'uom':'KGM'}],"
                + "'destinationList':[{'type':'owning_party','destination':'urn:epc:id:pgln:4000001.98765'},"
                + "{'type':'urn:epcglobal:cbv:sdt:location','destination':'https://id.gs1.org/414/4012345000122'}],"
                + "'bizTransactionList':[{'type':'urn:epcglobal:cbv:btt:desadv','bizTransaction':'urn:epcglobal:cbv:bt:5200001000008:4711'},"
                + "{'type':'po','bizTransaction':'http://transaction.acme.com/po/12345678'},{'type':'prodorder','bizTransaction':'PO-9'}]");
        event.put("type", "TransactionEvent");

        EventRecord e = onlyEvent(map(event));

        assertThat(e.stage()).isEqualTo("VAN_CHUYEN");
        assertThat(e.destinationGln()).isEqualTo("4012345000122");
        // an identifier that is a URI is kept as given, for the EPCIS written from the event; "PO-9" is none
        assertThat(e.documents()).containsExactly(new EventDocument("PHIEU_GIAO_HANG", "4711", "urn:epcglobal:cbv:bt:5200001000008:4711"),
                new EventDocument("DON_HANG", "http://transaction.acme.com/po/12345678", "http://transaction.acme.com/po/12345678"),
                new EventDocument("KHAC", "PO-9"));
    }

    @Test
    void an_aggregation_event_is_about_its_children_not_its_parent_sscc() throws Exception {
        ObjectNode event = objectEvent("'action':'ADD','bizStep':'packing','parentID':'urn:epc:id:sscc:4047023.0111111122',"
                + "'childQuantityList':[{'epcClass':'urn:epc:class:lgtin:4012345.012345.L1','quantity':17}]");
        event.put("type", "AggregationEvent");

        EventRecord e = onlyEvent(map(event));

        assertThat(e.stage()).isEqualTo("CHE_BIEN");
        assertThat(e.lots()).extracting(EventLot::traceCode).containsExactly("(01)04012345123456(10)L1");
        assertThat(e.inputs()).isEmpty();
    }

    @Test
    void an_association_event_is_about_its_children() throws Exception {
        ObjectNode event = objectEvent("'action':'ADD','bizStep':'inspecting','parentID':'urn:epc:id:giai:4000001.111',"
                + "'childEPCs':['https://id.gs1.org/01/04012345123456/10/L1']");
        event.put("type", "AssociationEvent");

        assertThat(onlyEvent(map(event)).lots()).extracting(EventLot::lotNumber).containsExactly("L1");
    }

    @Test
    void a_transformation_events_outputs_are_its_lots_and_its_inputs_of_every_level_go_to_dau_vao() throws Exception {
        ObjectNode event = event("{'type':'TransformationEvent','eventTime':'2024-05-02T10:00:00+07:00','eventTimeZoneOffset':'+07:00',"
                + "'bizStep':'commissioning','readPoint':{'id':'urn:epc:id:sgln:4012345.00011.0'},"
                + "'inputEPCList':['urn:epc:id:sgtin:4012345.011122.25','urn:epc:id:sscc:4012345.0000000111'],"
                + "'inputQuantityList':[{'epcClass':'urn:epc:class:lgtin:4012345.011111.RAW1','quantity':40,'uom':'KGM'}],"
                + "'outputQuantityList':[{'epcClass':'urn:epc:class:lgtin:4012345.012345.OUT1','quantity':38,'uom':'KGM'}]}");

        EventRecord e = onlyEvent(map(event));

        assertThat(e.stage()).isEqualTo("CHE_BIEN");
        assertThat(e.lots()).extracting(EventLot::traceCode).containsExactly("(01)04012345123456(10)OUT1");
        assertThat(e.inputs()).extracting(EventInput::traceCode).containsExactly("(01)04012345111224(21)25",
                "(00)040123450000001112", "(01)04012345111118(10)RAW1");
    }

    @Test
    void the_ilmd_of_an_add_event_gives_its_lot_with_dates_and_a_lot_number_for_a_class_without_lot() throws Exception {
        List<SourcedRecord> records = map(objectEvent("'action':'ADD','bizStep':'commissioning','@context':[{'cbvmda':'urn:epcglobal:cbv:mda:'}],"
                + "'quantityList':[{'epcClass':'urn:epc:idpat:sgtin:4012345.012345.*','quantity':600,'uom':'KGM'}],"
                + "'ilmd':{'cbvmda:lotNumber':'B2024','cbvmda:itemExpirationDate':'2025-05-01','cbvmda:productionDate':'2024-05-01T06:00:00+07:00'}"));

        assertThat(records).extracting(SourcedRecord::record).contains(new LotRecord("04012345123456", "B2024", null,
                LocalDate.of(2024, 5, 1), LocalDate.of(2025, 5, 1), new BigDecimal("600"), "KGM", SITE));
        assertThat(onlyEvent(records).lots()).containsExactly(new EventLot("04012345123456", "B2024", null, new BigDecimal("600"), "KGM"));
    }

    @Test
    void sensor_data_and_extensions_are_left_out_and_never_an_error() throws Exception {
        EventRecord e = onlyEvent(map(objectEvent("'action':'OBSERVE','bizStep':'inspecting',"
                + "'quantityList':[{'epcClass':'urn:epc:class:lgtin:4012345.012345.L1'}],'example:temperatureLog':{'example:max':'8'},"
                + "'sensorElementList':[{'sensorMetadata':{'time':'2024-05-02T09:00:00+07:00'},'sensorReport':[{'type':'Temperature','value':4.5,'uom':'CEL'}]}]")));

        assertThat(e.lots()).hasSize(1);
        assertThat(report.rejected()).isZero();
    }

    @Test
    void an_event_without_event_id_goes_by_its_cbv_hash_id() throws Exception {
        ObjectNode event = objectEvent("'action':'OBSERVE','bizStep':'inspecting','quantityList':[{'epcClass':'urn:epc:class:lgtin:4012345.012345.L1'}]");
        event.remove("eventID");

        assertThat(onlyEvent(map(event)).eventId()).matches("ni:///sha-256;[0-9a-f]{64}\\?ver=CBV2\\.0");
    }

    @Test
    void an_event_id_longer_than_the_portal_takes_is_replaced_by_the_hash_id_with_a_warning() throws Exception {
        ObjectNode event = objectEvent("'action':'OBSERVE','bizStep':'inspecting','quantityList':[{'epcClass':'urn:epc:class:lgtin:4012345.012345.L1'}]");
        event.put("eventID", "urn:example:" + "x".repeat(200));

        assertThat(onlyEvent(map(event)).eventId()).startsWith("ni:///sha-256;");
        assertThat(report.warnings()).singleElement().asString().contains("EPCIS_EVENT_ID_REPLACED");
    }

    @Test
    void the_serial_and_sscc_codes_of_an_event_with_lots_stay_in_the_event_as_element_strings() throws Exception {
        EventRecord event = onlyEvent(map(objectEvent("'action':'OBSERVE','bizStep':'inspecting',"
                + "'epcList':['urn:epc:id:sgtin:4012345.012345.S1','urn:epc:id:sscc:4012345.0000000001'],"
                + "'quantityList':[{'epcClass':'urn:epc:class:lgtin:4012345.012345.L1'}]")));

        assertThat(event.instanceCodes()).containsExactly("(01)04012345123456(21)S1", "(00)040123450000000016");
    }

    @Test
    void a_business_transaction_keeps_the_identifier_its_document_gave() throws Exception {
        EventRecord event = onlyEvent(map(objectEvent("'action':'OBSERVE','bizStep':'inspecting',"
                + "'quantityList':[{'epcClass':'urn:epc:class:lgtin:4012345.012345.L1'}],"
                + "'bizTransactionList':[{'type':'po','bizTransaction':'urn:epcglobal:cbv:bt:8934563000004:PO-77'}]")));

        assertThat(event.documents()).extracting(d -> d.number() + " " + d.uri())
                .containsExactly("PO-77 urn:epcglobal:cbv:bt:8934563000004:PO-77");
    }

    @Test
    void an_error_declaration_keeps_its_time_reason_and_corrective_events_for_the_outbox() throws Exception {
        map(objectEvent("'action':'OBSERVE','bizStep':'inspecting',"
                + "'quantityList':[{'epcClass':'urn:epc:class:lgtin:4012345.012345.L1'}],"
                + "'errorDeclaration':{'declarationTime':'2024-05-03T00:00:00Z','reason':'incorrect_data',"
                + "'correctiveEventIDs':['urn:uuid:6d5a0b1e-0009']}"));

        assertThat(report.takeWithdrawals()).containsExactly(java.util.Map.entry("urn:uuid:6d5a0b1e-0001",
                new vn.txng.adapter.model.ErrorDeclaration(java.time.OffsetDateTime.parse("2024-05-03T00:00:00Z"), "incorrect_data",
                        List.of("urn:uuid:6d5a0b1e-0009"))));
    }

    @Test
    void an_error_declaration_withdraws_the_event_and_gives_no_record() throws Exception {
        List<SourcedRecord> records = map(objectEvent("'action':'OBSERVE','bizStep':'inspecting',"
                + "'quantityList':[{'epcClass':'urn:epc:class:lgtin:4012345.012345.L1'}],"
                + "'errorDeclaration':{'declarationTime':'2024-05-03T00:00:00Z','reason':'incorrect_data'}"));

        assertThat(records).isEmpty();
        assertThat(report.withdrawals()).containsExactly("urn:uuid:6d5a0b1e-0001");
    }

    @Test
    void an_event_without_its_time_zone_offset_is_rejected_saying_the_offset_is_missing() throws Exception {
        ObjectNode event = objectEvent("'action':'OBSERVE','bizStep':'inspecting','quantityList':[{'epcClass':'urn:epc:class:lgtin:4012345.012345.L1'}]");
        event.remove("eventTimeZoneOffset");

        assertThat(map(event)).isEmpty();
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("eventTimeZoneOffset");
            assertThat(r.message()).contains("eventTimeZoneOffset is missing").doesNotContain("null");
        });
    }

    @Test
    void a_time_without_an_offset_is_rejected_naming_event_time() throws Exception {
        ObjectNode event = objectEvent("'action':'OBSERVE','bizStep':'inspecting','quantityList':[{'epcClass':'urn:epc:class:lgtin:4012345.012345.L1'}]");
        event.put("eventTime", "2024-05-02T10:00:00");

        assertThat(map(event)).isEmpty();
        assertThat(report.rejections()).extracting(Rejection::field).containsExactly("eventTime");
    }

    @Test
    void an_unknown_action_is_rejected_naming_action() throws Exception {
        assertThat(map(objectEvent("'action':'MOVE','bizStep':'inspecting','quantityList':[{'epcClass':'urn:epc:class:lgtin:4012345.012345.L1'}]"))).isEmpty();
        assertThat(report.rejections()).extracting(Rejection::code).containsExactly("EPCIS_BAD_ACTION");
    }

    @Test
    void a_quantity_that_is_not_a_number_is_rejected_naming_its_path() throws Exception {
        assertThat(map(objectEvent("'action':'OBSERVE','bizStep':'inspecting','quantityList':[{'epcClass':'urn:epc:class:lgtin:4012345.012345.L1'},"
                + "{'epcClass':'urn:epc:class:lgtin:4012345.012345.L2','quantity':'twelve'}]"))).isEmpty();
        assertThat(report.rejections()).extracting(Rejection::field).containsExactly("quantityList[1].quantity");
    }

    @Test
    void a_digital_link_with_a_bad_check_digit_is_rejected_naming_its_position_in_the_list() throws Exception {
        assertThat(map(objectEvent("'action':'OBSERVE','bizStep':'inspecting','epcList':['urn:epc:id:sgtin:4012345.012345.1',"
                + "'urn:epc:id:sgtin:4012345.012345.2','https://id.gs1.org/01/04012345123457/10/L1']"))).isEmpty();
        assertThat(report.rejections()).extracting(Rejection::field).containsExactly("epcList[2]");
        assertThat(report.rejected()).isEqualTo(1);
    }

    @Test
    void the_mapped_records_pass_the_record_normalizer_without_rejections() throws Exception {
        List<SourcedRecord> records = new ArrayList<>();
        records.addAll(map(objectEvent("'action':'ADD','bizStep':'commissioning',"
                + "'quantityList':[{'epcClass':'urn:epc:class:lgtin:4012345.012345.L1','quantity':600,'uom':'KGM'}],"
                + "'ilmd':{'cbvmda:itemExpirationDate':'2025-05-01','cbvmda:productionDate':'2024-05-01'}")));
        records.addAll(map(event("{'type':'TransformationEvent','eventID':'T-1','eventTime':'2024-05-02T10:00:00+07:00',"
                + "'eventTimeZoneOffset':'+07:00','readPoint':{'id':'urn:epc:id:sgln:4012345.00011.0'},"
                + "'inputEPCList':['urn:epc:id:sscc:4012345.0000000111','urn:epc:id:sgtin:4012345.012345.SER-9'],"
                + "'outputQuantityList':[{'epcClass':'urn:epc:class:lgtin:4012345.012345.L1','quantity':38,'uom':'KGM'}]}")));
        ObjectNode shipping = objectEvent("'action':'OBSERVE','bizStep':'shipping','epcList':['https://id.gs1.org/01/04012345123456/10/L1'],"
                + "'destinationList':[{'type':'location','destination':'urn:epc:id:sgln:4012345.00012.0'}],"
                + "'bizTransactionList':[{'type':'inv','bizTransaction':'urn:epcglobal:cbv:bt:5200001000008:RE1099'}]");
        shipping.put("eventID", "S-1");
        records.addAll(map(shipping));

        List<Rejection> problems = new ArrayList<>();
        RecordNormalizer normalizer = new RecordNormalizer(new IdentifierNormalizer(), ProductDefaults.NONE, StagedRecords.NONE,
                new ProfileCodes(List.of("VUNG_TRONG", "CO_SO_SAN_XUAT", "CO_SO_CHE_BIEN", "KHO", "DAI_LY", "CUA_HANG", "KHAC"),
                        List.of("VUNG_TRONG", "SAN_XUAT", "CHE_BIEN", "VAN_CHUYEN", "KHO_TONG", "DAI_LY", "CUA_HANG", "CHUNG_NHAN"),
                        List.of("PHIEU_GIAO_HANG", "DON_HANG", "HOA_DON", "KHAC"), "VAN_CHUYEN", "CHE_BIEN"),
                ConfiguredLocations.NONE, Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC));
        records.forEach(record -> normalizer.normalize(record, problems));

        assertThat(records).hasSize(4);
        assertThat(problems).isEmpty();
    }
}
