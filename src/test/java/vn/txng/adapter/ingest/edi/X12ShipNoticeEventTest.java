package vn.txng.adapter.ingest.edi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.model.EventDocument;
import vn.txng.adapter.model.EventLot;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.LocationRecord;

/** An X12 856 shipment is also a shipping event (VAN_CHUYEN), with the locations of its N1 parties. */
class X12ShipNoticeEventTest {

    private static final List<String> SHIP_FROM = List.of("N1*SF*Huong Bien Plant*UL*8934563000103", "N3*Lo B2 KCN Tan Duc",
            "N4*Duc Hoa*LA*82000*VN");
    private static final String SHIP_TO = "N1*ST*Saigon DC*UL*8930000999993";
    private static final List<String> ITEMS = List.of("HL*2*1*O", "PRF*PO-4500012345", "HL*3*2*I",
            "LIN**UK*08934563123451*LT*L2609-15A", "SN1**12000*EA", "DTM*405*20260915", "HL*4*2*I", "LIN**EN*8934563123468*LT*TX261001",
            "SN1**4800*EA");

    /** An 856 whose shipment loop holds {@code shipment} after BSN and HL*1. */
    static String shipNotice(String bsn, List<String> shipment) {
        List<String> segments = new ArrayList<>(List.of("ST*856*0001", bsn, "HL*1**S"));
        segments.addAll(shipment);
        segments.addAll(ITEMS);
        segments.add("SE*" + (segments.size() + 1) + "*0001");
        StringBuilder text = new StringBuilder("ISA*00*          *00*          *ZZ*8934563000004  *ZZ*8930000000001  "
                + "*261121*2300*U*00401*000000502*0*P*>~\nGS*SH*8934563000004*8930000000001*20261121*2300*1*X*004010~\n");
        segments.forEach(segment -> text.append(segment).append("~\n"));
        return text.append("GE*1*1~\nIEA*1*000000502~\n").toString();
    }

    private static List<String> shipment(String... more) {
        List<String> all = new ArrayList<>(SHIP_FROM);
        all.add(SHIP_TO);
        all.addAll(List.of(more));
        return all;
    }

    private static EdiFixtures.Read read(String x12) {
        return EdiFixtures.text(x12, true, DespatchEvents.DEFAULT);
    }

    private static EventRecord eventOf(String x12) {
        List<EventRecord> events = read(x12).events();
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    @Test
    void should_reject_the_event_naming_the_n1_segment_and_element_of_a_wrong_ship_to_gln() {
        EdiFixtures.Read read = read(shipNotice("BSN*00*SHP-2611*20261121*2300",
                List.of(SHIP_FROM.get(0), SHIP_FROM.get(1), SHIP_FROM.get(2), "N1*ST*Saigon DC*UL*8930000999994")));

        assertThat(read.events()).isEmpty();
        assertThat(read.report().rejections()).singleElement().asString().contains("N1) N1*ST N104: BAD_CHECK_DIGIT");
    }

    @Test
    void should_give_a_shipment_one_event_keyed_by_sender_and_shipment_id() {
        EventRecord event = eventOf(shipNotice("BSN*00*SHP-2611*20261121*2300", shipment()));
        assertThat(event.eventId()).isEqualTo("VAN_CHUYEN:8934563000004:SHP-2611");
        assertThat(event.stage()).isEqualTo("VAN_CHUYEN");
    }

    @Test
    void should_take_the_shipped_date_and_time_in_the_source_time_zone() {
        EventRecord event = eventOf(shipNotice("BSN*00*SHP-2611*20261121*2300", shipment("DTM*011*20261122*0815")));
        assertThat(event.time()).isEqualTo(OffsetDateTime.parse("2026-11-22T08:15:00+07:00"));
    }

    @Test
    void should_keep_the_time_code_a_shipped_time_gives() {
        EventRecord event = eventOf(shipNotice("BSN*00*SHP-2611*20261121*2300", shipment("DTM*011*20261122*0115*UT")));
        assertThat(event.time()).isEqualTo(OffsetDateTime.parse("2026-11-22T01:15:00Z"));
    }

    @Test
    void should_take_the_bsn_date_and_time_when_no_shipped_date_is_given() {
        EventRecord event = eventOf(shipNotice("BSN*00*SHP-2611*20261121*2300", shipment()));
        assertThat(event.time()).isEqualTo(OffsetDateTime.parse("2026-11-21T23:00:00+07:00"));
    }

    @Test
    void should_place_the_event_at_the_ship_from_and_send_it_to_the_ship_to() {
        EventRecord event = eventOf(shipNotice("BSN*00*SHP-2611*20261121*2300", shipment()));
        assertThat(event.locationGln()).isEqualTo("8934563000103");
        assertThat(event.destinationGln()).isEqualTo("8930000999993");
    }

    @Test
    void should_name_the_items_lots_with_their_quantities() {
        assertThat(eventOf(shipNotice("BSN*00*SHP-2611*20261121*2300", shipment())).lots()).containsExactly(
                new EventLot("08934563123451", "L2609-15A", null, new BigDecimal("12000"), "EA"),
                new EventLot("8934563123468", "TX261001", null, new BigDecimal("4800"), "EA"));
    }

    @Test
    void should_carry_the_ship_notice_and_its_purchase_order_as_documents() {
        assertThat(eventOf(shipNotice("BSN*00*SHP-2611*20261121*2300", shipment())).documents()).containsExactly(
                new EventDocument("PHIEU_GIAO_HANG", "SHP-2611"), new EventDocument("DON_HANG", "PO-4500012345"));
    }

    @Test
    void should_give_a_corrected_ship_notice_the_same_key() {
        EventRecord original = eventOf(shipNotice("BSN*00*SHP-2611*20261121*2300", shipment()));
        EventRecord replaced = eventOf(shipNotice("BSN*05*SHP-2611*20261121*2345", shipment()));
        assertThat(replaced.eventId()).isEqualTo(original.eventId());
        assertThat(replaced.time()).isNotEqualTo(original.time());
    }

    @Test
    void should_give_a_party_with_n3_and_n4_as_a_warehouse_location() {
        assertThat(read(shipNotice("BSN*00*SHP-2611*20261121*2300", shipment())).locations()).containsExactly(new LocationRecord(
                "8934563000103", null, "Huong Bien Plant", "Lo B2 KCN Tan Duc, Duc Hoa, LA, 82000, VN", "KHO", null, null, null));
    }

    @Test
    void should_give_a_ship_from_without_address_as_a_location_known_by_gln_only() {
        String text = shipNotice("BSN*00*SHP-2611*20261121*2300", List.of("N1*SF*Huong Bien Plant*UL*8934563000103", SHIP_TO));
        assertThat(read(text).locations()).containsExactly(LocationRecord.known("8934563000103", null));
    }

    @Test
    void should_give_the_lots_and_a_warning_when_no_ship_from_gln_is_given() {
        EdiFixtures.Read read = read(shipNotice("BSN*00*SHP-2611*20261121*2300", List.of("N1*SF*Huong Bien Plant", SHIP_TO)));
        assertThat(read.lots()).hasSize(2);
        assertThat(read.events()).isEmpty();
        assertThat(read.report().warnings()).singleElement().asString()
                .contains("ST 0001 856", "EDI_NO_EVENT", "SHP-2611", "no ship-from GLN (N1*SF or N1*SU)");
    }
}
