package vn.txng.adapter.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A scan that lost the GS after a lot or serial: the value swallowed the next elements; a warning, never an error. */
class MissingSeparatorTest {
    private static final String GS = "\u001D";
    private static final String GTIN = "0109506000134352";
    private final IdentifierNormalizer normalizer = new IdentifierNormalizer();

    @Test
    void should_keep_a_lot_that_swallowed_a_date_and_a_serial_as_scanned() {
        Checked<ElementString> checked = normalizer.elementString("]d2" + GTIN + "10ABC1231726123121XYZ");

        assertThat(checked.valid()).isTrue();
        assertThat(checked.value().lot()).isEqualTo("ABC1231726123121XYZ");
    }

    @Test
    void should_warn_of_a_lot_that_swallowed_a_date_with_the_position_and_the_reading_it_suggests() {
        Checked<ElementString> checked = normalizer.elementString("]d2" + GTIN + "10ABC1231726123121XYZ");

        assertThat(checked.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("POSSIBLE_MISSING_SEPARATOR");
            assertThat(w.position()).isEqualTo(27);
            assertThat(w.message()).contains("(01)09506000134352(10)ABC123(17)261231(21)XYZ");
        });
    }

    @Test
    void should_not_warn_of_a_lot_whose_separator_is_there() {
        Checked<ElementString> checked = normalizer.elementString("]d2" + GTIN + "10ABC123" + GS + "17261231" + "21XYZ");

        assertThat(checked.value().lot()).isEqualTo("ABC123");
        assertThat(checked.warnings()).isEmpty();
    }

    @Test
    void should_not_warn_of_a_lot_that_holds_17_and_six_digits_that_are_no_date() {
        Checked<ElementString> checked = normalizer.elementString("]d2" + GTIN + "10LOT17261399");

        assertThat(checked.value().lot()).isEqualTo("LOT17261399");
        assertThat(checked.warnings()).isEmpty();
    }

    @Test
    void should_not_warn_of_a_lot_that_holds_17_and_a_date_followed_by_what_reads_as_no_ai() {
        assertThat(normalizer.elementString("]d2" + GTIN + "10LOT17261231X").warnings()).isEmpty();
    }

    @Test
    void should_not_warn_of_a_numeric_lot_coded_by_date_and_time_as_only_best_before_and_expiry_count() {
        // lot 2511170930 (YYMMDDhhmm) holds "11" + 170930, a valid production date: common, no evidence of a lost GS
        assertThat(normalizer.elementString("]d2" + GTIN + "17271231" + "102511170930").warnings()).isEmpty();
        assertThat(normalizer.elementString("]d2" + GTIN + "102611130101").warnings()).isEmpty();
    }

    @Test
    void should_warn_of_a_lot_that_swallowed_a_best_before_date() {
        assertThat(normalizer.elementString("]d2" + GTIN + "10LOT715261231").warnings()).singleElement()
                .satisfies(warning -> assertThat(warning.code()).isEqualTo(ErrorCodes.POSSIBLE_MISSING_SEPARATOR));
    }

    @Test
    void should_not_warn_of_a_lot_that_holds_only_21_and_text_as_a_serial_alone_is_no_evidence() {
        assertThat(normalizer.elementString("]d2" + GTIN + "10ABC21XYZ").warnings()).isEmpty();
    }

    @Test
    void should_not_warn_of_a_date_inside_the_lot_when_the_scan_carries_that_ai_already() {
        assertThat(normalizer.elementString("]d2" + GTIN + "17261231" + "10ABC17261231").warnings()).isEmpty();
    }

    @Test
    void should_warn_of_a_serial_that_swallowed_an_expiry_date_and_a_lot() {
        Checked<ElementString> checked = normalizer.elementString("]d2" + GTIN + "21SER0011726123110ABC");

        assertThat(checked.value().ais()).containsEntry("21", "SER0011726123110ABC");
        assertThat(checked.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("POSSIBLE_MISSING_SEPARATOR");
            assertThat(w.position()).isEqualTo(27);
            assertThat(w.message()).contains("(01)09506000134352(21)SER001(17)261231(10)ABC");
        });
    }

    @Test
    void should_not_warn_of_a_typed_bracketed_lot_whose_brackets_say_where_it_ends() {
        assertThat(normalizer.elementString("(01)09506000134352(10)ABC1231726123121XYZ").warnings()).isEmpty();
    }

    @Test
    void should_show_the_warning_to_the_identifiers_command() {
        Identified id = normalizer.identify("]d2" + GTIN + "10ABC1231726123121XYZ");

        assertThat(id.valid()).isTrue();
        assertThat(id.warnings()).extracting(IdentifierError::code).containsExactly("POSSIBLE_MISSING_SEPARATOR");
    }
}
