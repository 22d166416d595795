package vn.txng.adapter.ingest.edi;


import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One GTIN in several LIN loops of one X12 832, read as PricatSharedGtinTest reads them in a PRICAT. */
class X12CatalogSharedGtinTest {

    private static final String GTIN = SharedGtinChecks.GTIN;
    private static final String NAME = "PID*F*08***Fish sauce 40N";
    private static final String BRAND = "PID*F*TRN***Huong Bien";
    private static final String CONTENT = "MEA*PD*VOL*500*ML";

    /** An 832 around {@code segments}: ST is segment 1, BCT 2, so the first of them is segment 3. */
    private static EdiFixtures.Read catalog(List<String> segments) {
        List<String> set = new ArrayList<>(List.of("ST*832*0001", "BCT*PC*CAT-2612"));
        set.addAll(segments);
        set.add("SE*" + (set.size() + 1) + "*0001");
        return SharedGtinChecks.x12("SC", "000000701", set);
    }

    /** An item: LIN (with {@code linIds} after the GTIN), name, brand, net content, then {@code extra}. */
    private static List<String> item(int number, String linIds, String name, String brand, String content, String... extra) {
        List<String> segments = new ArrayList<>(List.of("LIN*" + number + "*EN*" + GTIN + linIds, name, brand, content));
        segments.addAll(List.of(extra));
        return segments;
    }

    private static EdiFixtures.Read twoItems(List<String> first, List<String> second) {
        return catalog(SharedGtinChecks.joined(first, second));
    }

    @Test
    void should_read_two_items_that_agree_as_one_product_without_a_word() {
        SharedGtinChecks.oneProductWithoutAWord(twoItems(item(1, "", NAME, BRAND, CONTENT), item(2, "", NAME, BRAND, CONTENT)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "name|PID*F*08***Fish sauce 35N|PID*F*TRN***Huong Bien|MEA*PD*VOL*500*ML|PID05|Fish sauce 40N|Fish sauce 35N",
        "brand|PID*F*08***Fish sauce 40N|PID*F*TRN***Phu Quoc Gold|MEA*PD*VOL*500*ML|PID05 (TRN)|Huong Bien|Phu Quoc Gold",
        "net content|PID*F*08***Fish sauce 40N|PID*F*TRN***Huong Bien|MEA*PD*VOL*750*ML|MEA03|500|750",
        "unit|PID*F*08***Fish sauce 40N|PID*F*TRN***Huong Bien|MEA*PD*VOL*500*LT|MEA04|MLT|LTR"})
    void should_reject_items_of_one_gtin_that_disagree_on_a_portal_field_naming_both_items_and_the_field(
            String what, String name, String brand, String content, String field, String first, String second) {
        SharedGtinChecks.conflict(twoItems(item(1, "", NAME, BRAND, CONTENT), item(2, "", name, brand, content)), field,
                "segment 7 LIN", what, first, second);
    }

    /** A row's LIN ids or segment, "-" where it gives none. */
    private static String given(String value) {
        return "-".equals(value) ? "" : value;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "supplier's item code|*VN*X1|*VN*X2|-|-",
        "buyer's item code|*IN*B-77|*IN*B-78|-|-",
        "colour|-|-|PID*F*73***Red|PID*F*73***Blue",
        "size|-|-|PID*F*74***Large|PID*F*74***Small"})
    void should_read_items_that_differ_only_in_what_tells_variants_apart_as_one_product_with_gtin_shared(
            String what, String firstIds, String secondIds, String firstSegment, String secondSegment) {
        List<String> first = item(1, given(firstIds), NAME, BRAND, CONTENT);
        List<String> second = item(2, given(secondIds), NAME, BRAND, CONTENT);
        if (!given(firstSegment).isEmpty()) {
            first.add(firstSegment);
            second.add(secondSegment);
        }
        SharedGtinChecks.sharedWarning(twoItems(first, second), what);
    }

    @Test
    void should_read_items_that_differ_only_in_price_as_one_product_without_a_word() {
        SharedGtinChecks.oneProductWithoutAWord(twoItems(item(1, "", NAME, BRAND, CONTENT, "CTP**RES*25000"),
                item(2, "", NAME, BRAND, CONTENT, "CTP**RES*27000")));
    }
}
