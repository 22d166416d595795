package vn.txng.adapter.ingest.edi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.Rejection;

class DesadvReadingTest {

    private static final String CUSTOM_UNA = "desadv-d96a-custom-una-two-messages.edi";

    @Test
    void should_read_a_lot_per_line_under_a_custom_una() {
        EdiFixtures.Read read = EdiFixtures.edifact(CUSTOM_UNA);
        assertThat(read.failure()).isNull();
        assertThat(read.lots()).extracting(LotRecord::lotNumber).containsExactly("L2609-15A", "TX261001*B", "L2610-02B");
        assertThat(read.report().rejected()).isZero();
    }

    @Test
    void should_take_gtin_quantity_dates_and_ship_from_site_of_a_line() {
        LotRecord lot = EdiFixtures.edifact(CUSTOM_UNA).lots().get(0);
        assertThat(lot).isEqualTo(new LotRecord("8934563123451", "L2609-15A", null, LocalDate.of(2026, 9, 15),
                LocalDate.of(2028, 9, 15), new BigDecimal("12000"), "PCE", "8934563000103", java.util.List.of("389345630000000017")));
    }

    @Test
    void should_take_best_before_as_expiry_and_a_comma_decimal_mark() {
        LotRecord lot = EdiFixtures.edifact(CUSTOM_UNA).lots().get(1);
        assertThat(lot.expiryDate()).isEqualTo(LocalDate.of(2027, 11, 30));
        assertThat(lot.quantity()).isEqualByComparingTo("4800.5");
        assertThat(lot.quantityUnit()).isEqualTo("PCE");
    }

    @Test
    void should_take_the_first_day_of_a_718_range_and_the_day_of_a_203_date() {
        LotRecord lot = EdiFixtures.edifact(CUSTOM_UNA).lots().get(2);
        assertThat(lot.productionDate()).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(lot.expiryDate()).isEqualTo(LocalDate.of(2028, 10, 2));
    }

    @Test
    void should_fall_back_to_the_supplier_gln_as_production_site() {
        assertThat(EdiFixtures.edifact(CUSTOM_UNA).lots().get(2).productionSiteGln()).isEqualTo("8934563000004");
    }

    @Test
    void should_place_a_record_at_its_lin_segment() {
        var position = EdiFixtures.edifact(CUSTOM_UNA).records().get(2).position();
        assertThat(position.line()).isEqualTo(25);
        assertThat(position.locator()).isEqualTo("UNB 000123 / UNH 2 DESADV / segment 5 LIN");
    }

    @Test
    void should_read_every_message_of_several_interchanges() {
        EdiFixtures.Read read = EdiFixtures.edifact("desadv-d01b-two-interchanges.edi");
        assertThat(read.lots()).extracting(LotRecord::lotNumber).containsExactly("A1", "A2", "B1");
        assertThat(read.records().get(2).position().locator()).startsWith("UNB 000302 / UNH 21");
    }

    @Test
    void should_reject_a_line_without_a_batch_number_and_keep_the_next() {
        EdiFixtures.Read read = EdiFixtures.edifact("desadv-line-without-batch-number.edi");
        assertThat(read.lots()).extracting(LotRecord::lotNumber).containsExactly("G2");
        Rejection problem = read.report().rejections().get(0);
        assertThat(problem.code()).isEqualTo("EDI_NO_BATCH");
        assertThat(problem.field()).isEqualTo("GIN C208.7402");
        assertThat(problem.position().locator()).isEqualTo("UNB 000406 / UNH 1 DESADV / segment 4 LIN");
    }

    @Test
    void should_reject_a_line_whose_date_format_is_not_supported_naming_the_segment() {
        EdiFixtures.Read read = EdiFixtures.edifact("desadv-date-in-unsupported-format-616.edi");
        assertThat(read.records()).isEmpty();
        Rejection problem = read.report().rejections().get(0);
        assertThat(problem.code()).isEqualTo("EDI_DATE_FORMAT");
        assertThat(problem.field()).isEqualTo("DTM C507.2380");
        assertThat(problem.position().locator()).endsWith("segment 6 DTM");
        assertThat(problem.message()).contains("616");
    }
}
