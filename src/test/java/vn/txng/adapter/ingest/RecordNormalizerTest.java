package vn.txng.adapter.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.identifier.IdentifierNormalizer;
import vn.txng.adapter.ingest.StagedRecords.Staged;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.Manufacturer;
import vn.txng.adapter.model.ProductRecord;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;
import vn.txng.adapter.model.SourcedRecord;

class RecordNormalizerTest {

    private static final SourcePosition AT = SourcePosition.of("f.xml", 7, "Lot #1");
    private final RecordNormalizer normalizer = new RecordNormalizer(new IdentifierNormalizer());
    private final List<Rejection> problems = new ArrayList<>();

    private static ProductRecord product(String gtin, List<String> images, String taxCode) {
        return new ProductRecord(gtin, "Nước mắm", null, images, "Chai", new BigDecimal("500"), "MLT", "VN", null, null, null,
                new Manufacturer("Cty", "Hà Nội", taxCode, null));
    }

    private static LotRecord lot(String gtin, String lotNumber, String uii, LocalDate produced, LocalDate expires) {
        return new LotRecord(gtin, lotNumber, uii, produced, expires, null, null, null);
    }

    private SourcedRecord run(SourcedRecord in) {
        return normalizer.normalize(in, problems);
    }

    private Rejection onlyProblem() {
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void should_store_a_gtin_13_in_its_14_digit_form() {
        SourcedRecord out = run(new SourcedRecord(product("8934563123451", List.of("https://x.vn/a.jpg"), "0301234567"), AT));
        assertThat(problems).isEmpty();
        assertThat(out.record().businessKey()).isEqualTo("08934563123451");
    }

    @Test
    void should_reject_a_gtin_with_a_wrong_check_digit_naming_field_and_position() {
        run(new SourcedRecord(product("8934563123452", List.of("https://x.vn/a.jpg"), "0301234567"), AT));
        Rejection problem = onlyProblem();
        assertThat(problem.code()).isEqualTo("BAD_CHECK_DIGIT");
        assertThat(problem.field()).isEqualTo("Gtin");
        assertThat(problem.position()).isEqualTo(AT);
        assertThat(problem.message()).contains("8934563123452").contains("character 13");
    }

    @Test
    void should_reject_a_restricted_circulation_gtin() {
        String inStoreGtin = "2001234567893";
        run(new SourcedRecord(product(inStoreGtin, List.of("https://x.vn/a.jpg"), "0301234567"), AT));
        assertThat(onlyProblem().code()).isEqualTo("RESTRICTED_CIRCULATION");
    }

    @Test
    void should_require_an_image_url_of_a_jpg_or_png() {
        run(new SourcedRecord(product("8934563123451", List.of("https://x.vn/a.gif"), "0301234567"), AT));
        assertThat(onlyProblem().code()).isEqualTo("BAD_IMAGE_URL");
    }

    @Test
    void should_report_a_missing_image_as_required() {
        run(new SourcedRecord(product("8934563123451", List.of(), "0301234567"), AT));
        assertThat(onlyProblem()).satisfies(p -> {
            assertThat(p.code()).isEqualTo("REQUIRED");
            assertThat(p.field()).isEqualTo("ImageUrl");
        });
    }

    @Test
    void should_reject_a_tax_code_that_is_not_10_or_13_digits() {
        run(new SourcedRecord(product("8934563123451", List.of("https://x.vn/a.png"), "03012345"), AT));
        assertThat(onlyProblem().code()).isEqualTo("BAD_TAX_CODE");
    }

    @Test
    void should_take_gtin_lot_and_dates_from_a_datamatrix_scan() {
        SourcedRecord out = run(new SourcedRecord(lot(null, null, null, null, null), AT,
                "]d20108934563123468112610011727113010TX261001"));
        assertThat(problems).isEmpty();
        LotRecord normal = (LotRecord) out.record();
        assertThat(normal.gtin()).isEqualTo("08934563123468");
        assertThat(normal.lotNumber()).isEqualTo("TX261001");
        assertThat(normal.productionDate()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(normal.expiryDate()).isEqualTo(LocalDate.of(2027, 11, 30));
    }

    @Test
    void should_take_the_lot_from_a_bracketed_scan_with_spaces() {
        SourcedRecord out = run(new SourcedRecord(lot(null, null, null, null, null), AT, "(01) 08934563123451 (10) L2609"));
        assertThat(problems).isEmpty();
        assertThat(((LotRecord) out.record()).lotNumber()).isEqualTo("L2609");
    }

    private RecordChunk normalizeScanInChunk(String scan) {
        return normalizer.normalize(new RecordChunk(new FileReport("f.xml", false),
                List.of(new SourcedRecord(lot(null, null, null, null, null), AT, scan))));
    }

    @Test
    void should_keep_a_scanned_lot_that_may_have_swallowed_a_date_and_warn_of_it_in_the_file_report() {
        RecordChunk out = normalizeScanInChunk("]d2" + "0109506000134352" + "10ABC1231726123121XYZ");

        assertThat(((LotRecord) out.records().get(0).record()).lotNumber()).isEqualTo("ABC1231726123121XYZ");
        assertThat(out.report().warnings()).singleElement().asString()
                .startsWith("f.xml:7")
                .contains("Scan", "POSSIBLE_MISSING_SEPARATOR", "(01)09506000134352(10)ABC123(17)261231(21)XYZ");
    }

    @Test
    void should_warn_in_the_file_report_of_spaces_removed_from_a_typed_scan() {
        RecordChunk out = normalizeScanInChunk("(01) 08934563123451 (10)L2609");

        assertThat(out.records()).hasSize(1);
        assertThat(out.report().warnings()).singleElement().asString()
                .contains("Scan", "SPACES_REMOVED", "(01)08934563123451(10)L2609");
    }

    @Test
    void should_leave_a_scans_gtin_prefix_warnings_out_of_the_file_report() {
        // 952: GS1's prefix for demonstrations, which the identifier itself warns of
        String scan = "]d2" + "0109520123456788" + "10ABC123";
        assertThat(new vn.txng.adapter.identifier.IdentifierNormalizer().elementString(scan).warnings()).isNotEmpty();

        assertThat(normalizeScanInChunk(scan).report().warnings()).isEmpty();
    }

    @Test
    void should_reject_a_scan_without_a_lot_number() {
        run(new SourcedRecord(lot(null, null, null, null, null), AT, "(01)08934563123451(17)281231"));
        assertThat(onlyProblem().code()).isEqualTo("SCAN_WITHOUT_LOT");
    }

    @Test
    void should_reject_a_date_that_contradicts_the_scan() {
        run(new SourcedRecord(lot(null, null, null, null, LocalDate.of(2028, 1, 1)), AT, "(01)08934563123451(17)281231(10)A1"));
        assertThat(onlyProblem()).satisfies(p -> {
            assertThat(p.code()).isEqualTo("SCAN_CONFLICT");
            assertThat(p.field()).isEqualTo("ExpiryDate");
        });
    }

    @Test
    void should_reject_a_lot_number_outside_gs1_cset_82() {
        run(new SourcedRecord(lot("8934563123451", "Lô-1", null, null, null), AT));
        assertThat(onlyProblem().field()).isEqualTo("LotNumber");
    }

    @Test
    void should_strip_the_data_identifier_of_a_25t_identifier() {
        SourcedRecord out = run(new SourcedRecord(lot("8934563123451", "L1", "25T08934563L1", null, null), AT));
        assertThat(problems).isEmpty();
        assertThat(((LotRecord) out.record()).uii25T()).isEqualTo("08934563L1");
    }

    @Test
    void should_reject_a_25t_identifier_in_lower_case() {
        run(new SourcedRecord(lot("8934563123451", "L1", "08934563l1", null, null), AT));
        assertThat(onlyProblem()).satisfies(p -> {
            assertThat(p.code()).isEqualTo("LOWER_CASE");
            assertThat(p.field()).isEqualTo("Uii25T");
        });
    }

    @Test
    void should_reject_an_expiry_before_the_production_date() {
        run(new SourcedRecord(lot("8934563123451", "L1", null, LocalDate.of(2026, 9, 15), LocalDate.of(2026, 9, 1)), AT));
        assertThat(onlyProblem().code()).isEqualTo("EXPIRY_BEFORE_PRODUCTION");
    }

    @Test
    void should_fill_a_missing_sales_unit_and_image_from_the_organisation_defaults() {
        RecordNormalizer withDefaults = new RecordNormalizer(new IdentifierNormalizer(),
                new ProductDefaults(null, null, null, null, "Chai", "https://cdn.example.vn/sp/{gtin}.jpg"), StagedRecords.NONE);
        ProductRecord bare = new ProductRecord("8934563123451", "Nước mắm", null, List.of(), null, new BigDecimal("500"), "MLT",
                "VN", null, null, null, new Manufacturer("Cty", "Hà Nội", "0301234567", null));

        SourcedRecord out = withDefaults.normalize(new SourcedRecord(bare, AT), problems);

        assertThat(problems).isEmpty();
        ProductRecord completed = (ProductRecord) out.record();
        assertThat(completed.salesUnit()).isEqualTo("Chai");
        assertThat(completed.imageUrls()).containsExactly("https://cdn.example.vn/sp/8934563123451.jpg");
    }

    @Test
    void should_keep_the_fields_of_the_product_staged_before_that_a_new_record_leaves_out() {
        ProductRecord master = new ProductRecord("08934563123451", "Nước mắm", "Ủ chượp 12 tháng", List.of("https://x.vn/a.jpg"),
                "Chai", new BigDecimal("500"), "MLT", "VN", "Hương Biển", List.of("TCVN 5107:2018"), 730,
                new Manufacturer("Cty", "Hà Nội", "0301234567", "8934563000004"));
        RecordNormalizer merging = new RecordNormalizer(new IdentifierNormalizer(), ProductDefaults.NONE,
                (kind, gtin14s) -> gtin14s.contains("08934563123451") ? Map.of("08934563123451", new Staged(master, false)) : Map.of());
        ProductRecord catalogue = new ProductRecord("8934563123451", "Nước mắm Phú Quốc", null, List.of(), null,
                new BigDecimal("500"), "MLT", "VN", null, null, null, new Manufacturer("Cty", "Hà Nội", null, "8934563000004"));

        ProductRecord merged = (ProductRecord) merging.normalize(new SourcedRecord(catalogue, AT), problems).record();

        assertThat(problems).isEmpty();
        assertThat(merged.name()).as("a field the new record gives wins").isEqualTo("Nước mắm Phú Quốc");
        assertThat(merged.imageUrls()).containsExactly("https://x.vn/a.jpg");
        assertThat(merged.description()).isEqualTo("Ủ chượp 12 tháng");
        assertThat(merged.shelfLifeDays()).isEqualTo(730);
        assertThat(merged.manufacturer().taxCode()).isEqualTo("0301234567");
    }

    @Test
    void should_not_mix_in_the_manufacturer_of_another_company() {
        ProductRecord master = new ProductRecord("08934563123451", "Nước mắm", null, List.of("https://x.vn/a.jpg"), "Chai",
                new BigDecimal("500"), "MLT", "VN", null, null, null, new Manufacturer("Cty A", "Hà Nội", "0301234567", "8934563000004"));
        RecordNormalizer merging = new RecordNormalizer(new IdentifierNormalizer(), ProductDefaults.NONE, (kind, gtin14s) -> Map.of(gtin14s.get(0), new Staged(master, false)));
        ProductRecord other = new ProductRecord("8934563123451", null, null, List.of(), null, null, null, null, null, null, null,
                new Manufacturer("Cty B", "Đà Nẵng", null, "8934563000103"));

        merging.normalize(new SourcedRecord(other, AT), problems);

        assertThat(problems).extracting(Rejection::field).containsExactly("Manufacturer/TaxCode");
    }

    private static final String GTIN = "8934563123451";
    private static final String GTIN_14 = "08934563123451";

    /** A catalogue line: name, net content and manufacturer, but no image and no sales unit. */
    private static ProductRecord catalogueLine(String taxCode) {
        return new ProductRecord(GTIN, "Nước mắm Phú Quốc", null, List.of(), null, new BigDecimal("500"), "MLT", "VN",
                "Hương Biển", null, null, new Manufacturer("Cty", "Hà Nội", taxCode, null));
    }

    private static RecordChunk normalizeInChunk(RecordNormalizer normalizer, ProductRecord product) {
        return normalizer.normalize(new RecordChunk(new FileReport("f.xml", false), List.of(new SourcedRecord(product, AT))));
    }

    private static RecordNormalizer stagedBefore(vn.txng.adapter.model.TraceRecord product, boolean held) {
        return new RecordNormalizer(new IdentifierNormalizer(), ProductDefaults.NONE,
                (kind, gtin14s) -> gtin14s.contains(GTIN_14) ? Map.of(GTIN_14, new Staged(product, held)) : Map.of());
    }

    @Test
    void should_read_what_the_outbox_holds_for_a_chunks_products_once_for_the_whole_chunk() {
        List<List<String>> asked = new ArrayList<>();
        RecordNormalizer merging = new RecordNormalizer(new IdentifierNormalizer(), ProductDefaults.NONE, (kind, gtin14s) -> {
            asked.add(List.copyOf(gtin14s));
            return Map.of();
        });
        List<SourcedRecord> products = new ArrayList<>();
        for (String gtin : List.of("8934563123451", "8934563000011", "8934563123451", "not-a-gtin")) {
            products.add(new SourcedRecord(new ProductRecord(gtin, "Nước mắm", null, List.of(), null, new BigDecimal("500"), "MLT",
                    "VN", null, null, null, new Manufacturer("Cty", "Hà Nội", "0301234567", null)), AT));
        }

        merging.normalize(new RecordChunk(new FileReport("f.xml", false), products));

        assertThat(asked).as("one read, each valid GTIN once, in its normal form")
                .containsExactly(List.of(GTIN_14, "08934563000011"));
    }

    @Test
    void should_hold_a_product_that_lacks_only_fields_another_file_can_supply() {
        RecordChunk out = normalizeInChunk(normalizer, catalogueLine("0301234567"));

        assertThat(out.records()).isEmpty();
        assertThat(out.held()).singleElement().satisfies(held -> {
            assertThat(((ProductRecord) held.record()).gtin()).as("held under its normal key").isEqualTo(GTIN_14);
            assertThat(((ProductRecord) held.record()).name()).isEqualTo("Nước mắm Phú Quốc");
            assertThat(held.missingFields()).containsExactly("ImageUrl", "SalesUnit");
            assertThat(held.position()).isEqualTo(AT);
        });
        assertThat(out.report().held()).isEqualTo(1);
        assertThat(out.report().rejected()).isZero();
        assertThat(out.report().holds().get(0).toString())
                .contains("PRODUCT_INCOMPLETE").contains(GTIN_14).contains("lacks ImageUrl, SalesUnit");
        assertThat(out.report().holds().get(0).reason()).isEqualTo("held until a file supplies: ImageUrl, SalesUnit");
    }

    @Test
    void should_reject_and_not_hold_a_product_that_also_has_a_wrong_value() {
        RecordChunk out = normalizeInChunk(normalizer, catalogueLine("03012345"));

        assertThat(out.records()).isEmpty();
        assertThat(out.held()).isEmpty();
        assertThat(out.report().rejected()).isEqualTo(1);
        assertThat(out.report().rejections()).extracting(Rejection::code).contains("BAD_TAX_CODE", "REQUIRED");
    }

    @Test
    void should_reject_and_not_hold_a_product_without_a_gtin() {
        ProductRecord noGtin = new ProductRecord(null, "Nước mắm", null, List.of(), null, new BigDecimal("500"), "MLT", "VN",
                null, null, null, new Manufacturer("Cty", "Hà Nội", "0301234567", null));

        RecordChunk out = normalizeInChunk(normalizer, noGtin);

        assertThat(out.held()).isEmpty();
        assertThat(out.report().rejected()).isEqualTo(1);
    }

    @Test
    void should_keep_a_held_product_held_with_what_a_later_record_adds_while_it_is_still_incomplete() {
        RecordNormalizer merging = stagedBefore(normalizeInChunk(normalizer, catalogueLine("0301234567")).held().get(0).record(), true);
        ProductRecord imageOnly = new ProductRecord(GTIN, null, null, List.of("https://cdn.example.vn/sp/a.jpg"), null, null, null,
                null, null, null, null, null);

        RecordChunk out = normalizeInChunk(merging, imageOnly);

        assertThat(out.held()).singleElement().satisfies(held -> {
            assertThat(held.missingFields()).containsExactly("SalesUnit");
            assertThat(((ProductRecord) held.record()).name()).isEqualTo("Nước mắm Phú Quốc");
            assertThat(((ProductRecord) held.record()).imageUrls()).containsExactly("https://cdn.example.vn/sp/a.jpg");
        });
    }

    @Test
    void should_complete_a_held_product_with_the_fields_a_later_record_gives() {
        RecordNormalizer merging = stagedBefore(normalizeInChunk(normalizer, catalogueLine("0301234567")).held().get(0).record(), true);
        ProductRecord imageAndUnit = new ProductRecord(GTIN, null, null, List.of("https://cdn.example.vn/sp/a.jpg"), "Chai", null,
                null, null, null, null, null, null);

        RecordChunk out = normalizeInChunk(merging, imageAndUnit);

        assertThat(out.held()).isEmpty();
        assertThat(out.report().rejected()).isZero();
        ProductRecord complete = (ProductRecord) out.records().get(0).record();
        assertThat(complete.name()).isEqualTo("Nước mắm Phú Quốc");
        assertThat(complete.brand()).isEqualTo("Hương Biển");
        assertThat(complete.salesUnit()).isEqualTo("Chai");
        assertThat(complete.manufacturer().taxCode()).isEqualTo("0301234567");
    }

    @Test
    void should_reject_and_not_hold_an_incomplete_product_whose_staged_version_is_sendable() {
        ProductRecord master = new ProductRecord(GTIN_14, "Nước mắm", null, List.of("https://x.vn/a.jpg"), "Chai",
                new BigDecimal("500"), "MLT", "VN", null, null, null, new Manufacturer("Cty A", "Hà Nội", "0301234567", "8934563000004"));
        ProductRecord otherMaker = new ProductRecord(GTIN, null, null, List.of(), null, null, null, null, null, null, null,
                new Manufacturer("Cty B", "Đà Nẵng", null, "8934563000103"));

        RecordChunk out = normalizeInChunk(stagedBefore(master, false), otherMaker);

        assertThat(out.held()).as("what was sendable never goes back to waiting").isEmpty();
        assertThat(out.report().rejections()).extracting(Rejection::field).containsExactly("Manufacturer/TaxCode");
    }
}
