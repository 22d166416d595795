package vn.txng.adapter.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlnTest {
    private final IdentifierNormalizer normalizer = new IdentifierNormalizer();

    @Test
    void should_accept_gln_with_correct_check_digit() {
        assertThat(normalizer.gln("8934563000004").value()).isEqualTo("8934563000004");
    }

    @Test
    void should_trim_spaces_around_gln() {
        assertThat(normalizer.gln(" 8934563000004 ").value()).isEqualTo("8934563000004");
    }

    @Test
    void should_reject_gln_with_wrong_check_digit() {
        Checked<String> checked = normalizer.gln("8934563000005");

        assertThat(checked.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("BAD_CHECK_DIGIT");
            assertThat(e.position()).isEqualTo(12);
            assertThat(e.message()).startsWith("GLN (GS1 AI 414)").contains("is 5 but should be 4 (GS1 mod-10)");
        });
    }

    @Test
    void should_reject_gln_of_12_digits() {
        assertThat(normalizer.gln("893456300000").errors()).extracting(IdentifierError::code)
                .containsExactly("BAD_LENGTH");
    }

    @Test
    void should_reject_gln_with_a_letter() {
        assertThat(normalizer.gln("89345630000A4").errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("NOT_NUMERIC");
            assertThat(e.position()).isEqualTo(11);
        });
    }

    @Test
    void should_reject_empty_gln() {
        assertThat(normalizer.gln("").errors()).extracting(IdentifierError::code).containsExactly("EMPTY");
    }
}
