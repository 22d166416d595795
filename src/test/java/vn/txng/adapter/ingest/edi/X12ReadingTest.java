package vn.txng.adapter.ingest.edi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.Manufacturer;
import vn.txng.adapter.model.ProductRecord;
import vn.txng.adapter.model.Rejection;

class X12ReadingTest {

    private static EdiFixtures.Read x12(String name) {
        return EdiFixtures.read(name, true, null);
    }

    @Test
    void should_read_a_product_per_832_lin_with_en_and_uk_gtins() {
        assertThat(x12("x12-832-catalog-two-items.edi").products()).extracting(ProductRecord::gtin)
                .containsExactly("8934563123451", "08934563123468");
    }

    @Test
    void should_take_pid_texts_and_mea_net_content_as_rec20() {
        ProductRecord product = x12("x12-832-catalog-two-items.edi").products().get(0);
        assertThat(product.name()).isEqualTo("Fish sauce 40N");
        assertThat(product.brand()).isEqualTo("Huong Bien");
        assertThat(product.netContent()).isEqualByComparingTo("500");
        assertThat(product.netContentUnit()).isEqualTo("MLT");
    }

    @Test
    void should_give_832_items_the_header_manufacturer_with_address() {
        assertThat(x12("x12-832-catalog-two-items.edi").products().get(1).manufacturer())
                .isEqualTo(new Manufacturer("Huong Bien Foods Co", "12 Tran Hung Dao, Phu Quoc, KG, 920000, VN", null, "8934563000004"));
    }

    @Test
    void should_read_a_lot_per_856_item_loop() {
        EdiFixtures.Read read = x12("x12-856-ship-notice-two-items.edi");
        assertThat(read.lots()).containsExactly(
                new LotRecord("08934563123451", "L2609-15A", null, LocalDate.of(2026, 9, 15), LocalDate.of(2028, 9, 15),
                        new BigDecimal("12000"), "EA", "8934563000103"),
                new LotRecord("8934563123468", "TX261001", null, null, LocalDate.of(2027, 11, 30),
                        new BigDecimal("4800"), "EA", "8934563000103"));
        assertThat(read.records().get(0).position().locator()).isEqualTo("ISA 000000502 / ST 0001 856 / segment 6 HL");
    }

    @Test
    void should_reject_the_transaction_set_when_se_counts_wrong() {
        EdiFixtures.Read read = x12("x12-856-se-count-wrong.edi");
        assertThat(read.records()).isEmpty();
        Rejection problem = read.report().rejections().get(0);
        assertThat(problem.code()).isEqualTo("EDI_SE_COUNT");
        assertThat(problem.field()).isEqualTo("SE01");
        assertThat(problem.message()).contains("counts 99").contains("has 16 segments");
    }

    @Test
    void should_read_two_856_item_loops_of_one_batch_as_one_lot() {
        String text = String.join("~\n",
                "ISA*00*          *00*          *ZZ*8934563000004  *ZZ*8930000000001  *261121*2300*U*00401*000000503*0*P*>",
                "GS*SH*8934563000004*8930000000001*20261121*2300*1*X*004010", "ST*856*0001", "BSN*00*SHP-2612*20261121*2300",
                "HL*1**S", "N1*SF*Huong Bien Plant*UL*8934563000103", "HL*2*1*O",
                "HL*3*2*I", "LIN**UK*08934563123451*LT*L1", "SN1**100*EA",
                "HL*4*2*I", "LIN**UK*08934563123451*LT*L1", "SN1**50*EA",
                "CTT*2", "SE*13*0001", "GE*1*1", "IEA*1*000000503", "");

        EdiFixtures.Read read = EdiFixtures.bytes(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), true, null);

        assertThat(read.report().rejections()).isEmpty();
        assertThat(read.lots()).singleElement().satisfies(lot -> {
            assertThat(lot.quantity()).isEqualByComparingTo("150");
            assertThat(lot.quantityUnit()).isEqualTo("EA");
        });
        assertThat(read.report().mergedLots()).extracting(m -> m.lines()).containsExactly(2);
    }
}
