package vn.txng.adapter.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.txng.adapter.ingest.Journeys.GTIN_14;
import static vn.txng.adapter.ingest.Journeys.SHIPPED;
import static vn.txng.adapter.ingest.Journeys.SITE_GLN;
import static vn.txng.adapter.ingest.Journeys.STORE_GLN;
import static vn.txng.adapter.ingest.Journeys.event;
import static vn.txng.adapter.ingest.Journeys.lot;
import static vn.txng.adapter.ingest.Journeys.shipping;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.model.EventDocument;
import vn.txng.adapter.model.EventInput;
import vn.txng.adapter.model.EventLot;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;
import vn.txng.adapter.model.SourcedRecord;

/** An event is checked by PORTAL-API.md section 5's rules before staging; each fault names its field and position. */
class EventChecksTest {

    private static final SourcePosition AT = SourcePosition.of("journey.xml", 12, "Event #1");
    private final RecordNormalizer normalizer = Journeys.normalizer();
    private final List<Rejection> problems = new ArrayList<>();

    private EventRecord run(EventRecord event) {
        SourcedRecord out = normalizer.normalize(new SourcedRecord(event, AT), problems);
        return problems.isEmpty() ? (EventRecord) out.record() : null;
    }

    private Rejection onlyProblem() {
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).position()).isEqualTo(AT);
        return problems.get(0);
    }

    private static EventRecord withTime(EventRecord e, OffsetDateTime time) {
        return new EventRecord(e.eventId(), e.stage(), time, e.locationGln(), e.locationExtension(), e.destinationGln(),
                e.destinationExtension(), e.lots(), e.inputs(), e.documents(), e.performer(), e.description(), e.evidenceImageUrls());
    }

    private static EventRecord withLocation(EventRecord e, String gln) {
        return new EventRecord(e.eventId(), e.stage(), e.time(), gln, e.locationExtension(), e.destinationGln(),
                e.destinationExtension(), e.lots(), e.inputs(), e.documents(), e.performer(), e.description(), e.evidenceImageUrls());
    }

    @Test
    void should_pass_a_shipping_event_with_its_lots_in_their_14_digit_form() {
        EventRecord out = run(shipping(List.of(lot("L2609-15A"))));

        assertThat(problems).isEmpty();
        assertThat(out.lots()).extracting(EventLot::gtin).containsExactly(GTIN_14);
        assertThat(out.locationKey()).isEqualTo("(414)" + SITE_GLN + "(254)LINE-2");
        assertThat(out.destinationKey()).isEqualTo("(414)" + STORE_GLN);
    }

    @Test
    void should_take_gtin_and_lot_of_an_event_lot_from_its_scan() {
        EventRecord out = run(shipping(List.of(new EventLot(null, null, "]d20108934563123468112610011727113010TX261001", null, null))));

        assertThat(problems).isEmpty();
        assertThat(out.lots().get(0).traceCode()).isEqualTo("(01)08934563123468(10)TX261001");
    }

    @Test
    void should_reject_an_unknown_stage() {
        run(event("GIAO_HANG", null, List.of(lot("L1")), List.of()));

        assertThat(onlyProblem().code()).isEqualTo("UNKNOWN_STAGE");
        assertThat(onlyProblem().field()).isEqualTo("Stage");
        assertThat(onlyProblem().message()).contains("GIAO_HANG").contains("VAN_CHUYEN");
    }

    @Test
    void should_reject_a_location_gln_with_a_wrong_check_digit() {
        run(withLocation(shipping(List.of(lot("L1"))), "8934563000104"));

        assertThat(onlyProblem().code()).isEqualTo("BAD_CHECK_DIGIT");
        assertThat(onlyProblem().field()).isEqualTo("LocationGln");
    }

    @Test
    void should_reject_a_destination_on_a_stage_that_is_not_shipping() {
        run(event("SAN_XUAT", STORE_GLN, List.of(lot("L1")), List.of()));

        assertThat(onlyProblem().code()).isEqualTo("DESTINATION_NOT_SHIPPING");
        assertThat(onlyProblem().field()).isEqualTo("DestinationGln");
    }

    @Test
    void should_require_a_destination_on_a_shipping_event() {
        run(event("VAN_CHUYEN", null, List.of(lot("L1")), List.of()));

        assertThat(onlyProblem().code()).isEqualTo(FieldProblems.REQUIRED);
        assertThat(onlyProblem().field()).isEqualTo("DestinationGln");
    }

    @Test
    void should_reject_an_event_with_no_lot() {
        run(shipping(List.of()));

        assertThat(onlyProblem().code()).isEqualTo("NO_LOT");
        assertThat(onlyProblem().field()).isEqualTo("Lot");
    }

    @Test
    void should_reject_an_event_of_1001_lots() {
        List<EventLot> lots = new ArrayList<>();
        for (int i = 1; i <= 1001; i++) {
            lots.add(lot("L" + i));
        }

        run(shipping(lots));

        assertThat(onlyProblem().code()).isEqualTo("TOO_MANY_LOTS");
        assertThat(onlyProblem().message()).contains("1001").contains("1000");
    }

    @Test
    void should_pass_an_event_of_1000_lots() {
        List<EventLot> lots = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            lots.add(lot("L" + i));
        }

        assertThat(run(shipping(lots)).lots()).hasSize(1000);
    }

    @Test
    void should_reject_a_lot_named_twice_in_one_event() {
        run(shipping(List.of(lot("L1"), new EventLot("0" + Journeys.GTIN, "L1", null, null, null))));

        assertThat(onlyProblem().code()).isEqualTo("DUPLICATE_LOT");
        assertThat(onlyProblem().field()).isEqualTo("Lot[2]");
    }

    @Test
    void should_reject_an_event_more_than_an_hour_ahead() {
        run(withTime(shipping(List.of(lot("L1"))), SHIPPED.plusHours(3)));

        assertThat(onlyProblem().code()).isEqualTo("TIME_IN_FUTURE");
        assertThat(onlyProblem().field()).isEqualTo("Time");
    }

    @Test
    void should_reject_an_event_before_2000() {
        run(withTime(shipping(List.of(lot("L1"))), OffsetDateTime.parse("1999-12-31T23:59:00+07:00")));

        assertThat(onlyProblem().code()).isEqualTo("TIME_TOO_EARLY");
    }

    @Test
    void should_reject_inputs_on_a_stage_that_is_not_processing() {
        run(event("VAN_CHUYEN", STORE_GLN, List.of(lot("L1")), List.of(new EventInput("8930000111111", "RAW-77", null, null, null))));

        assertThat(onlyProblem().code()).isEqualTo("INPUT_NOT_PROCESSING");
    }

    @Test
    void should_read_a_processing_events_scanned_sscc_input() {
        EventRecord out = run(event("CHE_BIEN", null, List.of(lot("L1")), List.of(new EventInput(null, null, null, null, "(00)089345630000000011"))));

        assertThat(out.inputs()).extracting(EventInput::traceCode).containsExactly("(00)089345630000000011");
    }

    @Test
    void should_pass_a_processing_events_serialised_input_given_by_gtin_and_serial() {
        EventRecord out = run(event("CHE_BIEN", null, List.of(lot("L1")), List.of(new EventInput("08934563123451", null, "SER-001", null, null))));

        assertThat(out.inputs()).extracting(EventInput::traceCode).containsExactly("(01)08934563123451(21)SER-001");
    }

    @Test
    void should_reject_a_negative_lot_quantity() {
        run(shipping(List.of(new EventLot(Journeys.GTIN, "L1", null, new BigDecimal("-1"), "Chai"))));

        assertThat(onlyProblem().code()).isEqualTo("NEGATIVE_QUANTITY");
        assertThat(onlyProblem().field()).isEqualTo("Lot[1]/Quantity");
    }

    @Test
    void should_require_the_unit_of_a_lot_quantity() {
        run(shipping(List.of(new EventLot(Journeys.GTIN, "L1", null, BigDecimal.TEN, null))));

        assertThat(onlyProblem().field()).isEqualTo("Lot[1]/Quantity/@unit");
    }

    @Test
    void should_reject_a_document_type_the_profile_does_not_know() {
        EventRecord e = shipping(List.of(lot("L1")));
        run(new EventRecord(e.eventId(), e.stage(), e.time(), e.locationGln(), null, e.destinationGln(), null, e.lots(), List.of(),
                List.of(new EventDocument("PHIEU_XUAT", "PX-1")), null, null, List.of()));

        assertThat(onlyProblem().code()).isEqualTo("UNKNOWN_DOCUMENT_TYPE");
        assertThat(onlyProblem().field()).isEqualTo("Document[1]/@type");
    }

    @Test
    void should_reject_an_event_id_that_is_not_printable_ascii() {
        EventRecord e = shipping(List.of(lot("L1")));
        run(new EventRecord("Giao hàng 7", e.stage(), e.time(), e.locationGln(), null, e.destinationGln(), null, e.lots(), List.of(),
                List.of(), null, null, List.of()));

        assertThat(onlyProblem().code()).isEqualTo("BAD_EVENT_ID");
    }

    @Test
    void should_reject_more_than_20_evidence_images() {
        EventRecord e = shipping(List.of(lot("L1")));
        run(new EventRecord(e.eventId(), e.stage(), e.time(), e.locationGln(), null, e.destinationGln(), null, e.lots(), List.of(),
                List.of(), null, null, Collections.nCopies(21, "https://erp.example.vn/e.jpg")));

        assertThat(onlyProblem().code()).isEqualTo("TOO_MANY_IMAGES");
    }

    @Test
    void should_reject_an_evidence_image_that_is_not_a_jpg_or_png() {
        EventRecord e = shipping(List.of(lot("L1")));
        run(new EventRecord(e.eventId(), e.stage(), e.time(), e.locationGln(), null, e.destinationGln(), null, e.lots(), List.of(),
                List.of(), null, null, List.of("https://erp.example.vn/e.pdf")));

        assertThat(onlyProblem().code()).isEqualTo("BAD_IMAGE_URL");
        assertThat(onlyProblem().field()).isEqualTo("EvidenceImageUrl");
    }
}
