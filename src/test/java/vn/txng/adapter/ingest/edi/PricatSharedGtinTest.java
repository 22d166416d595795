package vn.txng.adapter.ingest.edi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.txng.adapter.model.ProductRecord;

/**
 * One GTIN in several lines of one PRICAT: lines that agree are one product, lines that disagree on a field the portal
 * carries are EDI_PRODUCT_CONFLICT, lines that differ only in what tells variants apart are one product with the
 * warning GTIN_SHARED, and a different price alone is neither.
 */
class PricatSharedGtinTest {

    private static final String GTIN = SharedGtinChecks.GTIN;
    private static final String NAME = "IMD+F++:::Fish sauce 40N";
    private static final String BRAND = "IMD+F+BRN+:::Huong Bien";
    private static final String CONTENT = "MEA+PD+AAX+MLT:500";

    /** A PRICAT D.01B interchange around {@code segments}: UNH is segment 1, BGM 2, so the first of them is segment 3. */
    static EdiFixtures.Read pricat(List<String> segments) {
        List<String> all = new ArrayList<>(List.of("UNH+1+PRICAT:D:01B:UN:EAN008", "BGM+9+PC-T+9"));
        all.addAll(segments);
        all.add("UNT+" + (all.size() + 1) + "+1");
        StringBuilder text = new StringBuilder("UNB+UNOC:3+8934563000004:14+8930000000001:14+261201:0900+000901'\n");
        all.forEach(segment -> text.append(segment).append("'\n"));
        return EdiFixtures.text(text.append("UNZ+1+000901'\n").toString());
    }

    /** A line for the GTIN: LIN, name, brand, net content, then {@code extra}; each of the three may be replaced. */
    private static List<String> line(int number, String name, String brand, String content, String... extra) {
        List<String> segments = new ArrayList<>(List.of("LIN+" + number + "++" + GTIN + ":SRV", name, brand, content));
        segments.addAll(List.of(extra));
        return segments;
    }

    private static EdiFixtures.Read twoLines(List<String> first, List<String> second) {
        return pricat(SharedGtinChecks.joined(first, second));
    }

    @Test
    void should_read_two_lines_that_agree_as_one_product_without_a_word() {
        SharedGtinChecks.oneProductWithoutAWord(twoLines(line(1, NAME, BRAND, CONTENT), line(2, NAME, BRAND, CONTENT)));
    }

