package vn.txng.adapter.ingest.edi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.model.EventDocument;
import vn.txng.adapter.model.EventLot;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.LocationRecord;
import vn.txng.adapter.model.LotRecord;

/** An EANCOM DESADV (D.96A, D.01B) is also a shipping event (VAN_CHUYEN), with the locations of its parties. */
class DesadvShipmentEventTest {

    private static final String SENDER = "8934563000004";
    private static final String SHIP_FROM = "NAD+SF+8934563000103::9++Xuong chiet rot Long An+Lo B2 KCN Tan Duc+Duc Hoa++82000+VN";
    private static final String DELIVERY = "NAD+DP+8930000999993::9";
    private static final String BUYER = "NAD+BY+8930000000002::9++Sieu thi Sai Gon+12 Nguyen Hue+Ho Chi Minh++70000+VN";
    private static final List<String> LINES = List.of("CPS+1", "LIN+1++8934563123451:EN", "QTY+12:1200:PCE", "GIN+BX+L2609-15A",
            "DTM+94:20260915:102", "LIN+2++8934563123468:EN", "QTY+12:480:PCE", "GIN+BX+TX261001");

    /** A DESADV of {@code release} (96A or 01B) from {@code sender}: its header segments, then two lines. */
    static String desadv(String release, String sender, String... header) {
        List<String> segments = new ArrayList<>(List.of("UNH+1+DESADV:D:" + release + ":UN:EAN005"));
        segments.addAll(List.of(header));
        segments.addAll(LINES);
        segments.add("UNT+" + (segments.size() + 1) + "+1");
        StringBuilder text = new StringBuilder("UNB+UNOC:3+" + sender + ":14+8930000000001:14+261121:2300+000777'\n");
        segments.forEach(segment -> text.append(segment).append("'\n"));
        return text.append("UNZ+1+000777'\n").toString();
    }

    private static String standard(String release) {
        return desadv(release, SENDER, "BGM+351+DES-2611-001+9", "DTM+137:20261120:102", "DTM+11:202611210830:203",
                "RFF+ON:PO-4500012345", SHIP_FROM, DELIVERY, BUYER);
    }

    private static EdiFixtures.Read read(String edifact) {
        return EdiFixtures.text(edifact, false, DespatchEvents.DEFAULT);
    }

