package vn.txng.adapter.ingest.edi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.model.LotRecord;

/**
 * Which date a lot takes: the qualifier decides before the level (an expiry, DTM+36, at the line beats a
 * best-before, DTM+361, in its package group), and a group's date overrides the line's of the same qualifier.
 */
class DesadvDatePrecedenceTest {

    private static LotRecord onlyLot(String... segments) {
        EdiFixtures.Read read = EdiFixtures.text(EdiFixtures.desadv(segments));
        assertThat(read.report().rejections()).isEmpty();
        assertThat(read.lots()).hasSize(1);
        return read.lots().get(0);
    }

    @Test
    void should_take_the_lines_expiry_over_its_groups_best_before() {
        LotRecord lot = onlyLot("LIN+1++8934563123451:SRV", "DTM+94:20261109:102", "DTM+36:20281108:102",
                "PCI+36E", "DTM+361:20281031:102", "GIN+BX+B1");

        assertThat(lot.expiryDate()).isEqualTo(LocalDate.of(2028, 11, 8));
        assertThat(lot.productionDate()).isEqualTo(LocalDate.of(2026, 11, 9));
    }

    @Test
    void should_take_the_groups_expiry_over_the_lines_expiry() {
        LotRecord lot = onlyLot("LIN+1++8934563123451:SRV", "DTM+36:20281108:102",
                "PCI+36E", "DTM+36:20281031:102", "GIN+BX+B1");

        assertThat(lot.expiryDate()).isEqualTo(LocalDate.of(2028, 10, 31));
    }

    @Test
    void should_take_the_groups_expiry_over_the_lines_best_before() {
        LotRecord lot = onlyLot("LIN+1++8934563123451:SRV", "DTM+361:20281108:102",
                "PCI+36E", "DTM+36:20281031:102", "GIN+BX+B1");

        assertThat(lot.expiryDate()).isEqualTo(LocalDate.of(2028, 10, 31));
    }

    @Test
    void should_take_the_groups_best_before_over_the_lines_best_before() {
        LotRecord lot = onlyLot("LIN+1++8934563123451:SRV", "DTM+361:20281108:102",
                "PCI+36E", "DTM+361:20281031:102", "GIN+BX+B1");

        assertThat(lot.expiryDate()).isEqualTo(LocalDate.of(2028, 10, 31));
    }

    @Test
    void should_take_the_lines_best_before_when_no_level_gives_an_expiry() {
        LotRecord lot = onlyLot("LIN+1++8934563123451:SRV", "DTM+361:20281108:102", "PCI+36E", "GIN+BX+B1");

        assertThat(lot.expiryDate()).isEqualTo(LocalDate.of(2028, 11, 8));
    }

    @Test
    void should_take_the_expiry_over_the_best_before_of_the_same_line() {
        LotRecord lot = onlyLot("LIN+1++8934563123451:SRV", "DTM+361:20281031:102", "DTM+36:20281108:102", "GIN+BX+B1");

        assertThat(lot.expiryDate()).isEqualTo(LocalDate.of(2028, 11, 8));
    }

    @Test
    void should_take_the_groups_production_date_over_the_lines() {
        LotRecord lot = onlyLot("LIN+1++8934563123451:SRV", "DTM+94:20261109:102",
                "PCI+36E", "DTM+94:20261110:102", "GIN+BX+B1");

        assertThat(lot.productionDate()).isEqualTo(LocalDate.of(2026, 11, 10));
    }

    @Test
    void should_take_the_lines_production_date_when_its_group_gives_none() {
        LotRecord lot = onlyLot("LIN+1++8934563123451:SRV", "DTM+94:20261109:102",
                "PCI+36E", "DTM+36:20281031:102", "GIN+BX+B1");

        assertThat(lot.productionDate()).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(lot.expiryDate()).isEqualTo(LocalDate.of(2028, 10, 31));
    }
}