    @Test
    void should_read_a_line_that_leaves_a_field_out_as_agreeing_and_keep_the_field_given() {
        EdiFixtures.Read read = twoLines(line(1, NAME, "FTX+AAA+++no brand here", CONTENT), line(2, NAME, BRAND, CONTENT));
        assertThat(read.products()).singleElement().extracting(ProductRecord::brand).isEqualTo("Huong Bien");
        assertThat(read.report().rejections()).isEmpty();
        assertThat(read.report().warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "name|IMD+F++:::Fish sauce 35N|IMD+F+BRN+:::Huong Bien|MEA+PD+AAX+MLT:500|IMD C273.7008|Fish sauce 40N|Fish sauce 35N",
        "brand|IMD+F++:::Fish sauce 40N|IMD+F+BRN+:::Phu Quoc Gold|MEA+PD+AAX+MLT:500|IMD C273.7008 (BRN)|Huong Bien|Phu Quoc Gold",
        "net content|IMD+F++:::Fish sauce 40N|IMD+F+BRN+:::Huong Bien|MEA+PD+AAX+MLT:750|MEA C174.6314|500|750",
        "unit|IMD+F++:::Fish sauce 40N|IMD+F+BRN+:::Huong Bien|MEA+PD+AAX+LTR:500|MEA C174.6411|MLT|LTR"})
    void should_reject_lines_of_one_gtin_that_disagree_on_a_portal_field_naming_both_lines_and_the_field(
            String what, String name, String brand, String content, String field, String first, String second) {
        SharedGtinChecks.conflict(twoLines(line(1, NAME, BRAND, CONTENT), line(2, name, brand, content)), field,
                "segment 7 LIN", what, first, second);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "supplier's item code|PIA+1+NM40-500:SA|PIA+1+NM40-1000:SA|NM40-500|NM40-1000",
        "buyer's item code|PIA+1+B-77:IN|PIA+1+B-78:IN|B-77|B-78",
        "colour|IMD+F+35+:::Red|IMD+F+35+:::Blue|Red|Blue",
        "size|IMD+F+98+:::Large|IMD+F+98+:::Small|Large|Small"})
    void should_read_lines_that_differ_only_in_what_tells_variants_apart_as_one_product_with_gtin_shared(
            String what, String firstSegment, String secondSegment, String first, String second) {
        SharedGtinChecks.sharedWarning(twoLines(line(1, NAME, BRAND, CONTENT, firstSegment),
                line(2, NAME, BRAND, CONTENT, secondSegment)), "segment 8 LIN", what, first, second);
    }

    @Test
    void should_read_lines_that_differ_only_in_price_as_one_product_without_a_word() {
        SharedGtinChecks.oneProductWithoutAWord(twoLines(line(1, NAME, BRAND, CONTENT, "PRI+AAA:25000"),
                line(2, NAME, BRAND, CONTENT, "PRI+AAA:27000")));
    }

    @Test
    void should_not_call_lines_one_product_when_a_later_line_conflicts_and_the_product_is_rejected() {
        List<String> all = new ArrayList<>(line(1, NAME, BRAND, CONTENT, "PIA+1+NM-R:SA"));
        all.addAll(line(2, NAME, BRAND, CONTENT, "PIA+1+NM-B:SA"));
        all.addAll(line(3, "IMD+F++:::Fish sauce 35N", BRAND, CONTENT));
        EdiFixtures.Read read = pricat(all);

        assertThat(read.products()).isEmpty();
        assertThat(read.report().rejections()).singleElement().asString().contains("EDI_PRODUCT_CONFLICT");
        assertThat(read.report().warnings()).noneSatisfy(w -> assertThat(w).contains("GTIN_SHARED"));
    }

    @Test
    void should_warn_once_per_later_line_when_three_lines_give_one_gtin_with_other_item_codes_colours_and_prices() {
        List<String> all = new ArrayList<>(line(1, NAME, BRAND, CONTENT, "PIA+1+NM-R:SA", "IMD+F+35+:::Red", "PRI+AAA:25000"));
        all.addAll(line(2, NAME, BRAND, CONTENT, "PIA+1+NM-B:SA", "IMD+F+35+:::Blue", "PRI+AAA:26000"));
        all.addAll(line(3, NAME, BRAND, CONTENT, "PIA+1+NM-G:SA", "IMD+F+35+:::Green", "PRI+AAA:27000"));
        EdiFixtures.Read read = pricat(all);
        assertThat(read.products()).hasSize(1);
        assertThat(read.report().warnings()).hasSize(2).allSatisfy(w -> assertThat(w).contains("GTIN_SHARED")
                .contains("supplier's item code").contains("colour"));
    }

    @Test
    void should_keep_lines_of_different_gtins_apart_whatever_they_say() {
        List<String> all = new ArrayList<>(line(1, NAME, BRAND, CONTENT));
        all.addAll(List.of("LIN+2++8934563123468:SRV", "IMD+F++:::Green tea bags", "MEA+PD+AAA+GRM:50"));
        EdiFixtures.Read read = pricat(all);
        assertThat(read.products()).extracting(ProductRecord::gtin).containsExactly(GTIN, "8934563123468");
        assertThat(read.report().warnings()).isEmpty();
    }

    @Test
    void should_keep_lines_without_a_gtin_apart_for_each_to_be_reported() {
        EdiFixtures.Read read = pricat(List.of("LIN+1", "IMD+F++:::Fish sauce 40N", "LIN+2", "IMD+F++:::Green tea bags"));
        assertThat(read.products()).extracting(ProductRecord::name).containsExactly("Fish sauce 40N", "Green tea bags");
        assertThat(read.report().rejections()).isEmpty();
    }
}
