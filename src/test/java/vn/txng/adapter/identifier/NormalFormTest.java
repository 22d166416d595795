package vn.txng.adapter.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The normal form of what the identifiers command and the scan fields read (GS1 Barcode Syntax Engine, defaults). */
class NormalFormTest {
    private final IdentifierNormalizer normalizer = new IdentifierNormalizer();

    @Test
    void should_normalise_a_bracketed_sscc_alone_to_its_bracketed_form() {
        Identified id = normalizer.identify("(00)106141411234567897");

        assertThat(id.kind()).isEqualTo("SSCC");
        assertThat(id.normalized()).isEqualTo("(00)106141411234567897");
    }

    @Test
    void should_normalise_an_unbracketed_sscc_alone_to_its_bracketed_form() {
        assertThat(normalizer.identify("00106141411234567897").normalized()).isEqualTo("(00)106141411234567897");
    }

    @Test
    void should_normalise_a_digital_link_of_a_gln_to_its_bracketed_form() {
        Identified id = normalizer.identify("https://id.gs1.org/414/9520123456788");

        assertThat(id.kind()).isEqualTo("GLN");
        assertThat(id.normalized()).isEqualTo("(414)9520123456788");
    }

    @Test
    void should_normalise_a_bracketed_gtin_alone_to_its_bracketed_form() {
        assertThat(normalizer.identify("(01)09506000134352").normalized()).isEqualTo("(01)09506000134352");
    }

    @Test
    void should_normalise_a_bare_gtin_to_its_14_digits() {
        Identified id = normalizer.identify("8934563123451");

        assertThat(id.kind()).isEqualTo("GTIN");
        assertThat(id.normalized()).isEqualTo("08934563123451");
    }

    @Test
    void should_keep_a_repeated_identical_ai_in_its_place() {
        Identified id = normalizer.identify("(01)09506000134352(10)A1(10)A1");

        assertThat(id.valid()).isTrue();
        assertThat(id.normalized()).isEqualTo("(01)09506000134352(10)A1(10)A1");
        assertThat(id.warnings()).isEmpty();
    }

    @Test
    void should_keep_a_repeated_identical_ai_of_a_scan_in_its_place() {
        Checked<ElementString> checked = normalizer.elementString("]d20109506000134352" + "10A1\u001D" + "17281231" + "10A1");

        assertThat(checked.value().bracketed()).isEqualTo("(01)09506000134352(10)A1(17)281231(10)A1");
    }

    @Test
    void should_call_a_gtin_repeated_alone_a_gs1_element_string_not_a_bare_key() {
        Identified id = normalizer.identify("(00)106141411234567897(00)106141411234567897");

        assertThat(id.kind()).isEqualTo("GS1");
        assertThat(id.normalized()).isEqualTo("(00)106141411234567897(00)106141411234567897");
    }

    @Test
    void should_still_reject_one_ai_with_two_different_values() {
        assertThat(normalizer.identify("(01)09506000134352(10)A1(10)A2").errors())
                .extracting(IdentifierError::code).containsExactly("DUPLICATE_AI");
    }

    @Test
    void should_read_an_unescaped_bracket_in_a_value_as_the_start_of_an_ai() {
        Checked<ElementString> checked = normalizer.elementString("(21)AB(CD");

        assertThat(checked.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("BAD_SYNTAX");
            assertThat(e.position()).isEqualTo(6);
            assertThat(e.message()).contains("\\(");
        });
    }

    @Test
    void should_reject_an_unescaped_bracket_after_a_complete_key() {
        assertThat(normalizer.elementString("(01)09506000134352(21)AB(CD").errors())
                .extracting(IdentifierError::code, IdentifierError::position).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("BAD_SYNTAX", 24));
    }

    @Test
    void should_read_an_escaped_bracket_as_data_and_escape_it_again_in_the_normal_form() {
        Checked<ElementString> checked = normalizer.elementString("(01)09506000134352(21)AB\\(CD");

        assertThat(checked.value().get("21")).isEqualTo("AB(CD");
        assertThat(checked.value().bracketed()).isEqualTo("(01)09506000134352(21)AB\\(CD");
    }

    @Test
    void should_escape_a_bracket_that_came_percent_encoded_in_a_digital_link() {
        Checked<ElementString> checked = normalizer.elementString("https://id.gs1.org/01/09506000134352/21/AB%28CD");

        assertThat(checked.value().bracketed()).isEqualTo("(01)09506000134352(21)AB\\(CD");
    }

    @Test
    void should_escape_a_bracket_of_a_scan_in_the_normal_form() {
        assertThat(normalizer.identify("]C10109506000134352" + "21AB(CD").normalized())
                .isEqualTo("(01)09506000134352(21)AB\\(CD");
    }
}
