package vn.txng.adapter.ingest.edi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.model.LotRecord;

/** A segment without its terminator gives one error naming the likely cause and where, not one per later segment. */
class SegmentTerminatorTest {

    private static final String LINE = "LIN+1++8934563123451:SRV'\nQTY+12:100:PCE'\nGIN+BX+L1'\n";

    private static String message(String ref, String batch) {
        return "UNH+" + ref + "+DESADV:D:01B:UN:EAN007'\nBGM+351+D" + ref + "+9'\nNAD+SF+8934563000103::9'\nCPS+1'\n"
                + LINE.replace("L1", batch) + "UNT+8+" + ref + "'\n";
    }

    private static final String UNB = "UNB+UNOW:3+8934563000004:14+8930000000001:14+261121:2300+000901";

    private static EdiFixtures.Read readUtf8(String text) {
        return EdiFixtures.bytes(text.getBytes(StandardCharsets.UTF_8), false, null);
    }

    @Test
    void should_name_a_typographic_apostrophe_after_unb_once_with_its_offset() {
        EdiFixtures.Read read = readUtf8(UNB + "’\n" + message("1", "L1") + "UNZ+1+000901'\n");

        assertThat(read.failure()).isNotNull();
        assertThat(read.failure().code()).isEqualTo("EDI_SEGMENT_TERMINATOR");
        assertThat(read.failure().getMessage()).contains("byte " + UNB.length(), "U+2019", "'''");
        assertThat(read.report().rejections()).isEmpty();
        assertThat(read.records()).isEmpty();
    }

    @Test
    void should_name_a_missing_terminator_after_unb_once_with_its_offset() {
        EdiFixtures.Read read = readUtf8(UNB + "\n" + message("1", "L1") + "UNZ+1+000901'\n");

        assertThat(read.failure().code()).isEqualTo("EDI_SEGMENT_TERMINATOR");
        assertThat(read.failure().getMessage()).contains("byte " + UNB.length(), "no terminator ''' before its line break");
        assertThat(read.report().rejections()).isEmpty();
    }

    @Test
    void should_name_a_typographic_apostrophe_in_a_file_without_line_breaks() {
        String text = (UNB + "’" + message("1", "L1") + "UNZ+1+000901'").replace("\n", "");

        EdiFixtures.Read read = readUtf8(text);

        assertThat(read.failure().code()).isEqualTo("EDI_SEGMENT_TERMINATOR");
        assertThat(read.failure().getMessage()).contains("byte " + UNB.length());
    }

    @Test
    void should_name_a_backtick_typed_for_the_terminator() {
        EdiFixtures.Read read = readUtf8(UNB + "'\n" + message("1", "L1").replace("QTY+12:100:PCE'", "QTY+12:100:PCE`")
                + "UNZ+1+000901'\n");

        assertThat(read.failure().code()).isEqualTo("EDI_SEGMENT_TERMINATOR");
        assertThat(read.failure().getMessage()).contains("backtick");
    }

    @Test
    void should_keep_the_messages_before_a_wrong_terminator_and_reject_the_one_it_breaks() {
        String broken = message("2", "L2").replace("GIN+BX+L2'", "GIN+BX+L2’");

        EdiFixtures.Read read = readUtf8(UNB + "'\n" + message("1", "L1") + broken + "UNZ+2+000901'\n");

        assertThat(read.lots()).extracting(LotRecord::lotNumber).containsExactly("L1");
        assertThat(read.failure().code()).isEqualTo("EDI_SEGMENT_TERMINATOR");
        assertThat(read.report().rejections()).extracting(r -> r.code()).containsExactly("EDI_SEGMENT_TERMINATOR");
    }

    @Test
    void should_still_report_an_earlier_messages_own_fault_before_a_wrong_terminator_further_on() {
        String countWrong = message("1", "L1").replace("UNT+8+1'", "UNT+9+1'");
        String broken = message("3", "L3").replace("GIN+BX+L3'", "GIN+BX+L3’");

        EdiFixtures.Read read = readUtf8(UNB + "'\n" + countWrong + message("2", "L2") + broken + "UNZ+3+000901'\n");

        assertThat(read.lots()).extracting(LotRecord::lotNumber).containsExactly("L2");
        assertThat(read.report().rejections()).extracting(r -> r.code())
                .containsExactly("EDI_UNT_COUNT", "EDI_SEGMENT_TERMINATOR");
    }

    @Test
    void should_read_a_file_with_crlf_line_breaks_after_each_terminator() {
        String text = (UNB + "'\n" + message("1", "L1") + "UNZ+1+000901'\n").replace("\n", "\r\n");

        EdiFixtures.Read read = readUtf8(text);

        assertThat(read.failure()).isNull();
        assertThat(read.lots()).hasSize(1);
    }

    @Test
    void should_read_an_escaped_apostrophe_and_a_typographic_one_inside_a_value() {
        String text = UNB + "'\n" + message("1", "L?'1’A") + "UNZ+1+000901'\n";

        EdiFixtures.Read read = readUtf8(text);

        assertThat(read.failure()).isNull();
        assertThat(read.lots()).extracting(LotRecord::lotNumber).containsExactly("L'1’A");
    }

    @Test
    void should_name_a_wrong_terminator_of_an_x12_segment() {
        String isa = "ISA*00*          *00*          *ZZ*8934563000004  *ZZ*8930000000001  *261121*2300*U*00401*000000905*0*P*>~";
        String text = isa + "\nGS*SH*8934563000004*8930000000001*20261121*2300*905*X*004010~\nST*856*0001’\nBSN*00*S1*20261121*2300~\n";

        EdiFixtures.Read read = EdiFixtures.bytes(text.getBytes(StandardCharsets.UTF_8), true, null);

        assertThat(read.failure().code()).isEqualTo("EDI_SEGMENT_TERMINATOR");
        assertThat(read.failure().getMessage()).contains("'~'");
    }
}
