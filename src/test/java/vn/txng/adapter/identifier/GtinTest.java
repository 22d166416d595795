package vn.txng.adapter.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GtinTest {
    private final IdentifierNormalizer normalizer = new IdentifierNormalizer();

    @Test
    void should_compute_check_digit_3_for_the_vietnamese_worked_example() {
        assertThat(CheckDigit.mod10("893348100106", 0, 12)).isEqualTo(3);
    }

    @Test
    void should_compute_check_digit_8_not_the_faq_seeds_9_for_894154237021() {
        assertThat(CheckDigit.mod10("894154237021", 0, 12)).isEqualTo(8);
    }

    @ParameterizedTest
    @CsvSource({"8933481001063, 08933481001063", "4977564000417, 04977564000417", "8941542370218, 08941542370218"})
    void should_accept_the_seed_vectors_as_gtin_13(String gtin, String normal) {
        Checked<String> checked = normalizer.gtin(gtin);

        assertThat(checked.valid()).isTrue();
        assertThat(checked.value()).isEqualTo(normal);
    }

    @ParameterizedTest
    @CsvSource({"96385074, 00000096385074", "036000291452, 00036000291452", "8934563123451, 08934563123451",
            "18934563123458, 18934563123458"})
    void should_normalise_gtin_8_12_13_and_14_to_14_digits(String gtin, String normal) {
        assertThat(normalizer.gtin(gtin).value()).isEqualTo(normal);
    }

    @Test
    void should_trim_surrounding_spaces() {
        assertThat(normalizer.gtin("  8933481001063 ").value()).isEqualTo("08933481001063");
    }

    @Test
    void should_reject_gtin_with_wrong_check_digit() {
        Checked<String> checked = normalizer.gtin("8933481001064");

        assertThat(checked.valid()).isFalse();
        assertThat(checked.value()).isNull();
        assertThat(checked.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("BAD_CHECK_DIGIT");
            assertThat(e.position()).isEqualTo(12);
            assertThat(e.message()).isEqualTo("GTIN check digit is 4 but should be 3 (GS1 mod-10)");
        });
    }

    @Test
    void should_report_check_digit_position_in_the_raw_input_when_spaces_were_trimmed() {
        assertThat(normalizer.gtin("  8933481001064").errors().get(0).position()).isEqualTo(14);
    }

    @Test
    void should_reject_gtin_with_a_letter_at_its_position() {
        Checked<String> checked = normalizer.gtin("89334810O1063");

        assertThat(checked.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("NOT_NUMERIC");
            assertThat(e.position()).isEqualTo(8);
        });
    }

    @ParameterizedTest
    @CsvSource({"1234567", "123456789", "12345678901", "123456789012345"})
    void should_reject_gtin_of_a_length_other_than_8_12_13_14(String raw) {
        assertThat(normalizer.gtin(raw).errors()).extracting(IdentifierError::code).containsExactly("BAD_LENGTH");
    }

    @Test
    void should_reject_empty_gtin() {
        assertThat(normalizer.gtin("").errors()).extracting(IdentifierError::code).containsExactly("EMPTY");
        assertThat(normalizer.gtin("   ").errors()).extracting(IdentifierError::code).containsExactly("EMPTY");
        assertThat(normalizer.gtin(null).errors()).extracting(IdentifierError::code).containsExactly("EMPTY");
    }

    @Test
    void should_reject_a_space_inside_a_gtin() {
        assertThat(normalizer.gtin("893348 1001063").errors()).extracting(IdentifierError::code)
                .containsExactly("NOT_NUMERIC");
    }

    @Test
    void should_catch_every_single_digit_substitution_in_a_valid_gtin_13() {
        String valid = "8933481001063";
        for (int i = 0; i < valid.length(); i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d != valid.charAt(i)) {
                    String changed = valid.substring(0, i) + d + valid.substring(i + 1);
                    assertThat(Gtin.isValid(changed)).as(changed).isFalse();
                }
            }
        }
    }

    @Test
    void should_catch_every_adjacent_transposition_of_digits_differing_by_other_than_5() {
        for (String valid : new String[] {"8933481001063", "4977564000417", "8941542370218", "5901234123457"}) {
            for (int i = 0; i + 1 < valid.length(); i++) {
                char a = valid.charAt(i);
                char b = valid.charAt(i + 1);
                if (a != b && Math.abs(a - b) != 5) {
                    String swapped = valid.substring(0, i) + b + a + valid.substring(i + 2);
                    assertThat(Gtin.isValid(swapped)).as(swapped).isFalse();
                }
            }
        }
    }

    @Test
    void should_catch_every_adjacent_transposition_over_all_digit_pairs() {
        for (char a = '0'; a <= '9'; a++) {
            for (char b = '0'; b <= '9'; b++) {
                if (a == b || Math.abs(a - b) == 5) {
                    continue;
                }
                String body = "89334810010" + a + b; // 13 digits: check the swap at positions 11-12 of the data
                String base = body.substring(1);
                String valid = base + CheckDigit.mod10(base, 0, 12);
                String swapped = base.substring(0, 10) + b + a + valid.charAt(12);
                assertThat(Gtin.isValid(swapped)).as(swapped).isFalse();
            }
        }
    }

    @Test
    void should_accept_valid_gtin_without_trimming_on_the_allocation_free_path() {
        assertThat(IdentifierNormalizer.isValidGtin("8933481001063")).isTrue();
        assertThat(IdentifierNormalizer.isValidGtin(new StringBuilder("08933481001063"))).isTrue();
        assertThat(IdentifierNormalizer.isValidGtin(" 8933481001063")).isFalse();
    }
}
