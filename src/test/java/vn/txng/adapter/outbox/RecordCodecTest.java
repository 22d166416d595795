package vn.txng.adapter.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.ProductRecord;
import vn.txng.adapter.model.RecordKind;

class RecordCodecTest {

    @Test
    void should_write_lot_fields_in_fixed_order_with_iso_dates_and_plain_numbers() {
        LotRecord lot = new LotRecord("08934563123451", "L1", "ABC123", java.time.LocalDate.of(2026, 9, 15),
                null, new BigDecimal("1.2E+4"), "Chai", null);

        assertThat(RecordCodec.toJson(lot)).isEqualTo("{\"gtin\":\"08934563123451\",\"lotNumber\":\"L1\","
                + "\"uii25T\":\"ABC123\",\"productionDate\":\"2026-09-15\",\"quantity\":12000,\"quantityUnit\":\"Chai\"}");
    }

    @Test
    void should_write_the_same_json_for_decimals_that_differ_only_in_trailing_zeros() {
        String plain = RecordCodec.toJson(TestRecords.lot(TestRecords.GTIN, "L1", new BigDecimal("12000")));
        String scaled = RecordCodec.toJson(TestRecords.lot(TestRecords.GTIN, "L1", new BigDecimal("12000.000")));

        assertThat(scaled).isEqualTo(plain);
    }

    @Test
    void should_keep_the_ssccs_of_a_lot_and_write_nothing_for_a_lot_without() {
        LotRecord despatched = new LotRecord("08934563123451", "L1", null, null, null, null, null, null,
                java.util.List.of("089345630000000011"));
        LotRecord plain = new LotRecord("08934563123451", "L1", null, null, null, null, null, null);

        assertThat(RecordCodec.fromJson(RecordKind.LOT, RecordCodec.toJson(despatched))).isEqualTo(despatched);
        assertThat(RecordCodec.toJson(plain)).isEqualTo("{\"gtin\":\"08934563123451\",\"lotNumber\":\"L1\"}");
    }

    @Test
    void should_read_back_a_lot_equal_to_the_one_written() {
        LotRecord lot = TestRecords.lot(TestRecords.GTIN, "L-7/2026", new BigDecimal("0.125"));

        assertThat(RecordCodec.fromJson(RecordKind.LOT, RecordCodec.toJson(lot))).isEqualTo(lot);
    }

    @Test
    void should_read_back_a_product_equal_to_the_one_written() {
        ProductRecord product = TestRecords.product("08934563123451");

        assertThat(RecordCodec.fromJson(RecordKind.PRODUCT, RecordCodec.toJson(product))).isEqualTo(product);
    }

    @Test
    void should_read_back_a_product_without_optional_fields() {
        ProductRecord sparse = new ProductRecord("08934563123451", "Tên", null, List.of(), null, null, null, null,
                null, null, null, null);

        assertThat(RecordCodec.fromJson(RecordKind.PRODUCT, RecordCodec.toJson(sparse))).isEqualTo(sparse);
    }

    @Test
    void should_keep_a_long_decimal_exact_through_the_round_trip() {
        LotRecord lot = TestRecords.lot(TestRecords.GTIN, "L1", new BigDecimal("12345678901234567890.123456789"));

        LotRecord back = (LotRecord) RecordCodec.fromJson(RecordKind.LOT, RecordCodec.toJson(lot));

        assertThat(back.quantity()).isEqualTo(lot.quantity());
    }
}
