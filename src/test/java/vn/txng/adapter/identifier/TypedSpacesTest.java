package vn.txng.adapter.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Spaces people type into the bracketed form: accepted with a warning where they are layout, errors inside a value. */
class TypedSpacesTest {
    private final IdentifierNormalizer normalizer = new IdentifierNormalizer();

    @Test
    void should_accept_spaces_after_a_bracket_and_between_elements() {
        Checked<ElementString> checked = normalizer.elementString("(01) 08934563123451 (17)281231");

        assertThat(checked.value().bracketed()).isEqualTo("(01)08934563123451(17)281231");
    }

    @Test
    void should_warn_of_removed_spaces_with_their_positions_and_the_normal_form() {
        Checked<ElementString> checked = normalizer.elementString("(01) 08934563123451 (17)281231");

        assertThat(checked.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("SPACES_REMOVED");
            assertThat(w.position()).isEqualTo(4);
            assertThat(w.message()).contains("positions 4 and 19", "(01)08934563123451(17)281231");
        });
    }

    @Test
    void should_warn_of_a_space_after_a_bracket() {
        Checked<ElementString> checked = normalizer.elementString("(01) 08934563123451(17)281231");

        assertThat(checked.warnings()).extracting(IdentifierError::code, IdentifierError::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SPACES_REMOVED", 4));
    }

    @Test
    void should_warn_of_spaces_between_elements_naming_each_run() {
        Checked<ElementString> checked = normalizer.elementString("(01)08934563123451  (17)281231");

        assertThat(checked.warnings()).singleElement().satisfies(w -> {
            assertThat(w.position()).isEqualTo(18);
            assertThat(w.message()).contains("positions 18-19");
        });
    }

    @Test
    void should_trim_the_blanks_around_a_fields_value_without_a_warning() {
        Checked<ElementString> checked = normalizer.elementString("  (01)08934563123451(17)281231    ");

        assertThat(checked.valid()).isTrue();
        assertThat(checked.warnings()).isEmpty();
    }

    @Test
    void should_keep_a_space_inside_a_lot_an_error() {
        Checked<ElementString> checked = normalizer.elementString("(01)08934563123451 (10)AB C");

        assertThat(checked.errors()).extracting(IdentifierError::code).containsExactly("BAD_CHARACTER");
        assertThat(checked.warnings()).extracting(IdentifierError::code).doesNotContain("SPACES_REMOVED");
    }

    @Test
    void should_keep_a_space_inside_a_gtin_an_error() {
        assertThat(normalizer.elementString("(01) 0893456 3123451").errors()).isNotEmpty();
    }

    @Test
    void should_show_the_warning_to_the_identifiers_command() {
        Identified id = normalizer.identify("(01) 08934563123451 (17)281231");

        assertThat(id.valid()).isTrue();
        assertThat(id.normalized()).isEqualTo("(01)08934563123451(17)281231");
        assertThat(id.warnings()).extracting(IdentifierError::code).containsExactly("SPACES_REMOVED");
    }
}
