package vn.txng.adapter.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.txng.adapter.outbox.TraceRecordBodies.EVENT;
import static vn.txng.adapter.outbox.TraceRecordBodies.LOCATION;

import org.junit.jupiter.api.Test;
import vn.txng.adapter.model.RecordKind;

/** The stored form of locations and events: read back equal, the event time with the offset it was given. */
class TraceRecordCodecTest {

    @Test
    void should_read_a_location_back_as_it_was_written() {
        assertThat(RecordCodec.fromJson(RecordKind.LOCATION, RecordCodec.toJson(LOCATION))).isEqualTo(LOCATION);
    }

    @Test
    void should_read_an_event_back_as_it_was_written() {
        assertThat(RecordCodec.fromJson(RecordKind.EVENT, RecordCodec.toJson(EVENT))).isEqualTo(EVENT);
    }

    @Test
    void should_read_an_event_with_serial_codes_and_a_document_uri_back_as_it_was_written() {
        assertThat(RecordCodec.fromJson(RecordKind.EVENT, RecordCodec.toJson(TraceRecordBodies.EPCIS_EVENT)))
                .isEqualTo(TraceRecordBodies.EPCIS_EVENT);
    }

    @Test
    void should_store_an_event_without_serial_codes_or_document_uris_as_before_so_its_hash_stays_the_same() {
        // the stored form of EVENT as it was before serial codes and document URIs were kept: pinned, as its hash is
        assertThat(RecordCodec.toJson(EVENT)).isEqualTo("{\"eventId\":\"ERP-SHIP-0007\",\"stage\":\"VAN_CHUYEN\","
                + "\"time\":\"2026-11-21T08:30:00+07:00\",\"locationGln\":\"8934563000103\",\"locationExtension\":\"LINE-2\","
                + "\"destinationGln\":\"8930000999993\",\"lots\":[{\"gtin\":\"08934563123451\",\"lotNumber\":\"L2609-15A\","
                + "\"quantity\":1200,\"quantityUnit\":\"Chai\"}],\"inputs\":[{\"gtin\":\"08930000111111\",\"lotNumber\":\"RAW-77\"},"
                + "{\"sscc\":\"089345630000000011\"}],\"documents\":[{\"type\":\"DON_HANG\",\"number\":\"PO-4500012345\"}],"
                + "\"performer\":\"Tổ vận chuyển 2\",\"description\":\"ghi chú\","
                + "\"evidenceImageUrls\":[\"https://erp.example.vn/evidence/ship-0007.jpg\"]}");
    }

    @Test
    void should_write_the_event_time_with_its_seconds_and_its_own_offset() {
        assertThat(RecordCodec.toJson(EVENT)).contains("\"time\":\"2026-11-21T08:30:00+07:00\"");
    }

    @Test
    void should_key_a_location_by_its_trace_code_and_an_event_after_its_location_and_lots() {
        assertThat(LOCATION.businessKey()).isEqualTo("(414)8934563000103(254)LINE-2");
        assertThat(EVENT.prerequisites()).extracting(Object::toString)
                .containsExactly("location (414)8934563000103(254)LINE-2", "lot 08934563123451/L2609-15A");
    }
}
