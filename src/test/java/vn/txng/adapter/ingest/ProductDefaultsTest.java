package vn.txng.adapter.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.model.Manufacturer;
import vn.txng.adapter.model.ProductRecord;

class ProductDefaultsTest {

    private static final ProductDefaults DEFAULTS = new ProductDefaults("Công ty Hương Biển", "Phú Quốc", "0301234567",
            "8934563000004", "Chai", "https://cdn.example.vn/sp/{gtin}.jpg");

    private static ProductRecord product(List<String> images, String salesUnit, Manufacturer maker) {
        return new ProductRecord("8934563123451", "Nước mắm", null, images, salesUnit, new BigDecimal("500"), "MLT",
                null, null, null, null, maker);
    }

    @Test
    void should_make_the_image_url_from_the_gtin_when_the_record_has_none() {
        assertThat(DEFAULTS.apply(product(List.of(), null, null)).imageUrls())
                .containsExactly("https://cdn.example.vn/sp/8934563123451.jpg");
    }

    @Test
    void should_keep_the_record_s_own_images_and_sales_unit() {
        ProductRecord out = DEFAULTS.apply(product(List.of("https://x.vn/a.png"), "Hộp", null));
        assertThat(out.imageUrls()).containsExactly("https://x.vn/a.png");
        assertThat(out.salesUnit()).isEqualTo("Hộp");
    }

    @Test
    void should_fill_the_sales_unit_when_missing() {
        assertThat(DEFAULTS.apply(product(List.of(), null, null)).salesUnit()).isEqualTo("Chai");
    }

    @Test
    void should_give_the_default_manufacturer_to_a_record_without_one() {
        assertThat(DEFAULTS.apply(product(List.of(), null, null)).manufacturer())
                .isEqualTo(new Manufacturer("Công ty Hương Biển", "Phú Quốc", "0301234567", "8934563000004"));
    }

    @Test
    void should_fill_only_the_missing_fields_of_the_same_manufacturer() {
        Manufacturer given = new Manufacturer("Cty HB (EDI)", "Số 12 Trần Hưng Đạo", null, "8934563000004");
        assertThat(DEFAULTS.apply(product(List.of(), null, given)).manufacturer())
                .isEqualTo(new Manufacturer("Cty HB (EDI)", "Số 12 Trần Hưng Đạo", "0301234567", "8934563000004"));
    }

    @Test
    void should_not_lend_the_tax_code_to_another_manufacturer() {
        Manufacturer other = new Manufacturer("Other Co", "Hà Nội", null, "8934563999992");
        assertThat(DEFAULTS.apply(product(List.of(), null, other)).manufacturer()).isEqualTo(other);
    }
}
