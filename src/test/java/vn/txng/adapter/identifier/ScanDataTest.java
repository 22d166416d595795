package vn.txng.adapter.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Scan data: separators and what each symbology identifier may carry (ISO/IEC 15424, GS1 Barcode Syntax Engine). */
class ScanDataTest {
    private static final String GS = "\u001D";
    private final IdentifierNormalizer normalizer = new IdentifierNormalizer();

    @Test
    void should_reject_a_gs_directly_after_the_symbology_identifier() {
        Checked<ElementString> checked = normalizer.elementString("]C1" + GS + "0109506000134352");

        assertThat(checked.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("BAD_SYNTAX");
            assertThat(e.position()).isEqualTo(3);
        });
    }

    @Test
    void should_reject_two_gs_in_a_row() {
        Checked<ElementString> checked = normalizer.elementString("]C1" + "0109506000134352" + "10A1" + GS + GS + "21S1");

        assertThat(checked.errors()).extracting(IdentifierError::code, IdentifierError::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("BAD_SYNTAX", 24));
    }

    @Test
    void should_reject_two_gs_in_a_row_after_a_fixed_length_value() {
        assertThat(normalizer.elementString("]d2" + "0109506000134352" + GS + GS + "10A1").errors())
                .extracting(IdentifierError::code).containsExactly("BAD_SYNTAX");
    }

    @Test
    void should_reject_two_leading_gs_without_a_symbology_identifier() {
        assertThat(normalizer.elementString(GS + GS + "0109506000134352").errors())
                .extracting(IdentifierError::code).containsExactly("BAD_SYNTAX");
    }

    @Test
    void should_accept_a_trailing_gs() {
        Checked<ElementString> checked = normalizer.elementString("]C1" + "0109506000134352" + "10A1" + GS);

        assertThat(checked.value().bracketed()).isEqualTo("(01)09506000134352(10)A1");
    }

    @Test
    void should_accept_a_gs_after_a_fixed_length_value() {
        Checked<ElementString> checked = normalizer.elementString("]C1" + "0109506000134352" + GS + "10A1");

        assertThat(checked.value().bracketed()).isEqualTo("(01)09506000134352(10)A1");
    }

    @Test
    void should_accept_a_leading_gs_as_fnc1_in_first_position_without_a_symbology_identifier() {
        assertThat(normalizer.elementString(GS + "0109506000134352").value().gtin()).isEqualTo("09506000134352");
    }

    @Test
    void should_reject_a_uri_after_the_gs1_qr_code_identifier() {
        Checked<ElementString> checked = normalizer.elementString("]Q3https://example.com/01/09506000134352");

        assertThat(checked.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("UNKNOWN_SYMBOLOGY");
            assertThat(e.message()).contains("]Q1");
        });
    }

    @Test
    void should_reject_a_uri_after_the_gs1_data_matrix_identifier() {
        assertThat(normalizer.elementString("]d2https://example.com/01/09506000134352").errors())
                .extracting(IdentifierError::code).containsExactly("UNKNOWN_SYMBOLOGY");
    }

    @Test
    void should_read_a_uri_after_the_plain_data_matrix_identifier() {
        assertThat(normalizer.elementString("]d1https://example.com/01/09506000134352").value().gtin())
                .isEqualTo("09506000134352");
    }

    @Test
    void should_read_element_strings_after_the_gs1_qr_code_identifier() {
        assertThat(normalizer.elementString("]Q3" + "0109506000134352" + "10A1").value().lot()).isEqualTo("A1");
    }

    @Test
    void should_not_read_ais_from_plain_code_128() {
        assertThat(normalizer.elementString("]C010ABC123").errors())
                .extracting(IdentifierError::code).containsExactly("UNKNOWN_SYMBOLOGY");
    }

    @Test
    void should_not_call_plain_code_128_without_25t_a_lot_identifier() {
        Identified id = normalizer.identify("]C010ABC123");

        assertThat(id.valid()).isFalse();
        assertThat(id.normalized()).isNull();
        assertThat(id.errors()).extracting(IdentifierError::code).containsExactly("MISSING_25T");
    }

    @Test
    void should_still_read_plain_code_128_with_25t_as_a_lot_identifier() {
        Identified id = normalizer.identify("]C025TLA5060220000012005101312345");

        assertThat(id.kind()).isEqualTo("UII_25T");
        assertThat(id.normalized()).isEqualTo("LA5060220000012005101312345");
    }

    @Test
    void should_not_take_a_lot_from_a_plain_code_128_scan_in_a_lot_record() {
        assertThat(normalizer.uii25T("]C010ABC123").errors()).extracting(IdentifierError::code)
                .containsExactly("MISSING_25T");
    }
}
