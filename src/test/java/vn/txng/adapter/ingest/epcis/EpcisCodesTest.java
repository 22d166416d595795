package vn.txng.adapter.ingest.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.identifier.IdentifierNormalizer;

/** The codes of EPCIS events, remembered in a bounded memo: the answers stay those of a fresh check. */
class EpcisCodesTest {

    private final EpcisCodes codes = new EpcisCodes(new IdentifierNormalizer());

    @Test
    void a_code_read_again_after_more_codes_than_the_memo_keeps_is_checked_as_the_first_time() {
        String place = "urn:epc:id:sgln:8934563.00010.0";
        String first = codes.read(place).value().toString();

        IntStream.range(0, EpcisCodes.MEMO_SIZE + 10).forEach(i -> codes.read("urn:epc:class:lgtin:8934563.012345.L" + i));

        assertThat(codes.read(place).value().toString()).isEqualTo(first).isEqualTo("(414)8934563000103");
        assertThat(codes.canonicalDigitalLink(place)).isEqualTo("https://id.gs1.org/414/8934563000103");
    }

    @Test
    void a_bad_code_read_twice_is_refused_twice_with_the_same_error() {
        String bad = "urn:epc:id:sgtin:8934563.012345"; // no serial

        assertThat(codes.read(bad).valid()).isFalse();
        assertThat(codes.read(bad).errors()).isEqualTo(new EpcisCodes(new IdentifierNormalizer()).read(bad).errors());
    }
}
