package vn.txng.adapter.ingest.edi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.txng.adapter.model.ProductRecord;

/** What the tests of one GTIN in several catalogue lines (PRICAT, 832) build and expect alike. */
final class SharedGtinChecks {

    static final String GTIN = "8934563123451";

    private SharedGtinChecks() {
    }

    /** An X12 interchange (GS01 {@code group}, ISA13 {@code control}) around one transaction set, one segment a line. */
    static EdiFixtures.Read x12(String group, String control, List<String> set) {
        StringBuilder text = new StringBuilder("ISA*00*          *00*          *ZZ*8934563000004  *ZZ*8930000000001  "
                + "*261201*0900*U*00401*" + control + "*0*P*>~\nGS*" + group
                + "*8934563000004*8930000000001*20261201*0900*1*X*004010~\n");
        set.forEach(segment -> text.append(segment).append("~\n"));
        text.append("GE*1*1~\nIEA*1*").append(control).append("~\n");
        return EdiFixtures.bytes(text.toString().getBytes(StandardCharsets.ISO_8859_1), true, null);
    }

    static List<String> joined(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** One product of the GTIN, no rejection, no warning. */
    static void oneProductWithoutAWord(EdiFixtures.Read read) {
        assertThat(read.products()).extracting(ProductRecord::gtin).containsExactly(GTIN);
        assertThat(read.report().rejections()).isEmpty();
        assertThat(read.report().warnings()).isEmpty();
    }

    /** No product; one EDI_PRODUCT_CONFLICT at the later line, naming both lines, the field and both values. */
    static void conflict(EdiFixtures.Read read, String field, String laterLine, String what, String first, String second) {
        assertThat(read.products()).isEmpty();
        assertThat(read.report().rejections()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("EDI_PRODUCT_CONFLICT");
            assertThat(problem.field()).isEqualTo(field);
            assertThat(problem.position().locator()).endsWith(laterLine);
            assertThat(problem.message()).contains("GTIN " + GTIN).contains("segment 3 LIN").contains(laterLine)
                    .contains(what).contains(first).contains(second);
        });
    }

    /** One product named by the first line's name, no rejection, one GTIN_SHARED warning naming the first line and what differs. */
    static void sharedWarning(EdiFixtures.Read read, String... named) {
        assertThat(read.report().rejections()).isEmpty();
        assertThat(read.products()).singleElement().satisfies(product -> {
            assertThat(product.name()).isEqualTo("Fish sauce 40N");
            assertThat(product.description()).isNull();
        });
        assertThat(read.report().warnings()).singleElement().asString().contains("GTIN_SHARED").contains("GTIN " + GTIN)
                .contains("segment 3 LIN").contains(named);
    }
}
