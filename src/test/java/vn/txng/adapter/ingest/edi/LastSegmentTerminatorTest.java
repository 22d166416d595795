package vn.txng.adapter.ingest.edi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.Rejection;

/** A file whose last segment lacks its terminator is read with a warning, so its real faults show. */
class LastSegmentTerminatorTest {

    private static final String GOOD = EdiFixtures.desadv("LIN+1++8934563123451:SRV", "QTY+12:100:PCE", "GIN+BX+L1");

    /** An 856 with the line break as segment terminator (the ISA's last character), control number 000003438. */
    private static String shipNotice(String iea) {
        return "ISA*00*          *00*          *ZZ*8934563000004  *ZZ*8930000000001  *261121*2300*U*00401*000003438*0*P*>\n"
                + "GS*SH*8934563000004*8930000000001*20261121*2300*1*X*004010\nST*856*0001\nBSN*00*SHP-2611*20261121*2300\n"
                + "HL*1**S\nHL*2*1*I\nLIN**UK*08934563123451*LT*L2609-15A\nSN1**12000*EA\nDTM*036*20280915\nCTT*1\n"
                + "SE*9*0001\nGE*1*1\n" + iea;
    }

    private static EdiFixtures.Read x12(String text) {
        return EdiFixtures.bytes(text.getBytes(StandardCharsets.ISO_8859_1), true, null);
    }

    @Test
    void should_read_an_x12_file_whose_iea_ends_without_its_line_break_terminator_with_a_warning() {
        EdiFixtures.Read read = x12(shipNotice("IEA*1*000003438"));

        assertThat(read.failure()).isNull();
        assertThat(read.report().rejections()).isEmpty();
        assertThat(read.lots()).extracting(LotRecord::lotNumber).containsExactly("L2609-15A");
        assertThat(terminatorWarnings(read)).singleElement().asString()
                .contains("EDI_LAST_TERMINATOR_MISSING", "IEA", "the line break");
    }

    @Test
    void should_report_the_iea_control_number_that_differs_when_the_iea_also_lacks_its_terminator() {
        EdiFixtures.Read read = x12(shipNotice("IEA*1*000000049"));

        assertThat(read.failure()).isNull();
        assertThat(read.report().rejections()).extracting(Rejection::code).containsExactly("EDI_REFERENCE_MISMATCH");
        assertThat(read.report().rejections().get(0).message()).contains("000000049");
        assertThat(terminatorWarnings(read)).singleElement().asString().contains("EDI_LAST_TERMINATOR_MISSING");
    }

    @Test
    void should_read_an_x12_file_ending_with_its_terminator_without_a_warning() {
        EdiFixtures.Read read = x12(shipNotice("IEA*1*000003438\n"));

        assertThat(read.failure()).isNull();
        assertThat(terminatorWarnings(read)).isEmpty();
    }

    @Test
    void should_read_an_x12_file_whose_iea_lacks_its_tilde_before_a_final_line_break() {
        String tilde = shipNotice("IEA*1*000003438").replace("P*>\n", "P*>~").replace("\n", "~\n") + "\n";

        EdiFixtures.Read read = x12(tilde);

        assertThat(read.failure()).isNull();
        assertThat(read.lots()).hasSize(1);
        assertThat(terminatorWarnings(read)).singleElement().asString().contains("EDI_LAST_TERMINATOR_MISSING", "'~'");
    }

    @Test
    void should_add_no_terminator_to_an_eancom_file_ending_with_a_dos_end_of_file_byte_after_its_unz() {
        EdiFixtures.Read read = EdiFixtures.text(GOOD + "\u001A");

        assertThat(terminatorWarnings(read)).noneSatisfy(w -> assertThat(w.toString()).contains("EDI_LAST_TERMINATOR_MISSING"));
        assertThat(read.lots()).extracting(LotRecord::lotNumber).containsExactly("L1");
    }

    @Test
    void should_read_an_eancom_file_whose_unz_ends_without_its_apostrophe_with_a_warning() {
        EdiFixtures.Read read = EdiFixtures.text(GOOD.replace("UNZ+1+000900'\n", "UNZ+1+000900"));

        assertThat(read.failure()).isNull();
        assertThat(read.lots()).extracting(LotRecord::lotNumber).containsExactly("L1");
        assertThat(terminatorWarnings(read)).singleElement().asString().contains("EDI_LAST_TERMINATOR_MISSING", "UNZ", "'''");
    }

    @Test
    void should_read_an_eancom_file_whose_unz_lacks_its_apostrophe_before_a_final_line_break() {
        EdiFixtures.Read read = EdiFixtures.text(GOOD.replace("UNZ+1+000900'\n", "UNZ+1+000900\r\n"));

        assertThat(read.failure()).isNull();
        assertThat(read.lots()).hasSize(1);
        assertThat(terminatorWarnings(read)).hasSize(1);
    }

    @Test
    void should_report_the_unz_reference_that_differs_when_the_unz_also_lacks_its_terminator() {
        EdiFixtures.Read read = EdiFixtures.text(GOOD.replace("UNZ+1+000900'\n", "UNZ+1+000049"));

        assertThat(read.failure()).isNull();
        assertThat(read.report().rejections()).extracting(Rejection::code).containsExactly("EDI_REFERENCE_MISMATCH");
        assertThat(terminatorWarnings(read)).singleElement().asString().contains("EDI_LAST_TERMINATOR_MISSING");
    }

    @Test
    void should_still_fail_an_eancom_file_that_ends_without_its_unz() {
        EdiFixtures.Read read = EdiFixtures.text(GOOD.replace("UNZ+1+000900'\n", ""));

        assertThat(read.failure().code()).isEqualTo("EDI_UNB_NOT_CLOSED");
        assertThat(terminatorWarnings(read)).isEmpty();
    }

    @Test
    void should_still_fail_an_eancom_file_that_breaks_off_inside_a_message() {
        String cut = GOOD.substring(0, GOOD.indexOf("GIN+BX+L1") + "GIN+BX".length());

        EdiFixtures.Read read = EdiFixtures.text(cut);

        assertThat(read.failure().code()).isEqualTo("EDI_TRUNCATED");
    }

    /** The file's warnings but a despatch advice's EDI_NO_EVENT: these fixtures name no destination, which is not at issue here. */
    private static java.util.List<String> terminatorWarnings(EdiFixtures.Read read) {
        return read.report().warnings().stream().filter(w -> !w.contains("EDI_NO_EVENT")).toList();
    }
}
