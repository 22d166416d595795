package vn.txng.adapter.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.txng.adapter.outbox.TestRecords.GTIN;
import static vn.txng.adapter.outbox.TestRecords.lot;
import static vn.txng.adapter.outbox.TestRecords.product;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.ProductRecord;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.model.TraceRecord;

/** The outbox behaviours every supported database must show; subclasses supply the database. */
abstract class OutboxContract {

    static final Instant NOW = Instant.parse("2026-11-21T16:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(5);

    Outbox outbox;

    abstract DataSource dataSource();

    @BeforeEach
    void openOutbox() {
        outbox = Outbox.open(dataSource(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void should_accept_new_records_as_pending() {
        StageResult result = outbox.stage(List.of(product(GTIN), lot("L1"), lot("L2")));

        assertThat(result.outcomes()).containsOnly(StageOutcome.ACCEPTED);
        assertThat(result.accepted()).isEqualTo(3);
        assertThat(outbox.counts()).containsEntry(DeliveryState.PENDING, 3L);
    }

    @Test
    void should_treat_restaged_identical_record_as_unchanged() {
        outbox.stage(List.of(lot("L1")));

        StageResult again = outbox.stage(List.of(lot("L1")));

        assertThat(again.outcomes()).containsExactly(StageOutcome.UNCHANGED);
        assertThat(again.unchanged()).isEqualTo(1);
    }

    @Test
    void should_accept_changed_record_with_new_idempotency_key() {
        outbox.stage(List.of(lot("L1")));
        String firstKey = onlyRow(DeliveryState.PENDING).idempotencyKey();

        StageResult changed = outbox.stage(List.of(lot(GTIN, "L1", new BigDecimal("11000"))));

        assertThat(changed.outcomes()).containsExactly(StageOutcome.ACCEPTED);
        assertThat(onlyRow(DeliveryState.PENDING).idempotencyKey()).isNotEqualTo(firstKey);
    }

    @Test
    void should_report_outcomes_in_input_order() {
        outbox.stage(List.of(lot("L2")));

        StageResult result = outbox.stage(List.of(lot("L1"), lot("L2"), lot("L3")));

        assertThat(result.outcomes())
                .containsExactly(StageOutcome.ACCEPTED, StageOutcome.UNCHANGED, StageOutcome.ACCEPTED);
    }

    @Test
    void should_stage_the_last_of_duplicate_keys_within_one_call() {
        LotRecord last = lot(GTIN, "L1", new BigDecimal("3"));

        StageResult result = outbox.stage(List.of(lot(GTIN, "L1", new BigDecimal("1")), last));

        assertThat(result.outcomes()).containsExactly(StageOutcome.ACCEPTED, StageOutcome.ACCEPTED);
        assertThat(outbox.claim(RecordKind.LOT, 10, NOW, LEASE)).singleElement()
                .satisfies(item -> assertThat(item.record()).isEqualTo(last));
    }

    @Test
    void should_stage_more_keys_than_one_lookup_round_in_one_call() {
        List<TraceRecord> records = new ArrayList<>();
        for (int i = 0; i < OutboxStager.LOOKUP_BATCH * 2 + 7; i++) {
            records.add(lot("L" + i));
        }
        outbox.stage(records);

        StageResult again = outbox.stage(records);

        assertThat(again.unchanged()).isEqualTo(records.size());
    }

    @Test
    void should_refuse_a_chunk_with_a_record_without_business_key() {
        ProductRecord noGtin = product(null);

        assertThatThrownBy(() -> outbox.stage(List.of(lot("L1"), noGtin)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("record 1");
        assertThat(outbox.counts()).containsEntry(DeliveryState.PENDING, 0L);
    }

    @Test
    void should_not_resend_unchanged_rejected_record() {
        outbox.stage(List.of(lot("L1")));
        outbox.markRejected(claimOne(NOW), "ERR_VALIDATION", "soLo is too long");

        StageResult again = outbox.stage(List.of(lot("L1")));

        assertThat(again.outcomes()).containsExactly(StageOutcome.UNCHANGED);
        assertThat(outbox.claim(RecordKind.LOT, 10, NOW.plus(Duration.ofDays(1)), LEASE)).isEmpty();
    }

    @Test
    void should_make_changed_rejected_record_pending_again() {
        outbox.stage(List.of(lot("L1")));
        outbox.markRejected(claimOne(NOW), "ERR_VALIDATION", "soLuong must be >= 0");

        outbox.stage(List.of(lot(GTIN, "L1", new BigDecimal("5"))));

        OutboxRow row = onlyRow(DeliveryState.PENDING);
        assertThat(row.rejectCode()).isNull();
        assertThat(row.attempts()).isZero();
    }

    @Test
    void should_not_resend_unchanged_delivered_record() {
        outbox.stage(List.of(lot("L1")));
        outbox.markDelivered(claimOne(NOW), "portal-1");

        outbox.stage(List.of(lot("L1")));

        assertThat(outbox.claim(RecordKind.LOT, 10, NOW.plus(Duration.ofDays(1)), LEASE)).isEmpty();
    }

    @Test
    void should_give_a_new_idempotency_key_when_content_returns_to_an_earlier_version() {
        outbox.stage(List.of(lot("L1")));
        String original = claimOne(NOW).idempotencyKey();
        outbox.stage(List.of(lot(GTIN, "L1", new BigDecimal("1"))));

        outbox.stage(List.of(lot("L1")));

        assertThat(onlyRow(DeliveryState.PENDING).idempotencyKey()).isNotEqualTo(original);
    }

    @Test
    void should_claim_oldest_first_up_to_the_limit() {
        outbox.stage(List.of(lot("L1"), lot("L2"), lot("L3")));

        List<OutboxItem> claimed = outbox.claim(RecordKind.LOT, 2, NOW, LEASE);

        assertThat(claimed).extracting(OutboxItem::businessKey).containsExactly(GTIN + "/L1", GTIN + "/L2");
    }

    @Test
    void should_claim_only_the_kind_asked_for() {
        outbox.stage(List.of(lot("L1"), product(GTIN)));

        List<OutboxItem> claimed = outbox.claim(RecordKind.PRODUCT, 10, NOW, LEASE);

        assertThat(claimed).extracting(OutboxItem::kind).containsExactly(RecordKind.PRODUCT);
    }

    @Test
    void should_lease_claimed_records_as_in_flight() {
        outbox.stage(List.of(lot("L1")));

        claimOne(NOW);

        assertThat(onlyRow(DeliveryState.IN_FLIGHT).claimedUntil()).isEqualTo(NOW.plus(LEASE));
    }

    @Test
    void should_not_claim_an_in_flight_record_before_its_lease_expires() {
        outbox.stage(List.of(lot("L1")));
        claimOne(NOW);

        assertThat(outbox.claim(RecordKind.LOT, 10, NOW.plus(LEASE).minusSeconds(1), LEASE)).isEmpty();
    }

    @Test
    void should_reclaim_an_expired_lease_with_the_same_idempotency_key() {
        outbox.stage(List.of(lot("L1")));
        OutboxItem first = claimOne(NOW);

        OutboxItem again = claimOne(NOW.plus(LEASE));

        assertThat(again.idempotencyKey()).isEqualTo(first.idempotencyKey());
    }

    @Test
    void should_claim_a_retry_only_when_it_is_due() {
        outbox.stage(List.of(lot("L1")));
        Instant due = NOW.plusSeconds(60);
        outbox.markRetry(claimOne(NOW), "HTTP 503", due);

        assertThat(outbox.claim(RecordKind.LOT, 10, due.minusSeconds(1), LEASE)).isEmpty();
        assertThat(outbox.claim(RecordKind.LOT, 10, due, LEASE)).hasSize(1);
    }

    @Test
    void should_count_an_attempt_on_each_retry() {
        outbox.stage(List.of(lot("L1")));
        outbox.markRetry(claimOne(NOW), "HTTP 503", NOW);

        OutboxItem second = claimOne(NOW);
        outbox.markRetry(second, "HTTP 504", NOW);

        assertThat(second.attempts()).isEqualTo(1);
        assertThat(onlyRow(DeliveryState.RETRY).attempts()).isEqualTo(2);
    }

    @Test
    void should_mark_delivered_with_the_portal_id() {
        outbox.stage(List.of(lot("L1")));
        OutboxItem item = claimOne(NOW);

        outbox.markDelivered(item, "portal-42");

        OutboxRow row = onlyRow(DeliveryState.DELIVERED);
        assertThat(row.portalId()).isEqualTo("portal-42");
        assertThat(row.deliveredHash()).isEqualTo(item.contentHash());
    }

    @Test
    void should_mark_rejected_with_the_portal_code_and_reason() {
        outbox.stage(List.of(lot("L1")));

        outbox.markRejected(claimOne(NOW), "ERR_VALIDATION", "gtinCode: bad check digit");

        OutboxRow row = onlyRow(DeliveryState.REJECTED);
        assertThat(row.rejectCode()).isEqualTo("ERR_VALIDATION");
        assertThat(row.rejectReason()).isEqualTo("gtinCode: bad check digit");
    }

    @Test
    void should_keep_a_restaged_record_pending_when_its_old_content_is_confirmed() {
        outbox.stage(List.of(lot("L1")));
        OutboxItem old = claimOne(NOW);
        outbox.stage(List.of(lot(GTIN, "L1", new BigDecimal("1"))));

        outbox.markDelivered(old, "portal-1");

        OutboxRow row = onlyRow(DeliveryState.PENDING);
        assertThat(row.deliveredHash()).isEqualTo(old.contentHash());
        assertThat(row.contentHash()).isNotEqualTo(old.contentHash());
    }

    @Test
    void should_ignore_a_retry_of_old_content_after_a_restage() {
        outbox.stage(List.of(lot("L1")));
        OutboxItem old = claimOne(NOW);
        outbox.stage(List.of(lot(GTIN, "L1", new BigDecimal("1"))));

        outbox.markRetry(old, "HTTP 503", NOW.plusSeconds(60));

        assertThat(onlyRow(DeliveryState.PENDING).attempts()).isZero();
    }

    @Test
    void should_ignore_a_rejection_of_old_content_after_a_restage() {
        outbox.stage(List.of(lot("L1")));
        OutboxItem old = claimOne(NOW);
        outbox.stage(List.of(lot(GTIN, "L1", new BigDecimal("1"))));

        outbox.markRejected(old, "ERR_VALIDATION", "old content was wrong");

        assertThat(onlyRow(DeliveryState.PENDING).rejectCode()).isNull();
    }

    @Test
    void should_hold_restaged_content_back_while_its_old_content_is_in_flight() {
        outbox.stage(List.of(lot("L1")));
        claimOne(NOW);
        outbox.stage(List.of(lot(GTIN, "L1", new BigDecimal("1"))));

        assertThat(outbox.claim(RecordKind.LOT, 10, NOW.plusSeconds(1), LEASE)).isEmpty();
    }

    @Test
    void should_release_restaged_content_once_its_old_content_is_confirmed() {
        outbox.stage(List.of(lot("L1")));
        OutboxItem old = claimOne(NOW);
        LotRecord changed = lot(GTIN, "L1", new BigDecimal("1"));
        outbox.stage(List.of(changed));

        outbox.markDelivered(old, "portal-1");

        assertThat(claimOne(NOW.plusSeconds(1)).record()).isEqualTo(changed);
    }

    @Test
    void should_not_undo_a_confirmation_with_a_late_retry() {
        outbox.stage(List.of(lot("L1")));
        OutboxItem slow = claimOne(NOW);
        outbox.markDelivered(claimOne(NOW.plus(LEASE)), "portal-1");

        outbox.markRetry(slow, "read timed out", NOW.plus(LEASE));

        assertThat(outbox.counts()).containsEntry(DeliveryState.DELIVERED, 1L);
    }

    @Test
    void should_count_records_by_state() {
        outbox.stage(List.of(lot("L1"), lot("L2"), lot("L3"), lot("L4")));
        List<OutboxItem> items = outbox.claim(RecordKind.LOT, 3, NOW, LEASE);
        outbox.markDelivered(items.get(0), "p1");
        outbox.markRejected(items.get(1), "ERR_VALIDATION", "bad");

        Map<DeliveryState, Long> counts = outbox.counts();

        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(DeliveryState.PENDING, 1L,
                DeliveryState.IN_FLIGHT, 1L, DeliveryState.DELIVERED, 1L, DeliveryState.REJECTED, 1L,
                DeliveryState.RETRY, 0L));
    }

    @Test
    void should_report_the_last_delivery_time() {
        outbox.stage(List.of(lot("L1")));
        assertThat(outbox.lastDeliveryAt()).isEmpty();

        outbox.markDelivered(claimOne(NOW), "p1");

        assertThat(outbox.lastDeliveryAt()).contains(NOW);
    }

    @Test
    void should_report_the_last_error() {
        outbox.stage(List.of(lot("L1")));
        assertThat(outbox.lastError()).isEmpty();

        outbox.markRetry(claimOne(NOW), "HTTP 503 Service Unavailable", NOW.plusSeconds(30));

        assertThat(outbox.lastError()).contains("HTTP 503 Service Unavailable");
    }

    @Test
    void should_tell_whether_a_product_was_delivered() {
        outbox.stage(List.of(product(GTIN)));
        assertThat(outbox.isDelivered(RecordKind.PRODUCT, GTIN)).isFalse();

        outbox.markDelivered(outbox.claim(RecordKind.PRODUCT, 1, NOW, LEASE).get(0), "p1");

        assertThat(outbox.isDelivered(RecordKind.PRODUCT, GTIN)).isTrue();
    }

    @Test
    void should_round_trip_a_product_through_the_payload() {
        ProductRecord product = product(GTIN);
        outbox.stage(List.of(product));

        OutboxItem item = outbox.claim(RecordKind.PRODUCT, 1, NOW, LEASE).get(0);

        assertThat(item.record()).isEqualTo(product);
    }

    @Test
    void should_round_trip_a_lot_through_the_payload() {
        LotRecord lot = lot(GTIN, "LÔ-1", new BigDecimal("12.5"));
        outbox.stage(List.of(lot));

        assertThat(claimOne(NOW).record()).isEqualTo(lot);
    }

    @Test
    void should_open_an_existing_outbox_without_losing_records() {
        outbox.stage(List.of(lot("L1")));

        Outbox reopened = Outbox.open(dataSource());

        assertThat(reopened.counts()).containsEntry(DeliveryState.PENDING, 1L);
    }

    OutboxItem claimOne(Instant now) {
        List<OutboxItem> items = outbox.claim(RecordKind.LOT, 1, now, LEASE);
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    OutboxRow onlyRow(DeliveryState state) {
        List<OutboxRow> rows = outbox.list(state, 10);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