    private static EventRecord eventOf(String edifact) {
        List<EventRecord> events = read(edifact).events();
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    @Test
    void should_give_a_d96a_despatch_advice_one_shipping_event_keyed_by_sender_and_number() {
        EventRecord event = eventOf(standard("96A"));
        assertThat(event.stage()).isEqualTo("VAN_CHUYEN");
        assertThat(event.eventId()).isEqualTo("VAN_CHUYEN:8934563000004:DES-2611-001");
    }

    @Test
    void should_give_a_d01b_despatch_advice_the_same_event_as_its_d96a_twin() {
        assertThat(eventOf(standard("01B"))).isEqualTo(eventOf(standard("96A")));
    }

    @Test
    void should_take_the_despatch_time_in_the_source_time_zone_when_it_has_no_offset() {
        assertThat(eventOf(standard("96A")).time()).isEqualTo(OffsetDateTime.parse("2026-11-21T08:30:00+07:00"));
    }

    @Test
    void should_keep_the_offset_a_despatch_time_gives() {
        String text = desadv("01B", SENDER, "BGM+351+DES-1+9", "DTM+11:202611210830?+0100:205", SHIP_FROM, DELIVERY);
        assertThat(eventOf(text).time()).isEqualTo(OffsetDateTime.parse("2026-11-21T08:30:00+01:00"));
    }

    @Test
    void should_read_a_time_zone_code_of_format_303() {
        String text = desadv("96A", SENDER, "BGM+351+DES-1+9", "DTM+11:202611210130UTC:303", SHIP_FROM, DELIVERY);
        assertThat(eventOf(text).time()).isEqualTo(OffsetDateTime.parse("2026-11-21T01:30:00Z"));
    }

    @Test
    void should_take_the_configured_time_zone_for_a_time_without_offset() {
        String text = desadv("96A", SENDER, "BGM+351+DES-1+9", "DTM+11:202611210830:203", SHIP_FROM, DELIVERY);
        EdiFixtures.Read read = EdiFixtures.text(text, false, DespatchEvents.DEFAULT.inZone(ZoneId.of("Europe/Paris")));
        assertThat(read.events().get(0).time()).isEqualTo(OffsetDateTime.parse("2026-11-21T08:30:00+01:00"));
    }

    @Test
    void should_take_the_document_date_at_the_start_of_its_day_when_no_despatch_date_is_given() {
        String text = desadv("96A", SENDER, "BGM+351+DES-1+9", "DTM+137:20261120:102", SHIP_FROM, DELIVERY);
        assertThat(eventOf(text).time()).isEqualTo(OffsetDateTime.parse("2026-11-20T00:00:00+07:00"));
    }

    @Test
    void should_prefer_the_despatch_date_to_the_document_date_whatever_their_order() {
        String text = desadv("96A", SENDER, "BGM+351+DES-1+9", "DTM+11:20261122:102", "DTM+137:20261120:102", SHIP_FROM, DELIVERY);
        assertThat(eventOf(text).time()).isEqualTo(OffsetDateTime.parse("2026-11-22T00:00:00+07:00"));
    }

    @Test
    void should_place_the_event_at_the_ship_from_party_and_send_it_to_the_delivery_party() {
        EventRecord event = eventOf(standard("96A"));
        assertThat(event.locationGln()).isEqualTo("8934563000103");
        assertThat(event.destinationGln()).isEqualTo("8930000999993");
    }

    @Test
    void should_fall_back_to_the_supplier_as_place_and_the_buyer_as_destination() {
        String text = desadv("96A", SENDER, "BGM+351+DES-1+9", "DTM+11:20261121:102", "NAD+SU+8934563000004::9", BUYER);
        EventRecord event = eventOf(text);
        assertThat(event.locationGln()).isEqualTo("8934563000004");
        assertThat(event.destinationGln()).isEqualTo("8930000000002");
    }

    @Test
    void should_prefer_ship_to_over_buyer_as_destination() {
        String text = desadv("96A", SENDER, "BGM+351+DES-1+9", "DTM+11:20261121:102", SHIP_FROM, BUYER, "NAD+ST+8930000555557::9");
        assertThat(eventOf(text).destinationGln()).isEqualTo("8930000555557");
    }

    @Test
    void should_name_every_lot_with_its_quantity_and_unit() {
        assertThat(eventOf(standard("96A")).lots()).containsExactly(
                new EventLot("8934563123451", "L2609-15A", null, new BigDecimal("1200"), "PCE"),
                new EventLot("8934563123468", "TX261001", null, new BigDecimal("480"), "PCE"));
    }

    @Test
    void should_carry_the_despatch_advice_and_its_order_as_documents() {
        assertThat(eventOf(standard("96A")).documents()).containsExactly(
                new EventDocument("PHIEU_GIAO_HANG", "DES-2611-001"), new EventDocument("DON_HANG", "PO-4500012345"));
    }

    @Test
    void should_give_a_corrected_despatch_advice_the_same_key_with_its_new_content() {
        String original = desadv("96A", SENDER, "BGM+351+DES-2611-001+9", "DTM+11:202611210830:203", SHIP_FROM, DELIVERY);
        String corrected = desadv("96A", SENDER, "BGM+351+DES-2611-001+5", "DTM+11:202611211015:203", SHIP_FROM, BUYER);
        EventRecord first = eventOf(original);
        EventRecord second = eventOf(corrected);
        assertThat(second.eventId()).isEqualTo(first.eventId());
        assertThat(second.time()).isEqualTo(OffsetDateTime.parse("2026-11-21T10:15:00+07:00"));
        assertThat(second.destinationGln()).isEqualTo("8930000000002");
    }

    @Test
    void should_give_a_party_with_name_and_address_as_a_warehouse_location() {
        assertThat(read(standard("96A")).locations()).contains(new LocationRecord("8934563000103", null, "Xuong chiet rot Long An",
                "Lo B2 KCN Tan Duc, Duc Hoa, 82000, VN", "KHO", null, null, null));
    }

    @Test
    void should_give_a_party_with_name_and_address_the_configured_location_kind() {
        EdiFixtures.Read read = EdiFixtures.text(standard("96A"), false, new DespatchEvents(ZoneId.of("Asia/Ho_Chi_Minh"), "CO_SO_SAN_XUAT"));
        assertThat(read.locations()).extracting(LocationRecord::locationKind).containsOnly("CO_SO_SAN_XUAT");
    }

    @Test
    void should_give_a_ship_from_party_given_by_gln_only_as_a_location_without_master_data() {
        String text = desadv("96A", SENDER, "BGM+351+DES-1+9", "DTM+11:20261121:102", "NAD+SF+8934563000103::9", DELIVERY);
        assertThat(read(text).locations()).containsExactly(LocationRecord.known("8934563000103", null));
    }

    @Test
    void should_give_a_destination_as_a_location_only_when_it_has_name_and_address() {
        assertThat(read(standard("96A")).locations()).extracting(LocationRecord::gln).containsExactly("8934563000103");
    }

    @Test
    void should_give_the_lots_and_a_warning_naming_the_message_when_no_ship_from_gln_is_given() {
        String text = desadv("96A", SENDER, "BGM+351+DES-9+9", "DTM+11:20261121:102", DELIVERY);
        EdiFixtures.Read read = read(text);
        assertThat(read.lots()).hasSize(2);
        assertThat(read.events()).isEmpty();
        assertThat(read.locations()).isEmpty();
        assertThat(read.report().warnings()).singleElement().asString()
                .contains("UNH 1 DESADV", "EDI_NO_EVENT", "DES-9", "no ship-from GLN (NAD+SF or NAD+SU)", "lots are read");
    }

    @Test
    void should_give_the_lots_and_a_warning_naming_the_message_when_no_despatch_date_is_given() {
        String text = desadv("01B", SENDER, "BGM+351+DES-9+9", SHIP_FROM, DELIVERY);
        EdiFixtures.Read read = read(text);
        assertThat(read.lots()).hasSize(2);
        assertThat(read.events()).isEmpty();
        assertThat(read.report().warnings()).singleElement().asString()
                .contains("UNH 1 DESADV", "EDI_NO_EVENT", "no despatch date (DTM+11 or DTM+137)");
    }

    @Test
    void should_say_why_a_despatch_date_that_cannot_be_read_gives_no_event() {
        String text = desadv("96A", SENDER, "BGM+351+DES-9+9", "DTM+11:2026112108:203", SHIP_FROM, DELIVERY);
        EdiFixtures.Read read = read(text);
        assertThat(read.events()).isEmpty();
        assertThat(read.report().warnings()).singleElement().asString().contains("EDI_BAD_DATE", "2026112108");
    }

    @Test
    void should_give_no_event_for_a_message_its_trailer_withdraws() {
        String text = standard("96A").replaceFirst("UNT\\+\\d+\\+1", "UNT+99+1");
        EdiFixtures.Read read = read(text);
        assertThat(read.all()).isEmpty();
        assertThat(read.report().rejections()).extracting(r -> r.code()).contains("EDI_UNT_COUNT");
    }

    @Test
    void should_write_an_accented_sender_without_its_accents_in_the_key() {
        String text = desadv("96A", "CÔNG-TY-HƯƠNG-BIỂN", "BGM+351+DES-1+9", "DTM+11:20261121:102", SHIP_FROM, DELIVERY)
                .replace("UNOC:3", "UNOW:3");
        EdiFixtures.Read read = EdiFixtures.bytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), false, null);
        assertThat(read.events()).extracting(EventRecord::eventId).containsExactly("VAN_CHUYEN:CONG-TY-HUONG-BIEN:DES-1");
    }

    @Test
    void should_hand_on_the_locations_before_the_event_and_the_lots_before_both() {
        List<Object> kinds = read(standard("96A")).all().stream().map(r -> (Object) r.record().kind()).toList();
        assertThat(kinds).extracting(Object::toString).containsExactly("LOT", "LOT", "LOCATION", "EVENT");
    }

    @Test
    void should_reject_the_ship_from_location_and_the_event_naming_the_nad_segment_and_element_of_a_wrong_gln() {
        EdiFixtures.Read read = read(desadv("96A", SENDER, "BGM+351+DES-1+9", "DTM+11:20261121:102", "NAD+SF+8934563000104::9", DELIVERY));

        assertThat(read.events()).isEmpty();
        assertThat(read.locations()).isEmpty();
        assertThat(read.lots()).hasSize(2);
        assertThat(read.report().rejections()).hasSize(2).allSatisfy(rejection -> assertThat(rejection.toString())
                .contains("segment 4 NAD) NAD+SF C082.3039: BAD_CHECK_DIGIT").doesNotContain("BGM"));
    }

    @Test
    void should_reject_the_event_naming_the_nad_segment_of_a_wrong_destination_gln() {
        EdiFixtures.Read read = read(desadv("96A", SENDER, "BGM+351+DES-1+9", "DTM+11:20261121:102", "NAD+SF+8934563000103::9",
                "NAD+DP+8930000999994::9"));

        assertThat(read.events()).isEmpty();
        assertThat(read.locations()).extracting(LocationRecord::gln).containsExactly("8934563000103");
        assertThat(read.report().rejections()).singleElement().asString().contains("segment 5 NAD) NAD+DP C082.3039: BAD_CHECK_DIGIT");
    }

    @Test
    void should_place_the_event_at_its_bgm_segment() {
        EdiFixtures.Read read = read(standard("96A"));
        assertThat(read.all().get(3).position().locator()).isEqualTo("UNB 000777 / UNH 1 DESADV / segment 2 BGM");
        assertThat(read.lots()).extracting(LotRecord::lotNumber).containsExactly("L2609-15A", "TX261001");
    }

    @Test
    void should_give_no_event_and_say_so_when_the_sender_cannot_be_written_in_ascii() {
        String text = desadv("96A", "供应商", "BGM+351+DES-1+9", "DTM+11:20261121:102", SHIP_FROM, DELIVERY).replace("UNOC:3", "UNOW:3");
        EdiFixtures.Read read = EdiFixtures.bytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), false, null);
        assertThat(read.events()).isEmpty();
        assertThat(read.lots()).hasSize(2);
        assertThat(read.report().warnings()).singleElement().asString().contains("interchange sender '供应商' is not printable ASCII");
    }
}
