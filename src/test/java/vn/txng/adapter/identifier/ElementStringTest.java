package vn.txng.adapter.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ElementStringTest {
    private static final String GS = "\u001D";
    private final IdentifierNormalizer normalizer = new IdentifierNormalizer();

    @Test
    void should_read_the_standards_gs1_data_string() {
        Checked<ElementString> checked = normalizer.elementString("]C10108410055033021" + "10000002340");

        assertThat(checked.valid()).isTrue();
        assertThat(checked.value().gtin()).isEqualTo("08410055033021");
        assertThat(checked.value().lot()).isEqualTo("000002340");
    }

    @Test
    void should_read_the_bracketed_form() {
        ElementString es = normalizer.elementString("(01)08410055033021(10)000002340").value();

        assertThat(es.ais()).containsExactly(entry("01", "08410055033021"), entry("10", "000002340"));
    }

    @Test
    void should_tolerate_spaces_around_brackets_as_printed_under_barcodes() {
        ElementString es = normalizer.elementString(" (01) 08410055033021 (10) 000002340 ").value();

        assertThat(es.bracketed()).isEqualTo("(01)08410055033021(10)000002340");
    }

    @Test
    void should_reject_a_space_inside_a_bracketed_value() {
        Checked<ElementString> checked = normalizer.elementString("(01)08410055033021(10)0000 2340");

        assertThat(checked.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("BAD_CHARACTER");
            assertThat(e.position()).isEqualTo(26);
            assertThat(e.message()).startsWith("AI (10) BATCH/LOT");
        });
    }

    @Test
    void should_read_the_unbracketed_form_with_gs_after_a_variable_length_ai() {
        ElementString es = normalizer.elementString("0108934563123451" + "10LOT42" + GS + "17261231").value();

        assertThat(es.ais()).containsExactly(entry("01", "08934563123451"), entry("10", "LOT42"), entry("17", "261231"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"]C1", "]e0", "]d2", "]Q3", "]J1"})
    void should_accept_each_gs1_symbology_identifier(String symbology) {
        Checked<ElementString> checked = normalizer.elementString(symbology + "0108934563123451" + "1726123110LOT42");

        assertThat(checked.valid()).isTrue();
        assertThat(checked.value().lot()).isEqualTo("LOT42");
    }

    @Test
    void should_tolerate_a_leading_fnc1_as_gs() {
        assertThat(normalizer.elementString(GS + "0108934563123451").valid()).isTrue();
    }

    @Test
    void should_read_production_and_expiry_dates() {
        ElementString es = normalizer.elementString("(01)08934563123451(11)260915(17)280915(10)A1").value();

        assertThat(es.date("11", 2026)).isEqualTo(LocalDate.of(2026, 9, 15));
        assertThat(es.date("17", 2026)).isEqualTo(LocalDate.of(2028, 9, 15));
    }

    @Test
    void should_read_day_00_as_the_last_day_of_the_month() {
        ElementString es = normalizer.elementString("(01)08934563123451(17)280200").value();

        assertThat(es.date("17", 2026)).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void should_place_two_digit_years_in_the_gs1_century_window() {
        ElementString es = normalizer.elementString("(01)08934563123451(11)990101(17)750101").value();

        assertThat(es.date("11", 2026)).isEqualTo(LocalDate.of(1999, 1, 1));
        assertThat(es.date("17", 2026)).isEqualTo(LocalDate.of(2075, 1, 1));
    }

    @Test
    void should_return_null_date_for_an_absent_ai() {
        assertThat(normalizer.elementString("(01)08934563123451").value().date("17")).isNull();
    }

    @Test
    void should_reject_a_production_date_with_month_13() {
        Checked<ElementString> checked = normalizer.elementString("(01)08934563123451(11)261315");

        assertThat(checked.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("BAD_DATE");
            assertThat(e.position()).isEqualTo(24);
            assertThat(e.message()).contains("AI (11)", "month 13", "yymmd0");
        });
    }

    @Test
    void should_reject_february_30() {
        assertThat(normalizer.elementString("(01)08934563123451(17)260230").errors())
                .extracting(IdentifierError::code).containsExactly("BAD_DATE");
    }

    @Test
    void should_reject_a_gtin_with_a_wrong_check_digit_inside_ai_01() {
        Checked<ElementString> checked = normalizer.elementString("0108934563123452");

        assertThat(checked.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("BAD_CHECK_DIGIT");
            assertThat(e.position()).isEqualTo(15);
            assertThat(e.message()).contains("AI (01)", "should be 1", "csum");
        });
    }

    @Test
    void should_reject_an_unknown_ai() {
        Checked<ElementString> checked = normalizer.elementString("(01)08934563123451(99)X(23)1");

        assertThat(checked.errors()).extracting(IdentifierError::code).containsExactly("UNKNOWN_AI");
        assertThat(checked.errors().get(0).position()).isEqualTo(23);
    }

    @Test
    void should_reject_a_variable_length_value_running_into_the_next_ai_without_gs() {
        Checked<ElementString> checked = normalizer.elementString("0108934563123451" + "10ABCDEFGHIJ0123456789" + "17261231");

        assertThat(checked.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("MISSING_SEPARATOR");
            assertThat(e.message()).contains("AI (10)", "at most 20", "GS (FNC1) separator is missing");
        });
    }

    @Test
    void should_reject_data_ending_inside_a_fixed_length_value() {
        assertThat(normalizer.elementString("01089345631234").errors()).extracting(IdentifierError::code)
                .containsExactly("BAD_LENGTH");
    }

    @Test
    void should_reject_a_lot_without_a_gtin() {
        Checked<ElementString> checked = normalizer.elementString("(10)LOT42");

        assertThat(checked.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("MISSING_REQUIRED_AI");
            assertThat(e.message()).contains("AI (10)", "(01)", "(8026)");
        });
    }

    @Test
    void should_reject_the_same_ai_twice_with_different_values() {
        assertThat(normalizer.elementString("(01)08934563123451(10)A(10)B").errors())
                .extracting(IdentifierError::code).containsExactly("DUPLICATE_AI");
    }

    @Test
    void should_keep_the_same_ai_twice_with_the_same_value_in_its_place() {
        Checked<ElementString> checked = normalizer.elementString("(01)09506000134352(10)A1(10)A1");

        assertThat(checked.errors()).isEmpty();
        assertThat(checked.warnings()).isEmpty();
        assertThat(checked.value().bracketed()).isEqualTo("(01)09506000134352(10)A1(10)A1");
        assertThat(checked.value().lot()).isEqualTo("A1");
    }

    @Test
    void should_reject_an_unknown_symbology_identifier() {
        assertThat(normalizer.elementString("]X90108934563123451").errors()).extracting(IdentifierError::code)
                .containsExactly("UNKNOWN_SYMBOLOGY");
    }

    @Test
    void should_reject_plain_code_128_data() {
        assertThat(normalizer.elementString("]C025TLA5060220000012005101312345").errors())
                .extracting(IdentifierError::code).containsExactly("UNKNOWN_SYMBOLOGY");
    }

    @Test
    void should_read_an_ean_13_scan_as_ai_01() {
        assertThat(normalizer.elementString("]E08934563123451").value().gtin()).isEqualTo("08934563123451");
    }

    @Test
    void should_reject_restricted_circulation_gtin_in_ai_01() {
        assertThat(normalizer.elementString("(01)02001234567893").errors()).extracting(IdentifierError::code)
                .containsExactly("RESTRICTED_CIRCULATION");
    }

    @Test
    void should_reject_empty_element_string() {
        assertThat(normalizer.elementString("").errors()).extracting(IdentifierError::code).containsExactly("EMPTY");
        assertThat(normalizer.elementString(null).errors()).extracting(IdentifierError::code).containsExactly("EMPTY");
    }

    @Test
    void should_keep_an_escaped_bracket_in_data() {
        ElementString es = normalizer.elementString("(01)08934563123451(10)A\\(1)").value();

        assertThat(es.lot()).isEqualTo("A(1)");
        assertThat(es.bracketed()).isEqualTo("(01)08934563123451(10)A\\(1)");
    }

    private static java.util.Map.Entry<String, String> entry(String k, String v) {
        return java.util.Map.entry(k, v);
    }
}
