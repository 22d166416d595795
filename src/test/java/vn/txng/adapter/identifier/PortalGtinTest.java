package vn.txng.adapter.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PortalGtinTest {

    @ParameterizedTest
    @CsvSource({"00000096385074, 96385074", "00036000291452, 0036000291452", "08934563123451, 8934563123451",
            "18934563123458, 18934563123458"})
    void should_give_the_shortest_registered_form(String gtin14, String portal) {
        assertThat(IdentifierNormalizer.portalGtin(gtin14)).isEqualTo(portal);
    }

    @Test
    void should_refuse_a_value_that_is_not_14_digits_long() {
        assertThatThrownBy(() -> IdentifierNormalizer.portalGtin("8934563123451"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
