package vn.txng.adapter.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GtinPrefixTest {
    private final IdentifierNormalizer normalizer = new IdentifierNormalizer();

    @Test
    void should_classify_893_as_gs1_vietnam() {
        GtinPrefix prefix = IdentifierNormalizer.gtinPrefix("08933481001063");

        assertThat(prefix.kind()).isEqualTo(GtinKind.MEMBER_ORGANISATION);
        assertThat(prefix.allocatedTo()).isEqualTo("GS1 Vietnam");
        assertThat(prefix.prefix()).isEqualTo("893");
    }

    @ParameterizedTest
    @CsvSource({"9789604560219, ISBN", "9771234567003, ISSN", "9520000000004, DEMO", "9912345678909, COUPON",
            "9801234567892, REFUND_RECEIPT", "0212345678909, RESTRICTED_CIRCULATION",
            "0412345678903, RESTRICTED_CIRCULATION", "2001234567893, RESTRICTED_CIRCULATION",
            "2991234567897, RESTRICTED_CIRCULATION", "4977564000417, MEMBER_ORGANISATION",
            "8941542370218, RESERVED"})
    void should_classify_gtin_13_by_its_prefix(String gtin13, GtinKind kind) {
        assertThat(IdentifierNormalizer.gtinPrefix("0" + gtin13).kind()).isEqualTo(kind);
    }

    @Test
    void should_classify_a_gtin_8_by_its_own_prefix() {
        assertThat(IdentifierNormalizer.gtinPrefix("00000089312346").allocatedTo()).isEqualTo("GS1 Vietnam");
    }

    @Test
    void should_classify_gtin_8_starting_with_0_or_2_as_restricted_circulation() {
        assertThat(IdentifierNormalizer.gtinPrefix("00000021234569").kind()).isEqualTo(GtinKind.RESTRICTED_CIRCULATION);
        assertThat(IdentifierNormalizer.gtinPrefix("00000001234565").kind()).isEqualTo(GtinKind.RESTRICTED_CIRCULATION);
    }

    @Test
    void should_reject_restricted_circulation_gtin_as_not_accepted_by_the_portal() {
        Checked<String> checked = normalizer.gtin("2001234567893");

        assertThat(checked.valid()).isFalse();
        assertThat(checked.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("RESTRICTED_CIRCULATION");
            assertThat(e.message()).contains("not accepted by the portal");
        });
    }

    @Test
    void should_accept_demo_gtin_with_a_warning() {
        Checked<String> checked = normalizer.gtin("9520000000004");

        assertThat(checked.valid()).isTrue();
        assertThat(checked.warnings()).extracting(IdentifierError::code).containsExactly("DEMO_PREFIX");
    }

    @Test
    void should_accept_an_isbn_without_warning() {
        assertThat(normalizer.gtin("9789604560219").warnings()).isEmpty();
    }
}
