package vn.txng.adapter.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PairingRulesTest {
    private final IdentifierNormalizer normalizer = new IdentifierNormalizer();

    @Test
    void should_reject_gtin_together_with_content_gtin() {
        Checked<ElementString> checked = normalizer.elementString("(01)09506000134352(02)09506000134352(37)5");

        assertThat(checked.errors()).extracting(IdentifierError::code).contains("EXCLUDED_AI_PAIR");
        assertThat(checked.errors().get(0).message()).contains("AI (02)", "must not be used together with", "AI (01)");
    }

    @Test
    void should_reject_two_net_weights_in_kg_with_different_decimals() {
        assertThat(normalizer.elementString("(01)09506000134352(3100)000001(3102)000100").errors())
                .extracting(IdentifierError::code).containsExactly("EXCLUDED_AI_PAIR");
    }

    @Test
    void should_accept_one_net_weight_with_its_gtin() {
        assertThat(normalizer.elementString("(01)09506000134352(3103)001250").valid()).isTrue();
    }

    @Test
    void should_require_every_req_rule_of_an_ai() {
        Checked<ElementString> checked = normalizer.elementString("(00)106141411234567897(37)5");

        assertThat(checked.errors()).extracting(IdentifierError::code).containsExactly("MISSING_REQUIRED_AI");
        assertThat(checked.errors().get(0).message()).contains("(02) or (8026)");
    }

    @Test
    void should_accept_an_ai_whose_combined_requirement_is_met() {
        assertThat(normalizer.elementString("(01)09506000134352(10)L1(7004)25").valid()).isTrue();
    }

    @Test
    void should_reject_an_ai_whose_combined_requirement_is_half_met() {
        assertThat(normalizer.elementString("(01)09506000134352(7004)25").errors())
                .extracting(IdentifierError::code).containsExactly("MISSING_REQUIRED_AI");
    }

    @Test
    void should_accept_a_serial_with_its_gtin() {
        assertThat(normalizer.elementString("(01)09506000134352(21)S1(17)261231(10)L1").valid()).isTrue();
    }
}
