package vn.txng.adapter.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AiTableTest {

    static Stream<ApplicationIdentifier> everyAi() {
        return AiTable.instance().all().stream();
    }

    @ParameterizedTest(name = "AI ({0})")
    @MethodSource("everyAi")
    void should_accept_a_value_of_the_ais_own_format(ApplicationIdentifier ai) {
        String value = AiSamples.valid(ai);

        assertThat(AiValueRules.firstProblem(ai, value, 0)).as(ai.code() + " " + value).isNull();
    }

    @ParameterizedTest(name = "AI ({0})")
    @MethodSource("everyAi")
    void should_reject_one_character_too_many(ApplicationIdentifier ai) {
        IdentifierError error = AiValueRules.firstProblem(ai, AiSamples.tooLong(ai), 0);

        assertThat(error).isNotNull();
        assertThat(error.code()).isEqualTo("BAD_LENGTH");
        assertThat(error.position()).isEqualTo(ai.maxLength());
    }

    @ParameterizedTest(name = "AI ({0})")
    @MethodSource("everyAi")
    void should_parse_the_same_value_bracketed_and_unbracketed(ApplicationIdentifier ai) {
        String value = AiSamples.valid(ai);
        List<AiEntry> bracketed = new ArrayList<>();
        List<AiEntry> unbracketed = new ArrayList<>();
        List<IdentifierError> errors = new ArrayList<>();
        String escaped = value.replace("(", "\\(");

        BracketedParser.parse("(" + ai.code() + ")" + escaped, 0, ai.code().length() + 2 + escaped.length(), bracketed, errors,
                new ArrayList<>());
        String raw = ai.code() + value + "\u001D";
        UnbracketedParser.parse(raw, 0, raw.length(), false, unbracketed, errors);

        assertThat(errors).isEmpty();
        assertThat(bracketed).extracting(AiEntry::value).containsExactly(value);
        assertThat(unbracketed).extracting(AiEntry::value).containsExactly(value);
    }

    @Test
    void should_hold_every_ai_of_the_syntax_dictionary() {
        assertThat(AiTable.instance().all()).hasSize(541);
        assertThat(AiTable.instance().codes()).contains("00", "01", "10", "11", "17", "235", "3103", "3955", "4333",
                "7041", "7259", "8043", "8112", "8200", "91", "99");
    }

    @Test
    void should_mark_predefined_length_ais() {
        assertThat(AiTable.instance().get("01").predefinedLength()).isTrue();
        assertThat(AiTable.instance().get("10").predefinedLength()).isFalse();
        assertThat(AiTable.instance().get("422").predefinedLength()).isFalse();
    }

    @Test
    void should_describe_the_format_in_dictionary_notation() {
        assertThat(AiTable.instance().get("421").format()).isEqualTo("N3 X..9");
        assertThat(AiTable.instance().get("253").format()).isEqualTo("N13 [X..17]");
    }

    @Test
    void should_know_the_digital_link_qualifier_paths_of_ai_01() {
        assertThat(AiTable.instance().get("01").qualifierPaths())
                .containsExactly(List.of("22", "10", "21"), List.of("235"));
    }
}
