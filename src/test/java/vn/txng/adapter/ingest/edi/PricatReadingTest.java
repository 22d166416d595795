package vn.txng.adapter.ingest.edi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.model.Manufacturer;
import vn.txng.adapter.model.ProductRecord;
import vn.txng.adapter.model.Rejection;

class PricatReadingTest {

    private static final String UNOW = "pricat-d01b-unow-vietnamese-release-characters.edi";
    private static final String CP1258 = "pricat-d96a-unoc-written-in-windows-1258.edi";
    private static final String SHELF_LIFE = "pricat-d01b-shelf-life-periods-and-one-given-as-a-date.edi";

    @Test
    void should_read_a_product_per_lin_with_srv_gtins() {
        EdiFixtures.Read read = EdiFixtures.edifact(UNOW);
        assertThat(read.failure()).isNull();
        assertThat(read.products()).extracting(ProductRecord::gtin).containsExactly("8934563123451", "8934563123468");
    }

    @Test
    void should_read_vietnamese_names_and_brand_in_unow() {
        ProductRecord product = EdiFixtures.edifact(UNOW).products().get(0);
        assertThat(product.name()).isEqualTo("Nước mắm Phú Quốc 40 độ đạm");
        assertThat(product.brand()).isEqualTo("Hương Biển");
    }

    @Test
    void should_unescape_release_characters_in_texts() {
        assertThat(EdiFixtures.edifact(UNOW).products().get(0).description()).isEqualTo("Cá cơm+muối, ủ 12 tháng'");
    }

    @Test
    void should_take_net_content_and_country_of_a_line() {
        ProductRecord product = EdiFixtures.edifact(UNOW).products().get(1);
        assertThat(product.netContent()).isEqualByComparingTo("50");
        assertThat(product.netContentUnit()).isEqualTo("GRM");
        assertThat(product.countryOfOrigin()).isEqualTo("VN");
    }

    @Test
    void should_give_every_line_the_header_manufacturer_with_its_tax_code() {
        Manufacturer maker = EdiFixtures.edifact(UNOW).products().get(1).manufacturer();
        assertThat(maker).isEqualTo(new Manufacturer("Công ty TNHH Thực phẩm Hương Biển",
                "Số 12 đường Trần Hưng Đạo, Dương Đông, Phú Quốc, KG, 920000, VN", "0301234567", "8934563000004"));
    }

    @Test
    void should_read_windows_1258_under_unoc_with_the_override_as_nfc_text() {
        EdiFixtures.Read read = EdiFixtures.read(CP1258, false, Charset.forName("windows-1258"));
        assertThat(read.products().get(0).name()).isEqualTo("Nước mắm Phú Quốc 40 độ đạm");
        assertThat(read.products().get(1).manufacturer().name()).isEqualTo("Công ty TNHH Thực phẩm Hương Biển");
    }

    @Test
    void should_read_en_gtins_of_d96a() {
        assertThat(EdiFixtures.read(CP1258, false, Charset.forName("windows-1258")).products())
                .extracting(ProductRecord::gtin).containsExactly("8934563123451", "8934563123468");
    }

    @Test
    void should_take_the_shelf_life_of_a_line_in_days_from_days_weeks_months_or_years() {
        EdiFixtures.Read read = EdiFixtures.edifact(SHELF_LIFE);
        assertThat(read.failure()).isNull();
        assertThat(read.products()).extracting(ProductRecord::gtin, ProductRecord::shelfLifeDays).containsExactly(
                tuple("8934563123451", 540),
                tuple("8934563123468", 730),
                // DTM+363 wins over DTM+41E whatever their order: 52 weeks
                tuple("8934563123475", 364),
                // ... even over a DTM+41E before it that is not a period: 2 years
                tuple("8934563123482", 730));
    }

    @Test
    void should_reject_a_line_whose_shelf_life_is_given_as_a_date() {
        assertThat(EdiFixtures.edifact(SHELF_LIFE).report().rejections()).as("the bad DTM+41E under a DTM+363 is moot").hasSize(1);
        Rejection problem = EdiFixtures.edifact(SHELF_LIFE).report().rejections().get(0);
        assertThat(problem.code()).isEqualTo("EDI_DATE_FORMAT");
        assertThat(problem.field()).isEqualTo("DTM C507.2379");
        assertThat(problem.position().locator()).contains("UNH 7").endsWith("segment 22 DTM");
        assertThat(problem.message()).contains("804").contains("not 102");
    }
}
