package vn.txng.adapter.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LotNumberTest {
    private final IdentifierNormalizer normalizer = new IdentifierNormalizer();

    @Test
    void should_return_a_valid_lot_number_unchanged() {
        assertThat(normalizer.lotNumber("Lo-2026/09_a").value()).isEqualTo("Lo-2026/09_a");
    }

    @Test
    void should_accept_a_lot_number_of_20_characters() {
        assertThat(normalizer.lotNumber("ABCDEFGHIJ0123456789").valid()).isTrue();
    }

    @Test
    void should_reject_a_lot_number_of_21_characters() {
        assertThat(normalizer.lotNumber("ABCDEFGHIJ0123456789X").errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("BAD_LENGTH");
            assertThat(e.position()).isEqualTo(20);
            assertThat(e.message()).startsWith("lot number (GS1 AI 10)").contains("at most 20");
        });
    }

    @Test
    void should_reject_a_space_in_a_lot_number() {
        assertThat(normalizer.lotNumber("LOT 1").errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("BAD_CHARACTER");
            assertThat(e.position()).isEqualTo(3);
        });
    }

    @Test
    void should_reject_a_vietnamese_letter_outside_cset_82() {
        assertThat(normalizer.lotNumber("LÔ1").errors()).extracting(IdentifierError::code)
                .containsExactly("BAD_CHARACTER");
    }

    @Test
    void should_reject_characters_outside_cset_82_such_as_hash() {
        assertThat(normalizer.lotNumber("L#1").valid()).isFalse();
    }

    @Test
    void should_reject_an_empty_lot_number() {
        assertThat(normalizer.lotNumber("").errors()).extracting(IdentifierError::code).containsExactly("EMPTY");
        assertThat(normalizer.lotNumber(null).errors()).extracting(IdentifierError::code).containsExactly("EMPTY");
    }
}
