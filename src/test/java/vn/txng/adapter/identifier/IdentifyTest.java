package vn.txng.adapter.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifyTest {
    private final IdentifierNormalizer normalizer = new IdentifierNormalizer();

    @Test
    void should_read_bare_digits_as_a_gtin() {
        Identified id = normalizer.identify(" 8933481001063 ");

        assertThat(id.kind()).isEqualTo("GTIN");
        assertThat(id.normalized()).isEqualTo("08933481001063");
    }

    @Test
    void should_recognise_a_gln_by_its_ai() {
        Identified id = normalizer.identify("(414) 8934563000004");

        assertThat(id.kind()).isEqualTo("GLN");
        assertThat(id.normalized()).isEqualTo("(414)8934563000004");
    }

    @Test
    void should_recognise_an_sscc_by_its_ai() {
        assertThat(normalizer.identify("(00)106141411234567897").kind()).isEqualTo("SSCC");
    }

    @Test
    void should_read_a_25t_scan_as_uii() {
        Identified id = normalizer.identify("]C025TLA5060220000012005101312345");

        assertThat(id.kind()).isEqualTo("UII_25T");
        assertThat(id.normalized()).isEqualTo("LA5060220000012005101312345");
    }

    @Test
    void should_call_a_lower_case_25t_a_uii_with_a_lower_case_error() {
        Identified id = normalizer.identify("25tla50602");
        assertThat(id.kind()).isEqualTo("UII_25T");
        assertThat(id.errors()).extracting(IdentifierError::code).containsExactly("LOWER_CASE");
    }

    @Test
    void should_give_the_bracketed_form_and_ais_of_a_digital_link() {
        Identified id = normalizer.identify("https://id.gs1.org/01/09506000134352/10/ABC123?17=261231");

        assertThat(id.kind()).isEqualTo("GS1");
        assertThat(id.normalized()).isEqualTo("(01)09506000134352(10)ABC123(17)261231");
        assertThat(id.ais()).containsKeys("01", "10", "17");
    }

    @Test
    void should_report_an_invalid_value_without_normal_form() {
        Identified id = normalizer.identify("8933481001064");

        assertThat(id.valid()).isFalse();
        assertThat(id.normalized()).isNull();
    }

    @Test
    void should_read_a_bare_identifier_that_starts_with_a_letter_as_uii() {
        Identified id = normalizer.identify("LA5060220000012005101312345");

        assertThat(id.kind()).isEqualTo("UII_25T");
        assertThat(id.valid()).isTrue();
    }

    @Test
    void should_still_call_a_gln_with_a_wrong_check_digit_a_gln() {
        Identified id = normalizer.identify("(414)8934563000005");

        assertThat(id.kind()).isEqualTo("GLN");
        assertThat(id.errors()).extracting(IdentifierError::code).containsExactly("BAD_CHECK_DIGIT");
    }

    @Test
    void should_reject_a_space_inside_a_value_with_its_position() {
        Identified id = normalizer.identify("893348 1001063");

        assertThat(id.kind()).isEqualTo("GTIN");
        assertThat(id.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("SPACE_IN_VALUE");
            assertThat(e.position()).isEqualTo(6);
        });
    }

    @Test
    void should_accept_spaces_around_the_brackets_of_the_bracketed_form() {
        Identified id = normalizer.identify("(01) 08934563123451 (10) LOT42");

        assertThat(id.valid()).isTrue();
        assertThat(id.normalized()).isEqualTo("(01)08934563123451(10)LOT42");
    }

    @Test
    void should_reject_a_space_inside_a_digital_link() {
        Identified id = normalizer.identify("https://id.gs1.org/01/09506000134352?linkType=gs1:pip x");

        assertThat(id.errors()).extracting(IdentifierError::code).containsExactly("SPACE_IN_VALUE");
    }

    @Test
    void should_report_an_empty_value_as_invalid() {
        assertThat(normalizer.identify("").valid()).isFalse();
    }
}
