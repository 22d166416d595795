package vn.txng.adapter.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.txng.adapter.outbox.TestRecords.GTIN;
import static vn.txng.adapter.outbox.TestRecords.lot;
import static vn.txng.adapter.outbox.TestRecords.product;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
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

    static final String OTHER_GTIN = "08934563123468";
    static final String INCOMPLETE = "PRODUCT_INCOMPLETE";

    abstract DataSource dataSource();

    /** A database of its own with no schema yet, for migration tests. */
    abstract DataSource emptyDatabase() throws SQLException;

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
                DeliveryState.RETRY, 0L, DeliveryState.HELD, 0L, DeliveryState.PARKED, 0L));
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
    void should_round_trip_text_with_backslashes_tabs_and_line_breaks_with_its_hash_unchanged() {
        ProductRecord product = product(GTIN, "Nước mắm \\N\t40°\r\nchai \\ 500 ml");
        outbox.stage(List.of(product));

        assertThat(outbox.claim(RecordKind.PRODUCT, 1, NOW, LEASE).get(0).record()).isEqualTo(product);
        assertThat(outbox.stage(List.of(product)).outcomes()).as("the stored hash is of the same text")
                .containsExactly(StageOutcome.UNCHANGED);
    }

    @Test
    void should_hold_a_new_product_with_a_reason_that_has_tabs_and_line_breaks() {
        String reason = "held until a file supplies:\tImageUrl\nand Brand \\ \\N";
        outbox.hold(List.of(product(GTIN)), INCOMPLETE, List.of(reason));

        OutboxRow row = onlyRow(DeliveryState.HELD);
        assertThat(row.rejectReason()).isEqualTo(reason);
        assertThat(row.stagedAt()).as("the staging clock's time, to the microsecond").isEqualTo(NOW);
    }

    @Test
    void should_open_an_existing_outbox_without_losing_records() {
        outbox.stage(List.of(lot("L1")));

        Outbox reopened = Outbox.open(dataSource());

        assertThat(reopened.counts()).containsEntry(DeliveryState.PENDING, 1L);
    }

    @Test
    void should_stage_a_held_record_as_held_with_what_it_lacks() {
        StageResult result = outbox.hold(List.of(product(GTIN)), INCOMPLETE, List.of("held until a file supplies: ImageUrl"));

        assertThat(result.outcomes()).containsExactly(StageOutcome.ACCEPTED);
        OutboxRow row = onlyRow(DeliveryState.HELD);
        assertThat(row.rejectCode()).isEqualTo(INCOMPLETE);
        assertThat(row.rejectReason()).isEqualTo("held until a file supplies: ImageUrl");
    }

    @Test
    void should_refuse_to_hold_over_a_product_that_is_pending_and_leave_it_as_it_was() {
        ProductRecord complete = product(GTIN, "Nước mắm Phú Quốc");
        outbox.stage(List.of(complete));

        StageResult result = outbox.hold(List.of(product(GTIN)), INCOMPLETE, List.of("held until a file supplies: ImageUrl"));

        assertThat(result.outcomes()).containsExactly(StageOutcome.NOT_HELD);
        assertThat(result.notHeld()).isEqualTo(1);
        assertThat(result.accepted()).isZero();
        assertThat(result.unchanged()).isZero();
        OutboxRow row = onlyRow(DeliveryState.PENDING);
        assertThat(row.rejectCode()).isNull();
        assertThat(outbox.staged(RecordKind.PRODUCT, GTIN)).contains(complete);
    }

    @Test
    void should_refuse_to_hold_over_a_delivered_product_and_keep_it_delivered() {
        ProductRecord complete = product(GTIN, "Nước mắm Phú Quốc");
        outbox.stage(List.of(complete));
        outbox.markDelivered(outbox.claim(RecordKind.PRODUCT, 1, NOW, LEASE).get(0), "portal-3");

        StageResult result = outbox.hold(List.of(product(GTIN), product(OTHER_GTIN)), INCOMPLETE,
                List.of("held until a file supplies: ImageUrl", "held until a file supplies: ImageUrl"));

        assertThat(result.outcomes()).containsExactly(StageOutcome.NOT_HELD, StageOutcome.ACCEPTED);
        assertThat(outbox.state(RecordKind.PRODUCT, GTIN)).contains(DeliveryState.DELIVERED);
        assertThat(outbox.staged(RecordKind.PRODUCT, GTIN)).contains(complete);
        assertThat(outbox.state(RecordKind.PRODUCT, OTHER_GTIN)).contains(DeliveryState.HELD);
    }

    @Test
    void should_not_hold_over_a_product_another_transaction_makes_sendable_between_the_lookup_and_the_write() throws Exception {
        outbox.hold(List.of(product(GTIN)), INCOMPLETE, List.of("held until a file supplies: ImageUrl"));
        ProductRecord stillIncomplete = product(GTIN, "Nước mắm (bản thiếu ảnh)");
        try (Connection other = dataSource().getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement completing = other.prepareStatement(
                    "UPDATE outbox_record SET state = 'PENDING', reject_code = NULL WHERE kind = 'PRODUCT' AND business_key = ?")) {
                completing.setString(1, GTIN);
                assertThat(completing.executeUpdate()).isEqualTo(1);
            }
            // the hold looks up the row (still HELD for it) and then waits on the other's row lock
            java.util.concurrent.CompletableFuture<StageResult> hold = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> outbox.hold(List.of(stillIncomplete), INCOMPLETE, List.of("held until a file supplies: ImageUrl")));
            Thread.sleep(300);
            other.commit();

            StageResult result = hold.get(20, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(result.outcomes()).as("the guard in the UPDATE, not the lookup, refused it").containsExactly(StageOutcome.NOT_HELD);
        }
        assertThat(outbox.state(RecordKind.PRODUCT, GTIN)).contains(DeliveryState.PENDING);
        assertThat(outbox.staged(RecordKind.PRODUCT, GTIN)).contains(product(GTIN));
    }

    @Test
    void should_list_products_before_lots_each_oldest_first_up_to_the_limit() {
        outbox.stage(List.of(lot("L1"), lot("L2")));
        outbox.stage(List.of(product(GTIN)));

        assertThat(outbox.list(DeliveryState.PENDING, 10)).extracting(OutboxRow::businessKey)
                .containsExactly(GTIN, GTIN + "/L1", GTIN + "/L2");
        assertThat(outbox.list(DeliveryState.PENDING, 2)).extracting(OutboxRow::businessKey)
                .containsExactly(GTIN, GTIN + "/L1");
    }

    @Test
    void should_never_claim_a_held_record() {
        outbox.hold(List.of(product(GTIN)), INCOMPLETE, List.of("held until a file supplies: ImageUrl"));

        assertThat(outbox.claim(RecordKind.PRODUCT, 10, NOW.plus(Duration.ofDays(30)), LEASE)).isEmpty();
        assertThat(outbox.counts()).containsEntry(DeliveryState.HELD, 1L);
    }

    @Test
    void should_read_back_a_held_product_with_its_state_for_the_next_merge() {
        ProductRecord incomplete = product(GTIN);
        outbox.hold(List.of(incomplete), INCOMPLETE, List.of("held until a file supplies: ImageUrl"));

        StagedContent staged = outbox.stagedContent(RecordKind.PRODUCT, GTIN).orElseThrow();

        assertThat(staged.record()).isEqualTo(incomplete);
        assertThat(staged.state()).isEqualTo(DeliveryState.HELD);
    }

    @Test
    void should_treat_a_held_record_held_again_with_the_same_content_as_unchanged() {
        outbox.hold(List.of(product(GTIN)), INCOMPLETE, List.of("held until a file supplies: ImageUrl"));

        StageResult again = outbox.hold(List.of(product(GTIN)), INCOMPLETE, List.of("held until a file supplies: ImageUrl"));

        assertThat(again.outcomes()).containsExactly(StageOutcome.UNCHANGED);
    }

    @Test
    void should_keep_a_held_record_held_with_its_new_content_when_it_is_still_incomplete() {
        outbox.hold(List.of(product(GTIN, "Tên cũ")), INCOMPLETE, List.of("held until a file supplies: ImageUrl, SalesUnit"));

        StageResult again = outbox.hold(List.of(product(GTIN, "Tên mới")), INCOMPLETE, List.of("held until a file supplies: ImageUrl"));

        assertThat(again.outcomes()).containsExactly(StageOutcome.ACCEPTED);
        assertThat(onlyRow(DeliveryState.HELD).rejectReason()).isEqualTo("held until a file supplies: ImageUrl");
        assertThat(((ProductRecord) outbox.staged(RecordKind.PRODUCT, GTIN).orElseThrow()).name()).isEqualTo("Tên mới");
    }

    @Test
    void should_make_a_held_record_pending_with_a_new_idempotency_key_once_staged_complete() {
        outbox.hold(List.of(product(GTIN, "Nước mắm")), INCOMPLETE, List.of("held until a file supplies: ImageUrl"));
        String heldKey = onlyRow(DeliveryState.HELD).idempotencyKey();
        ProductRecord complete = product(GTIN, "Nước mắm Phú Quốc");

        StageResult staged = outbox.stage(List.of(complete));

        assertThat(staged.outcomes()).containsExactly(StageOutcome.ACCEPTED);
        OutboxRow row = onlyRow(DeliveryState.PENDING);
        assertThat(row.idempotencyKey()).isNotEqualTo(heldKey);
        assertThat(row.rejectCode()).isNull();
        assertThat(row.rejectReason()).isNull();
        assertThat(outbox.claim(RecordKind.PRODUCT, 10, NOW, LEASE)).singleElement()
                .satisfies(item -> assertThat(item.record()).isEqualTo(complete));
    }

    @Test
    void should_migrate_an_outbox_of_version_1_with_its_rows_to_one_that_takes_held_records() throws SQLException {
        DataSource database = emptyDatabase();
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("1").load().migrate();
        LotRecord staged = lot("L1");
        insertRow(database, RecordKind.LOT, staged.businessKey(), RecordCodec.toJson(staged), "PENDING");
        assertThatThrownBy(() -> insertRow(database, RecordKind.PRODUCT, GTIN, RecordCodec.toJson(product(GTIN)), "HELD"))
                .as("version 1 knows no HELD").isInstanceOf(SQLException.class);

        Outbox migrated = Outbox.open(database, Clock.fixed(NOW, ZoneOffset.UTC));
        migrated.hold(List.of(product(GTIN)), INCOMPLETE, List.of("held until a file supplies: ImageUrl"));

        assertThat(migrated.counts()).containsEntry(DeliveryState.PENDING, 1L).containsEntry(DeliveryState.HELD, 1L);
        assertThat(migrated.staged(RecordKind.LOT, staged.businessKey())).contains(staged);
        assertThatThrownBy(() -> insertRow(database, RecordKind.PRODUCT, OTHER_GTIN, RecordCodec.toJson(product(OTHER_GTIN)), "LOST"))
                .as("the constraint still refuses a state it does not know").isInstanceOf(SQLException.class);
    }

    @Test
    void should_migrate_a_lot_held_for_its_held_product_so_that_it_goes_once_the_product_is_completed_and_delivered()
            throws SQLException {
        DataSource database = emptyDatabase();
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("6").load().migrate();
        LotRecord waiting = lot("L1");
        insertRow(database, RecordKind.PRODUCT, GTIN, RecordCodec.toJson(product(GTIN)), "HELD");
        insertRow(database, RecordKind.LOT, waiting.businessKey(), RecordCodec.toJson(waiting), "HELD");
        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE outbox_record SET reject_code = 'PRODUCT_HELD' WHERE kind = 'LOT'")) {
            update.executeUpdate();
        }

        Outbox migrated = Outbox.open(database, Clock.fixed(NOW, ZoneOffset.UTC));
        migrated.stage(List.of(product(GTIN, "Nước mắm Phú Quốc")));
        assertThat(migrated.releaseWaiting(RecordKind.LOT)).as("completed, not delivered yet").isZero();
        migrated.markDelivered(migrated.claim(RecordKind.PRODUCT, 1, NOW, LEASE).get(0), "SP-1");

        assertThat(migrated.releaseWaiting(RecordKind.LOT)).isEqualTo(1);
        assertThat(migrated.claim(RecordKind.LOT, 10, NOW, LEASE)).singleElement()
                .satisfies(item -> assertThat(item.record()).isEqualTo(waiting));
    }

    @Test
    void should_find_the_events_staged_before_version_10_under_the_lots_they_name() throws SQLException {
        DataSource database = emptyDatabase();
        migrateToVersion9(database);
        vn.txng.adapter.model.EventRecord shipped = TestRecords.event("SHIP-1", "8934563000103", "L1", "L2");
        insertRow(database, RecordKind.EVENT, shipped.businessKey(), RecordCodec.toJson(shipped), "DELIVERED");

        Outbox.open(database, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(new OutboxBrowser(database).eventsOfLot(GTIN, "L2", 10)).extracting(e -> e.event()).containsExactly(shipped);
    }

    @Test
    void should_say_no_source_for_a_record_staged_before_version_10() throws SQLException {
        DataSource database = emptyDatabase();
        migrateToVersion9(database);
        insertRow(database, RecordKind.PRODUCT, GTIN, RecordCodec.toJson(product(GTIN)), "DELIVERED");

        Outbox.open(database, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(new OutboxBrowser(database).record(RecordKind.PRODUCT, GTIN)).hasValueSatisfying(record -> {
            assertThat(record.sourceFile()).isNull();
            assertThat(record.sourcePosition()).isNull();
        });
    }

    // ---- delivery state per portal target ----

    static final PortalTarget TARGET_A = PortalTarget.of(java.net.URI.create("https://quantri.truyxuatnguongoc.gov.vn/gwdev"), "client-1");
    static final PortalTarget TARGET_B = PortalTarget.of(java.net.URI.create("https://quantri.truyxuatnguongoc.gov.vn/gw"), "client-1");

    @Test
    void should_make_every_record_pending_for_a_new_target() {
        outbox.useTarget(TARGET_A);
        outbox.stage(List.of(lot("L1"), lot("L2")));
        outbox.claim(RecordKind.LOT, 10, NOW, LEASE).forEach(item -> outbox.markDelivered(item, "a-" + item.businessKey()));

        TargetUse use = outbox.useTarget(TARGET_B);

        assertThat(use.change()).isEqualTo(TargetUse.Change.SWITCHED);
        assertThat(use.toSend()).isEqualTo(2);
        assertThat(outbox.counts()).containsEntry(DeliveryState.PENDING, 2L).containsEntry(DeliveryState.DELIVERED, 0L);
        assertThat(outbox.claim(RecordKind.LOT, 10, NOW, LEASE)).hasSize(2);
    }

    @Test
    void should_send_nothing_again_to_a_target_that_confirmed_the_same_content() {
        outbox.useTarget(TARGET_A);
        outbox.stage(List.of(product(GTIN), lot("L1")));
        deliverAll("a");
        outbox.useTarget(TARGET_B);
        deliverAll("b");

        TargetUse back = outbox.useTarget(TARGET_A);

        assertThat(back.delivered()).isEqualTo(2);
        assertThat(outbox.counts()).containsEntry(DeliveryState.DELIVERED, 2L);
        assertThat(outbox.claim(RecordKind.PRODUCT, 10, NOW, LEASE)).isEmpty();
        assertThat(outbox.claim(RecordKind.LOT, 10, NOW, LEASE)).isEmpty();
        assertThat(outbox.isDelivered(RecordKind.PRODUCT, GTIN)).isTrue();
    }

    @Test
    void should_send_again_to_an_earlier_target_what_changed_while_another_was_active() {
        outbox.useTarget(TARGET_A);
        outbox.stage(List.of(lot("L1")));
        OutboxItem first = claimOne(NOW);
        outbox.markDelivered(first, "a-1");
        outbox.useTarget(TARGET_B);
        outbox.stage(List.of(lot(GTIN, "L1", new BigDecimal("7"))));
        outbox.markDelivered(claimOne(NOW), "b-1");

        outbox.useTarget(TARGET_A);

        OutboxRow row = onlyRow(DeliveryState.PENDING);
        assertThat(row.deliveredHash()).as("what target A holds").isEqualTo(first.contentHash());
        assertThat(row.portalId()).isEqualTo("a-1");
    }

    @Test
    void should_keep_a_rejection_for_the_target_that_rejected_the_same_content() {
        outbox.useTarget(TARGET_A);
        outbox.stage(List.of(lot("L1")));
        outbox.markRejected(claimOne(NOW), "ERR_VALIDATION", "soLo is too long");
        outbox.useTarget(TARGET_B);
        assertThat(onlyRow(DeliveryState.PENDING).rejectCode()).as("target B has not judged it").isNull();

        outbox.useTarget(TARGET_A);

        assertThat(onlyRow(DeliveryState.REJECTED).rejectCode()).isEqualTo("ERR_VALIDATION");
    }

    @Test
    void should_keep_held_records_held_when_the_target_changes() {
        outbox.useTarget(TARGET_A);
        outbox.hold(List.of(product(GTIN)), INCOMPLETE, List.of("held until a file supplies: ImageUrl"));

        outbox.useTarget(TARGET_B);

        assertThat(onlyRow(DeliveryState.HELD).rejectReason()).isEqualTo("held until a file supplies: ImageUrl");
    }

    @Test
    void should_refuse_to_switch_while_a_lease_to_the_old_target_runs() {
        outbox.useTarget(TARGET_A);
        outbox.stage(List.of(lot("L1")));
        claimOne(NOW);

        assertThatThrownBy(() -> outbox.useTarget(TARGET_B)).isInstanceOf(OutboxException.class)
                .hasMessageContaining("1 records are being sent to " + TARGET_A);
        assertThat(outbox.activeTarget()).contains(TARGET_A);
        assertThat(onlyRow(DeliveryState.IN_FLIGHT).kind()).isEqualTo(RecordKind.LOT);
    }

    @Test
    void should_send_a_claim_never_confirmed_again_with_the_same_key_when_its_target_returns() {
        outbox.useTarget(TARGET_A);
        outbox.stage(List.of(lot("L1")));
        OutboxItem lost = claimOne(NOW.minus(LEASE));
        outbox.useTarget(TARGET_B);
        outbox.markDelivered(claimOne(NOW), "b-1");

        outbox.useTarget(TARGET_A);

        assertThat(claimOne(NOW).idempotencyKey()).isEqualTo(lost.idempotencyKey());
    }

    @Test
    void should_list_the_other_targets_with_what_they_hold() {
        outbox.useTarget(TARGET_A);
        outbox.stage(List.of(lot("L1"), lot("L2")));
        deliverAll("a");

        outbox.useTarget(TARGET_B);

        assertThat(outbox.otherTargets()).singleElement().satisfies(other -> {
            assertThat(other.description()).isEqualTo(TARGET_A.description());
            assertThat(other.delivered()).isEqualTo(2);
            assertThat(other.lastDeliveryAt()).isEqualTo(NOW);
        });
        assertThat(outbox.activeTarget()).contains(TARGET_B);
    }

    @Test
    void should_change_nothing_when_the_same_target_is_used_again() {
        outbox.useTarget(TARGET_A);
        outbox.stage(List.of(lot("L1")));
        deliverAll("a");

        assertThat(outbox.useTarget(TARGET_A).change()).isEqualTo(TargetUse.Change.SAME);
        assertThat(outbox.counts()).containsEntry(DeliveryState.DELIVERED, 1L);
    }

    @Test
    void should_attribute_an_outbox_of_version_2_to_the_first_target_configured_after_the_upgrade() throws SQLException {
        DataSource database = emptyDatabase();
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("2").load().migrate();
        LotRecord delivered = lot("L1");
        insertRow(database, RecordKind.LOT, delivered.businessKey(), RecordCodec.toJson(delivered), "DELIVERED");
        insertRow(database, RecordKind.LOT, GTIN + "/L2", RecordCodec.toJson(lot("L2")), "PENDING");
        Outbox upgraded = Outbox.open(database, Clock.fixed(NOW, ZoneOffset.UTC));

        TargetUse first = upgraded.useTarget(TARGET_A);
        TargetUse again = upgraded.useTarget(TARGET_A);

        assertThat(first.change()).isEqualTo(TargetUse.Change.ADOPTED);
        assertThat(first.delivered()).isEqualTo(1);
        assertThat(again.change()).as("said once").isEqualTo(TargetUse.Change.SAME);
        assertThat(upgraded.counts()).containsEntry(DeliveryState.DELIVERED, 1L).containsEntry(DeliveryState.PENDING, 1L);
        upgraded.useTarget(TARGET_B);
        assertThat(upgraded.counts()).as("nothing was delivered to B").containsEntry(DeliveryState.PENDING, 2L);
        upgraded.useTarget(TARGET_A);
        assertThat(upgraded.state(RecordKind.LOT, delivered.businessKey())).contains(DeliveryState.DELIVERED);
    }

    @Test
    void should_start_a_new_outbox_on_its_first_target_without_adopting_anything() {
        assertThat(outbox.useTarget(TARGET_A).change()).isEqualTo(TargetUse.Change.FIRST);
    }

    // ---- connection faults and re-queueing ----

    @Test
    void should_release_a_claimed_pending_record_as_pending_without_an_attempt() {
        outbox.stage(List.of(lot("L1")));
        OutboxItem item = claimOne(NOW);

        outbox.release(item);

        OutboxRow row = onlyRow(DeliveryState.PENDING);
        assertThat(row.attempts()).isZero();
        assertThat(row.claimedUntil()).isNull();
        assertThat(claimOne(NOW).idempotencyKey()).isEqualTo(item.idempotencyKey());
    }

    @Test
    void should_release_a_claimed_retry_as_the_same_retry() {
        outbox.stage(List.of(lot("L1")));
        Instant due = NOW.plusSeconds(60);
        outbox.markRetry(claimOne(NOW), "HTTP 503", due);
        OutboxItem item = claimOne(due);

        outbox.release(item);

        OutboxRow row = onlyRow(DeliveryState.RETRY);
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.nextAttemptAt()).isEqualTo(due);
    }

    @Test
    void should_requeue_only_the_records_rejected_with_the_given_code() {
        outbox.stage(List.of(lot("L1"), lot("L2")));
        List<OutboxItem> items = outbox.claim(RecordKind.LOT, 2, NOW, LEASE);
        outbox.markRejected(items.get(0), "ERR_SYS_DEV", "System.NullReferenceException");
        outbox.markRejected(items.get(1), "ERR_VALIDATION", "soLo is too long");

        int requeued = outbox.requeue(RequeueFilter.rejected().withCode("ERR_SYS_DEV"));

        assertThat(requeued).isEqualTo(1);
        assertThat(claimOne(NOW).businessKey()).isEqualTo(GTIN + "/L1");
        assertThat(onlyRow(DeliveryState.REJECTED).businessKey()).isEqualTo(GTIN + "/L2");
    }

    @Test
    void should_requeue_one_rejected_record_by_its_key() {
        outbox.stage(List.of(lot("L1"), lot("L2")));
        outbox.claim(RecordKind.LOT, 2, NOW, LEASE).forEach(item -> outbox.markRejected(item, "ERR_VALIDATION", "bad"));

        int requeued = outbox.requeue(RequeueFilter.rejected().withKey(GTIN + "/L2"));

        assertThat(requeued).isEqualTo(1);
        assertThat(onlyRow(DeliveryState.PENDING).businessKey()).isEqualTo(GTIN + "/L2");
    }

    @Test
    void should_requeue_delivered_records_on_demand_as_never_confirmed() {
        outbox.stage(List.of(product(GTIN), lot("L1")));
        deliverAll("wrong-portal");

        int requeued = outbox.requeue(RequeueFilter.rejected().withDelivered());

        assertThat(requeued).isEqualTo(2);
        assertThat(outbox.counts()).containsEntry(DeliveryState.PENDING, 2L);
        assertThat(outbox.isDelivered(RecordKind.PRODUCT, GTIN)).isFalse();
        assertThat(outbox.lastDeliveryAt()).isEmpty();
    }

    @Test
    void should_show_the_connection_fault_as_last_error_rather_than_a_lot_waiting_for_its_product() {
        outbox.useTarget(TARGET_A);
        outbox.stage(List.of(lot("L1")));
        outbox.markWaiting(claimOne(NOW), "waiting for product " + GTIN + " (retry) to be delivered first", NOW.plusSeconds(30));
        assertThat(outbox.lastError()).as("a wait is no error").isEmpty();

        outbox.recordConnectionFault("cannot connect to 127.0.0.1:9 (connection refused)");

        assertThat(outbox.lastError()).contains("cannot connect to 127.0.0.1:9 (connection refused)");
        outbox.clearConnectionFault();
        assertThat(outbox.connectionFault()).isEmpty();
    }

    private void deliverAll(String prefix) {
        for (RecordKind kind : RecordKind.values()) {
            outbox.claim(kind, 100, NOW, LEASE).forEach(item -> outbox.markDelivered(item, prefix + "-" + item.businessKey()));
        }
    }

    /** The schema as the version before V10 left it, the PostgreSQL job store (V6.1) included. */
    private static void migrateToVersion9(DataSource database) throws SQLException {
        boolean postgres;
        try (Connection connection = database.getConnection()) {
            postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        }
        String[] locations = postgres ? new String[] {"classpath:db/migration", "classpath:db/quartz"} : new String[] {"classpath:db/migration"};
        Flyway.configure().dataSource(database).locations(locations).target("9").load().migrate();
    }

    private static void insertRow(DataSource database, RecordKind kind, String key, String payload, String state) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox_record (kind, business_key, payload,"
                     + " content_hash, revision, idempotency_key, state, attempts, delivered_hash, staged_at, updated_at)"
                     + " VALUES (?, ?, ?, ?, 1, ?, ?, 0, CASE WHEN ? = 'DELIVERED' THEN ? END, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
            insert.setString(1, kind.name());
            insert.setString(2, key);
            insert.setString(3, payload);
            insert.setString(4, "0".repeat(64));
            insert.setString(5, "key-" + key);
            insert.setString(6, state);
            insert.setString(7, state);
            insert.setString(8, "0".repeat(64));
            insert.executeUpdate();
        }
    }

    OutboxRow heldRow(RecordKind kind) {
        List<OutboxRow> rows = outbox.list(DeliveryState.HELD, 10).stream().filter(row -> row.kind() == kind).toList();
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    // ---- parked records (txng.push.max-attempts, txng.push.give-up-after) ----

    static final GiveUp TWO_ATTEMPTS = new GiveUp(2, Duration.ofDays(3));

    @Test
    void should_park_a_record_at_its_last_allowed_attempt_and_never_claim_it() {
        outbox.stage(List.of(lot("L1")));
        assertThat(outbox.markRetry(claimOne(NOW), "HTTP 503: busy", NOW, TWO_ATTEMPTS)).contains(DeliveryState.RETRY);

        assertThat(outbox.markRetry(claimOne(NOW), "HTTP 503: still busy", NOW, TWO_ATTEMPTS)).contains(DeliveryState.PARKED);

        assertThat(outbox.claim(RecordKind.LOT, 10, NOW.plus(Duration.ofDays(30)), LEASE)).isEmpty();
        OutboxRow parked = onlyRow(DeliveryState.PARKED);
        assertThat(parked.attempts()).isEqualTo(2);
        assertThat(parked.lastError()).isEqualTo("HTTP 503: still busy");
    }

    @Test
    void should_park_a_record_still_failing_after_the_give_up_time() {
        GiveUp threeDays = new GiveUp(50, Duration.ofDays(3));
        outbox.stage(List.of(lot("L1")));
        outbox.markRetry(claimOne(NOW), "HTTP 503", NOW, threeDays);
        Instant later = NOW.plus(Duration.ofDays(3)).plusSeconds(1);
        Outbox laterOutbox = Outbox.open(dataSource(), Clock.fixed(later, ZoneOffset.UTC));
        OutboxItem again = laterOutbox.claim(RecordKind.LOT, 1, later, LEASE).get(0);

        assertThat(laterOutbox.markRetry(again, "HTTP 503", later, threeDays)).contains(DeliveryState.PARKED);
    }

    @Test
    void should_count_the_give_up_time_from_the_first_failure_after_a_requeue() {
        GiveUp threeDays = new GiveUp(50, Duration.ofDays(3));
        outbox.stage(List.of(lot("L1")));
        outbox.markRetry(claimOne(NOW), "HTTP 503", NOW, TWO_ATTEMPTS);
        outbox.markRetry(claimOne(NOW), "HTTP 503", NOW, TWO_ATTEMPTS);
        Instant later = NOW.plus(Duration.ofDays(4));
        Outbox laterOutbox = Outbox.open(dataSource(), Clock.fixed(later, ZoneOffset.UTC));
        assertThat(laterOutbox.requeue(RequeueFilter.parked())).isEqualTo(1);
        OutboxItem again = laterOutbox.claim(RecordKind.LOT, 1, later, LEASE).get(0);

        assertThat(laterOutbox.markRetry(again, "HTTP 503", later, threeDays)).contains(DeliveryState.RETRY);
    }

    @Test
    void should_requeue_parked_records_whose_last_error_names_the_code() {
        outbox.stage(List.of(lot("L1"), lot("L2")));
        List<OutboxItem> items = outbox.claim(RecordKind.LOT, 2, NOW, LEASE);
        outbox.markRetry(items.get(0), "HTTP 503: busy", NOW, new GiveUp(1, Duration.ofDays(3)));
        outbox.markRetry(items.get(1), "HTTP 500: broken", NOW, new GiveUp(1, Duration.ofDays(3)));

        assertThat(outbox.requeue(RequeueFilter.parked().withCode("503"))).isEqualTo(1);

        OutboxItem back = claimOne(NOW);
        assertThat(back.businessKey()).isEqualTo(items.get(0).businessKey());
        assertThat(back.attempts()).isZero();
        assertThat(back.idempotencyKey()).isEqualTo(items.get(0).idempotencyKey());
        assertThat(onlyRow(DeliveryState.PARKED).businessKey()).isEqualTo(items.get(1).businessKey());
    }

    @Test
    void should_keep_a_parked_record_parked_for_its_target_across_a_switch() {
        outbox.useTarget(TARGET_A);
        outbox.stage(List.of(lot("L1")));
        outbox.markRetry(claimOne(NOW), "HTTP 503", NOW, new GiveUp(1, Duration.ofDays(3)));
        outbox.useTarget(TARGET_B);
        assertThat(onlyRow(DeliveryState.PENDING).lastError()).as("target B has not failed it").isNull();

        outbox.useTarget(TARGET_A);

        assertThat(onlyRow(DeliveryState.PARKED).lastError()).isEqualTo("HTTP 503");
    }

    @Test
    void should_never_park_a_record_that_was_re_staged_meanwhile() {
        outbox.stage(List.of(lot("L1")));
        OutboxItem old = claimOne(NOW);
        outbox.stage(List.of(lot(GTIN, "L1", new BigDecimal("7"))));

        assertThat(outbox.markRetry(old, "HTTP 503", NOW, new GiveUp(1, Duration.ofDays(3)))).isEmpty();
        assertThat(outbox.counts()).containsEntry(DeliveryState.PARKED, 0L).containsEntry(DeliveryState.PENDING, 1L);
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

    @Test
    void should_hand_every_staged_record_of_a_kind_in_key_order_page_by_page_whatever_its_state() {
        outbox.stage(List.of(product(GTIN), lot("L3"), lot("L1"), lot("L5"), lot("L2"), lot("L4")));
        OutboxItem claimed = outbox.claim(RecordKind.LOT, 1, NOW, Duration.ofMinutes(5)).get(0);
        outbox.markDelivered(claimed, "p-1");
        List<String> keys = new ArrayList<>();

        long handed = outbox.forEachStaged(RecordKind.LOT, 2, version -> keys.add(version.record().businessKey()));

        assertThat(handed).isEqualTo(5);
        assertThat(keys).containsExactly(GTIN + "/L1", GTIN + "/L2", GTIN + "/L3", GTIN + "/L4", GTIN + "/L5");
    }
}
