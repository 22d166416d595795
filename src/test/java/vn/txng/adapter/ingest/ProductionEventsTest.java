package vn.txng.adapter.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.model.EventLot;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.SourcePosition;
import vn.txng.adapter.model.SourcedRecord;

/** A lot with a production date and site starts its chain with a production event (SAN_XUAT). */
class ProductionEventsTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final SourcePosition AT = SourcePosition.of("lots.xml", 12, "Lot #1");
    private static final LotRecord MADE_AT_A_SITE = new LotRecord("08934563123451", "L2609-15A", null, LocalDate.of(2026, 9, 15),
            null, new BigDecimal("1200"), "Chai", "8934563000103");

    private static RecordChunk chunk(InboundFormat format, LotRecord... lots) {
        FileReport report = new FileReport("lots", false);
        report.format(format);
        return new RecordChunk(report, java.util.Arrays.stream(lots).map(lot -> new SourcedRecord(lot, AT)).toList());
    }

    private static List<EventRecord> events(RecordChunk chunk) {
        return chunk.records().stream().filter(r -> r.record() instanceof EventRecord).map(r -> (EventRecord) r.record()).toList();
    }

    @Test
    void should_give_a_lot_with_production_date_and_site_a_production_event_after_it() {
        RecordChunk out = new ProductionEvents(true, VIETNAM, false).add(chunk(InboundFormat.XML, MADE_AT_A_SITE));
        assertThat(out.records()).hasSize(2);
        assertThat(out.records().get(0).record()).isEqualTo(MADE_AT_A_SITE);
        assertThat(out.records().get(1).position()).isEqualTo(AT);
        assertThat((EventRecord) out.records().get(1).record()).isEqualTo(new EventRecord("SAN_XUAT:(01)08934563123451(10)L2609-15A",
                "SAN_XUAT", OffsetDateTime.parse("2026-09-15T00:00:00+07:00"), "8934563000103", null, null, null,
                List.of(new EventLot("08934563123451", "L2609-15A", null, new BigDecimal("1200"), "Chai")), List.of(), List.of(),
                null, null, List.of()));
    }

    @Test
    void should_count_the_production_events_in_the_files_report_apart_from_the_records_read() {
        RecordChunk out = new ProductionEvents(true, VIETNAM, false).add(chunk(InboundFormat.XML, MADE_AT_A_SITE));

        assertThat(out.report().productionEvents()).isEqualTo(1);
        assertThat(out.report().summary()).endsWith("; 1 production event from the lots");
    }

    @Test
    void should_start_the_production_day_in_the_configured_time_zone() {
        RecordChunk out = new ProductionEvents(true, ZoneId.of("Europe/Paris"), false).add(chunk(InboundFormat.XML, MADE_AT_A_SITE));
        assertThat(events(out).get(0).time()).isEqualTo(OffsetDateTime.parse("2026-09-15T00:00:00+02:00"));
    }

    @Test
    void should_start_the_production_day_in_the_source_time_zone_when_it_has_one() {
        RecordChunk out = new ProductionEvents(true, VIETNAM, false).addInZone(chunk(InboundFormat.XML, MADE_AT_A_SITE), "Asia/Tokyo");
        assertThat(events(out).get(0).time()).isEqualTo(OffsetDateTime.parse("2026-09-15T00:00:00+09:00"));
    }

    @Test
    void should_give_no_production_event_when_turned_off() {
        RecordChunk in = chunk(InboundFormat.XML, MADE_AT_A_SITE);
        assertThat(new ProductionEvents(false, VIETNAM, false).add(in).records()).hasSize(1);
    }

    @Test
    void should_give_no_production_event_to_a_lot_without_site_or_date() {
        LotRecord noSite = new LotRecord("08934563123451", "A", null, LocalDate.of(2026, 9, 15), null, null, null, null);
        LotRecord noDate = new LotRecord("08934563123451", "B", null, null, null, null, null, "8934563000103");
        assertThat(events(new ProductionEvents(true, VIETNAM, false).add(chunk(InboundFormat.XML, noSite, noDate)))).isEmpty();
    }

    @Test
    void should_leave_a_despatch_advice_lot_without_production_event_unless_configured() {
        assertThat(events(new ProductionEvents(true, VIETNAM, false).add(chunk(InboundFormat.EDIFACT, MADE_AT_A_SITE)))).isEmpty();
        assertThat(events(new ProductionEvents(true, VIETNAM, true).add(chunk(InboundFormat.X12, MADE_AT_A_SITE))))
                .extracting(EventRecord::locationGln).containsExactly("8934563000103");
    }
}
