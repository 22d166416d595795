package vn.txng.adapter.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigitalLinkTest {
    private final IdentifierNormalizer normalizer = new IdentifierNormalizer();

    @Test
    void should_read_key_qualifier_and_query_attribute_in_order() {
        Checked<ElementString> checked = normalizer.elementString("https://id.gs1.org/01/09506000134352/10/ABC123?17=261231");

        assertThat(checked.valid()).isTrue();
        assertThat(checked.value().bracketed()).isEqualTo("(01)09506000134352(10)ABC123(17)261231");
    }

    @Test
    void should_accept_any_domain_and_path_before_the_key() {
        Checked<ElementString> checked = normalizer.elementString("https://qr.example.vn/sp/a/01/08934563123451/21/S1");

        assertThat(checked.value().ais()).containsKeys("01", "21");
    }

    @Test
    void should_pad_a_gtin_13_in_the_path_to_14_digits_when_the_option_permits_it() {
        IdentifierNormalizer legacy = IdentifierNormalizer.permittingZeroSuppressedGtinInDigitalLinks();

        assertThat(legacy.elementString("https://example.com/01/8934563123451").value().gtin())
                .isEqualTo("08934563123451");
    }

    @Test
    void should_accept_qualifiers_that_skip_one_in_the_allowed_order() {
        assertThat(normalizer.elementString("https://example.com/01/09506000134352/22/V1/21/S1").valid()).isTrue();
    }

    @Test
    void should_reject_qualifiers_out_of_order() {
        Checked<ElementString> checked = normalizer.elementString("https://example.com/01/09506000134352/21/S1/10/L1");

        assertThat(checked.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("BAD_QUALIFIER_ORDER");
            assertThat(e.position()).isEqualTo(20);
            assertThat(e.message()).contains("22, 10, 21 or 235");
        });
    }

    @Test
    void should_reject_mixing_the_two_qualifier_paths_of_a_gtin() {
        assertThat(normalizer.elementString("https://example.com/01/09506000134352/10/L1/235/T1").errors())
                .extracting(IdentifierError::code).contains("BAD_QUALIFIER_ORDER");
    }

    @Test
    void should_reject_a_qualifier_on_a_key_that_takes_none() {
        Checked<ElementString> checked = normalizer.elementString("https://example.com/00/106141411234567897/10/L1");

        assertThat(checked.errors()).extracting(IdentifierError::code).containsExactly("BAD_QUALIFIER_ORDER");
        assertThat(checked.errors().get(0).message()).contains("takes no qualifiers");
    }

    @Test
    void should_reject_a_uri_without_a_primary_key() {
        assertThat(normalizer.elementString("https://example.com/products/123").errors())
                .extracting(IdentifierError::code).containsExactly("BAD_DIGITAL_LINK");
    }

    @Test
    void should_reject_a_query_ai_that_is_not_a_data_attribute() {
        Checked<ElementString> checked = normalizer.elementString("https://example.com/01/09506000134352?21=S1");

        assertThat(checked.errors()).extracting(IdentifierError::code).containsExactly("NOT_A_DATA_ATTRIBUTE");
    }

    @Test
    void should_ignore_non_numeric_query_parameters() {
        Checked<ElementString> checked = normalizer.elementString("https://example.com/01/09506000134352?linkType=gs1:pip");

        assertThat(checked.value().ais()).containsOnlyKeys("01");
    }

    @Test
    void should_reject_an_unknown_ai_in_the_query() {
        assertThat(normalizer.elementString("https://example.com/01/09506000134352?23=1").errors())
                .extracting(IdentifierError::code).containsExactly("UNKNOWN_AI");
    }

    @Test
    void should_percent_decode_values() {
        assertThat(normalizer.elementString("https://example.com/01/09506000134352/10/AB%2FC").value().lot())
                .isEqualTo("AB/C");
    }

    @Test
    void should_reject_a_broken_percent_escape() {
        assertThat(normalizer.elementString("https://example.com/01/09506000134352/10/AB%2").errors())
                .extracting(IdentifierError::code).contains("BAD_DIGITAL_LINK");
    }

    @Test
    void should_check_values_in_the_uri_like_any_other() {
        assertThat(normalizer.elementString("https://example.com/01/09506000134353").errors())
                .extracting(IdentifierError::code).containsExactly("BAD_CHECK_DIGIT");
    }

    @Test
    void should_read_a_digital_link_scanned_from_a_qr_code() {
        assertThat(normalizer.elementString("]Q1https://example.com/01/09506000134352").valid()).isTrue();
    }

    @Test
    void should_check_pairing_rules_across_path_and_query() {
        assertThat(normalizer.elementString("https://example.com/01/09506000134352?02=09506000134352").errors())
                .extracting(IdentifierError::code).contains("EXCLUDED_AI_PAIR");
    }

    @Test
    void should_read_plus_in_the_query_as_plus_not_space() {
        // RFC 3986 percent-decoding, which the Digital Link standard uses; '+' as space is HTML form encoding
        Checked<ElementString> plain = normalizer.elementString("https://id.gs1.org/01/09506000134352?240=A+B");
        Checked<ElementString> encoded = normalizer.elementString("https://id.gs1.org/01/09506000134352?240=A%2BB");

        assertThat(plain.value().get("240")).isEqualTo("A+B");
        assertThat(encoded.value().get("240")).isEqualTo("A+B");
    }

    @Test
    void should_reject_a_key_qualifier_in_the_query() {
        Checked<ElementString> checked = normalizer.elementString("https://id.gs1.org/01/09506000134352?10=ABC");

        assertThat(checked.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("QUALIFIER_IN_QUERY");
            assertThat(e.position()).isEqualTo(37);
            assertThat(e.message()).contains("/01/.../10/");
        });
    }

    @Test
    void should_reject_a_qualifier_in_the_query_that_would_come_before_one_in_the_path() {
        assertThat(normalizer.elementString("https://id.gs1.org/01/09506000134352/21/S1?10=ABC").errors())
                .extracting(IdentifierError::code).containsExactly("QUALIFIER_IN_QUERY");
    }

    @Test
    void should_reject_a_query_ai_that_may_be_neither_a_qualifier_nor_a_data_attribute() {
        assertThat(normalizer.elementString("https://id.gs1.org/01/09506000134352/10/ABC?22=V1").errors())
                .extracting(IdentifierError::code).containsExactly("NOT_A_DATA_ATTRIBUTE");
    }

    @Test
    void should_accept_a_data_attribute_in_the_query_beside_a_qualifier_in_the_path() {
        assertThat(normalizer.elementString("https://id.gs1.org/01/09506000134352/10/ABC?17=261231").value().bracketed())
                .isEqualTo("(01)09506000134352(10)ABC(17)261231");
    }

    @Test
    void should_reject_a_query_attribute_given_twice() {
        Checked<ElementString> checked = normalizer.elementString("https://id.gs1.org/01/09506000134352?17=261231&17=261231");

        assertThat(checked.errors()).extracting(IdentifierError::code, IdentifierError::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DUPLICATE_AI", 47));
    }

    @Test
    void should_reject_the_primary_key_repeated_in_the_query() {
        assertThat(normalizer.elementString("https://id.gs1.org/01/09506000134352?01=09506000134352").errors())
                .extracting(IdentifierError::code).containsExactly("DUPLICATE_AI");
    }

    @Test
    void should_reject_a_slash_after_the_last_path_value() {
        Checked<ElementString> checked = normalizer.elementString("https://id.gs1.org/01/09506000134352/");

        assertThat(checked.errors()).extracting(IdentifierError::code, IdentifierError::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("BAD_DIGITAL_LINK", 36));
    }

    @Test
    void should_reject_a_slash_after_the_last_path_value_before_the_query() {
        assertThat(normalizer.elementString("https://id.gs1.org/01/09506000134352/10/ABC/?17=261231").errors())
                .extracting(IdentifierError::code).containsExactly("BAD_DIGITAL_LINK");
    }

    @Test
    void should_reject_an_empty_path_segment_after_the_key() {
        assertThat(normalizer.elementString("https://id.gs1.org/01/09506000134352//10/ABC").errors())
                .extracting(IdentifierError::code).containsExactly("BAD_DIGITAL_LINK");
    }

    @Test
    void should_refuse_a_zero_suppressed_gtin_in_the_path_by_default() {
        Checked<ElementString> checked = normalizer.elementString("https://example.com/01/9520123456788");

        assertThat(checked.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("BAD_LENGTH");
            assertThat(e.position()).isEqualTo(23);
            assertThat(e.message()).contains("/01/09520123456788");
        });
    }

    @Test
    void should_refuse_a_zero_suppressed_gtin_8_in_the_path_by_default() {
        assertThat(normalizer.elementString("https://example.com/01/95200002").errors())
                .extracting(IdentifierError::code).containsExactly("BAD_LENGTH");
    }

    @Test
    void should_read_a_zero_suppressed_gtin_in_the_path_as_14_digits_when_the_option_permits_it() {
        IdentifierNormalizer legacy = IdentifierNormalizer.permittingZeroSuppressedGtinInDigitalLinks();

        assertThat(legacy.identify("https://example.com/01/9520123456788").normalized()).isEqualTo("(01)09520123456788");
    }
}
