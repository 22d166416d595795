package vn.txng.adapter.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.txng.adapter.outbox.TestRecords.GTIN;
import static vn.txng.adapter.outbox.TestRecords.event;
import static vn.txng.adapter.outbox.TestRecords.location;
import static vn.txng.adapter.outbox.TestRecords.lot;
import static vn.txng.adapter.outbox.TestRecords.product;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.RecordKey;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.model.SourcePosition;

/**
 * Locations and events in the outbox, and records that wait for what the portal must have first (a lot its product,
 * an event its location and lots); every supported database must show them. Run nested in each database's outbox test.
 */
abstract class OutboxWaitContract {

    static final Instant NOW = Instant.parse("2026-11-21T16:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(5);
    static final String PLACE = "8934563000103";
    static final RecordKey PLACE_KEY = new RecordKey(RecordKind.LOCATION, "(414)" + PLACE);
    static final RecordKey LOT_KEY = new RecordKey(RecordKind.LOT, GTIN + "/L1");

    Outbox outbox;

    abstract DataSource dataSource();

    @BeforeEach
    void openOutbox() {
        outbox = Outbox.open(dataSource(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void should_stage_locations_and_events_with_delta_like_products_and_lots() {
        EventRecord shipped = event("SHIP-1", PLACE, "L1");

        StageResult first = outbox.stage(List.of(location(PLACE), shipped));
        StageResult again = outbox.stage(List.of(location(PLACE), shipped));

        assertThat(first.outcomes()).containsOnly(StageOutcome.ACCEPTED);
        assertThat(again.outcomes()).containsOnly(StageOutcome.UNCHANGED);
        assertThat(outbox.claim(RecordKind.EVENT, 10, NOW, LEASE)).singleElement()
                .satisfies(item -> assertThat(item.record()).isEqualTo(shipped));
    }

    @Test
    void should_tell_where_each_prerequisite_stands_and_leave_out_those_never_staged() {
        outbox.stage(List.of(product(GTIN), lot("L1")));
        outbox.markDelivered(outbox.claim(RecordKind.PRODUCT, 1, NOW, LEASE).get(0), "SP-1");
        RecordKey productKey = new RecordKey(RecordKind.PRODUCT, GTIN);

        var states = outbox.prerequisiteStates(List.of(PLACE_KEY, productKey, LOT_KEY));

        assertThat(states.keySet()).containsExactly(productKey, LOT_KEY);
        assertThat(states.get(productKey).confirmed()).isTrue();
        assertThat(states.get(LOT_KEY).onItsWay()).isTrue();
        assertThat(states.get(LOT_KEY)).hasToString("lot " + GTIN + "/L1 (pending)");
    }

    @Test
    void should_hold_an_event_waiting_for_its_lot_without_counting_an_attempt_nor_claiming_it_again() {
        outbox.stage(List.of(lot("L1"), event("SHIP-1", PLACE, "L1")));

        boolean held = outbox.markHeld(claimEvent(), List.of(LOT_KEY), "PREREQUISITE_PENDING", "waits for lot " + GTIN + "/L1 (pending)");

        assertThat(held).isTrue();
        OutboxRow row = onlyRow(DeliveryState.HELD);
        assertThat(row.attempts()).isZero();
        assertThat(row.rejectReason()).isEqualTo("waits for lot " + GTIN + "/L1 (pending)");
        assertThat(outbox.claim(RecordKind.EVENT, 10, NOW.plus(Duration.ofDays(30)), LEASE)).isEmpty();
    }

    @Test
    void should_list_a_held_event_with_what_it_waits_for_as_that_stands_now() {
        outbox.stage(List.of(lot("L1"), event("SHIP-1", PLACE, "L1")));
        outbox.markHeld(claimEvent(), List.of(LOT_KEY), "PREREQUISITE_PENDING", "waits for lot " + GTIN + "/L1 (pending)");

        outbox.markRetry(outbox.claim(RecordKind.LOT, 1, NOW, LEASE).get(0), "HTTP 503", NOW.plusSeconds(1), new GiveUp(1, Duration.ofDays(3)));

        assertThat(onlyRow(DeliveryState.HELD).rejectReason()).isEqualTo("waits for lot " + GTIN + "/L1 (parked, see `retry --parked`)");
    }

    @Test
    void should_release_a_held_event_only_once_its_location_and_its_lot_are_both_delivered() {
        outbox.stage(List.of(lot("L1"), location(PLACE), event("SHIP-1", PLACE, "L1")));
        outbox.markHeld(claimEvent(), List.of(PLACE_KEY, LOT_KEY), "PREREQUISITE_PENDING", "waits for both");
        outbox.markDelivered(outbox.claim(RecordKind.LOCATION, 1, NOW, LEASE).get(0), "DD-1");
        assertThat(outbox.releaseWaiting(RecordKind.EVENT)).as("the lot is still pending").isZero();
        OutboxItem lot = outbox.claim(RecordKind.LOT, 1, NOW, LEASE).get(0);
        assertThat(outbox.releaseWaiting(RecordKind.EVENT)).as("the lot is in flight").isZero();
        outbox.markDelivered(lot, "LH-1");

        int released = outbox.releaseWaiting(RecordKind.EVENT);

        assertThat(released).isEqualTo(1);
        assertThat(outbox.claim(RecordKind.EVENT, 10, NOW, LEASE)).extracting(OutboxItem::businessKey).containsExactly("SHIP-1");
    }

    @Test
    void should_release_a_held_event_whose_lot_the_portal_rejected_so_that_the_push_judges_it_again() {
        outbox.stage(List.of(lot("L1"), event("SHIP-1", PLACE, "L1")));
        outbox.markHeld(claimEvent(), List.of(LOT_KEY), "PREREQUISITE_PENDING", "waits for the lot");
        outbox.markRejected(outbox.claim(RecordKind.LOT, 1, NOW, LEASE).get(0), "HTTP_403", "not your GTIN");

        int released = outbox.releaseWaiting(RecordKind.EVENT);

        assertThat(released).as("not held forever").isEqualTo(1);
        assertThat(outbox.state(RecordKind.EVENT, "SHIP-1")).contains(DeliveryState.PENDING);
    }

    @Test
    void should_make_an_event_rejected_for_its_lot_pending_again_once_the_lot_is_requeued_and_delivered() {
        outbox.stage(List.of(lot("L1"), event("SHIP-1", PLACE, "L1")));
        outbox.markRejected(outbox.claim(RecordKind.LOT, 1, NOW, LEASE).get(0), "HTTP_403", "not your GTIN");
        outbox.markPrerequisiteRejected(claimEvent(), List.of(LOT_KEY), "the portal rejected lot " + GTIN + "/L1");
        assertThat(outbox.releaseWaiting(RecordKind.EVENT)).isZero();
        outbox.requeue(RequeueFilter.rejected().withKind(RecordKind.LOT));
        assertThat(outbox.releaseWaiting(RecordKind.EVENT)).as("re-queued, not delivered yet").isZero();
        assertThat(outbox.state(RecordKind.EVENT, "SHIP-1")).contains(DeliveryState.REJECTED);
        outbox.markDelivered(outbox.claim(RecordKind.LOT, 1, NOW, LEASE).get(0), "LH-1");

        int released = outbox.releaseWaiting(RecordKind.EVENT);

        assertThat(released).isEqualTo(1);
        OutboxRow row = onlyRow(DeliveryState.PENDING);
        assertThat(row.businessKey()).isEqualTo("SHIP-1");
        assertThat(row.rejectCode()).isNull();
    }

    @Test
    void should_release_an_event_rejected_for_its_lot_on_another_target_so_that_the_push_judges_it_here() {
        outbox.useTarget(OutboxContract.TARGET_A);
        outbox.stage(List.of(lot("L1"), event("SHIP-1", PLACE, "L1")));
        outbox.markRejected(outbox.claim(RecordKind.LOT, 1, NOW, LEASE).get(0), "HTTP_403", "not your GTIN");
        outbox.markPrerequisiteRejected(claimEvent(), List.of(LOT_KEY), "the portal rejected lot " + GTIN + "/L1");
        outbox.useTarget(OutboxContract.TARGET_B);
        // on B an event waits for the lot and is released once B has it: the release step then drops every wait of
        // records not waiting on B, A's rejection of SHIP-1 among them
        outbox.markHeld(claimEvent(), List.of(LOT_KEY), "PREREQUISITE_PENDING", "waits for the lot");
        outbox.markDelivered(outbox.claim(RecordKind.LOT, 1, NOW, LEASE).get(0), "LH-B");
        assertThat(outbox.releaseWaiting(RecordKind.EVENT)).isEqualTo(1);

        outbox.useTarget(OutboxContract.TARGET_A);

        assertThat(outbox.state(RecordKind.EVENT, "SHIP-1")).contains(DeliveryState.REJECTED);
        assertThat(outbox.releaseWaiting(RecordKind.EVENT)).as("its waits are gone: judged again, not rejected forever").isEqualTo(1);
        assertThat(outbox.state(RecordKind.EVENT, "SHIP-1")).contains(DeliveryState.PENDING);
    }

    @Test
    void should_make_an_event_retrying_for_a_lot_no_file_gave_due_at_once_when_that_lot_is_delivered_here() {
        outbox.stage(List.of(event("SHIP-1", PLACE, "L1")));
        outbox.markWaiting(claimEvent(), "HTTP 409: lot unknown", NOW.plus(Duration.ofHours(1)), List.of(LOT_KEY));
        assertThat(outbox.releaseWaiting(RecordKind.EVENT)).as("the lot is not staged here").isZero();
        outbox.stage(List.of(lot("L1")));
        assertThat(outbox.releaseWaiting(RecordKind.EVENT)).as("staged, not delivered").isZero();
        outbox.markDelivered(outbox.claim(RecordKind.LOT, 1, NOW, LEASE).get(0), "LH-1");

        int released = outbox.releaseWaiting(RecordKind.EVENT);

        assertThat(released).isEqualTo(1);
        assertThat(outbox.claim(RecordKind.EVENT, 1, NOW, LEASE)).as("due now, not in an hour").hasSize(1);
    }

    @Test
    void should_not_hold_an_event_restaged_with_new_content_while_it_was_claimed() {
        outbox.stage(List.of(event("SHIP-1", PLACE, "L1")));
        OutboxItem claimed = claimEvent();
        outbox.stage(List.of(TestRecords.eventAt("SHIP-1", "2026-11-21T09:00:00+07:00", PLACE, "L1")));

        boolean held = outbox.markHeld(claimed, List.of(LOT_KEY), "PREREQUISITE_PENDING", "waits for the lot");

        assertThat(held).isFalse();
        assertThat(outbox.state(RecordKind.EVENT, "SHIP-1")).contains(DeliveryState.PENDING);
    }

    @Test
    void should_list_and_count_records_in_the_order_they_reach_the_portal() {
        outbox.stage(List.of(event("SHIP-1", PLACE, "L1"), location(PLACE), lot("L1"), product(GTIN)));

        List<OutboxRow> pending = outbox.list(DeliveryState.PENDING, 10);

        assertThat(pending).extracting(OutboxRow::kind)
                .containsExactly(RecordKind.PRODUCT, RecordKind.LOT, RecordKind.LOCATION, RecordKind.EVENT);
        assertThat(outbox.countsByKind().keySet())
                .containsExactly(RecordKind.PRODUCT, RecordKind.LOT, RecordKind.LOCATION, RecordKind.EVENT);
        assertThat(outbox.countsByKind().get(RecordKind.EVENT)).containsEntry(DeliveryState.PENDING, 1L)
                .containsEntry(DeliveryState.DELIVERED, 0L);
    }

    @Test
    void should_make_locations_and_events_pending_for_a_new_portal_target() {
        outbox.useTarget(OutboxContract.TARGET_A);
        outbox.stage(List.of(location(PLACE), event("SHIP-1", PLACE, "L1")));
        for (RecordKind kind : List.of(RecordKind.LOCATION, RecordKind.EVENT)) {
            outbox.claim(kind, 10, NOW, LEASE).forEach(item -> outbox.markDelivered(item, "a-" + item.businessKey()));
        }

        outbox.useTarget(OutboxContract.TARGET_B);

        assertThat(outbox.countsByKind().get(RecordKind.LOCATION)).containsEntry(DeliveryState.PENDING, 1L);
        assertThat(outbox.countsByKind().get(RecordKind.EVENT)).containsEntry(DeliveryState.PENDING, 1L);
    }

    private OutboxItem claimEvent() {
        List<OutboxItem> claimed = outbox.claim(RecordKind.EVENT, 10, NOW, LEASE);
        assertThat(claimed).hasSize(1);
        return claimed.get(0);
    }

    private OutboxRow onlyRow(DeliveryState state) {
        List<OutboxRow> rows = outbox.list(state, 10);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
    // ---- a lot's events and where records came from (V10), read by the console ----

    @Test
    void should_find_the_events_of_a_lot_among_the_lots_they_name() {
        outbox.stage(List.of(event("SHIP-1", PLACE, "L1", "L2"), event("SHIP-2", PLACE, "L2"), event("SHIP-3", PLACE, "L3")));

        List<OutboxBrowser.JourneyEvent> events = new OutboxBrowser(dataSource()).eventsOfLot(GTIN, "L2", 10);

        assertThat(events).extracting(e -> e.event().eventId()).containsExactlyInAnyOrder("SHIP-1", "SHIP-2");
    }

    @Test
    void should_no_longer_find_an_event_under_a_lot_it_stopped_naming_when_staged_again() {
        outbox.stage(List.of(event("SHIP-1", PLACE, "L1")));

        outbox.stage(List.of(event("SHIP-1", PLACE, "L2")));

        OutboxBrowser browser = new OutboxBrowser(dataSource());
        assertThat(browser.eventsOfLot(GTIN, "L1", 10)).isEmpty();
        assertThat(browser.eventsOfLot(GTIN, "L2", 10)).extracting(e -> e.event().eventId()).containsExactly("SHIP-1");
    }

    @Test
    void should_keep_the_file_and_position_a_record_was_staged_from() {
        outbox.stage(outbox.encode(List.of(lot("L1")), List.of(SourcePosition.of("lots.xml", 12, "Lot #3"))));

        OutboxBrowser.BrowsedRecord record = new OutboxBrowser(dataSource()).record(RecordKind.LOT, LOT_KEY.businessKey()).orElseThrow();

        assertThat(record.sourceFile()).isEqualTo("lots.xml");
        assertThat(record.sourcePosition()).isEqualTo("line 12 (Lot #3)");
    }

    @Test
    void should_keep_the_source_of_a_changed_content_and_not_of_the_same_content_staged_again() {
        outbox.stage(outbox.encode(List.of(event("SHIP-1", PLACE, "L1")), List.of(SourcePosition.of("monday.edi", 4, null))));
        outbox.stage(outbox.encode(List.of(event("SHIP-1", PLACE, "L1")), List.of(SourcePosition.of("tuesday.edi", 4, null))));
        outbox.stage(outbox.encode(List.of(event("SHIP-1", PLACE, "L2")), List.of(SourcePosition.of("wednesday.edi", 9, null))));

        OutboxBrowser.BrowsedRecord record = new OutboxBrowser(dataSource()).record(RecordKind.EVENT, "SHIP-1").orElseThrow();

        assertThat(record.sourceFile()).isEqualTo("wednesday.edi");
        assertThat(record.sourcePosition()).isEqualTo("line 9");
    }

    @Test
    void should_keep_the_source_of_a_held_record() {
        outbox.hold(List.of(product(GTIN)), "PRODUCT_INCOMPLETE", List.of("lacks its name"),
                List.of(SourcePosition.of("catalogue.csv", 0, "row 7")));

        OutboxBrowser.BrowsedRecord record = new OutboxBrowser(dataSource()).record(RecordKind.PRODUCT, GTIN).orElseThrow();

        assertThat(record.sourceFile()).isEqualTo("catalogue.csv");
        assertThat(record.sourcePosition()).isEqualTo("row 7");
    }
}
