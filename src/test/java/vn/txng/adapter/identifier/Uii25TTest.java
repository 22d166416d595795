package vn.txng.adapter.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Uii25TTest {
    private static final String ID = "LA5060220000012005101312345";
    private final IdentifierNormalizer normalizer = new IdentifierNormalizer();

    @Test
    void should_read_the_standards_scanned_data_string() {
        assertThat(normalizer.uii25T("]C025T" + ID).value()).isEqualTo(ID);
    }

    @Test
    void should_read_a_bare_identifier() {
        assertThat(normalizer.uii25T("UN123456789LOT7").value()).isEqualTo("UN123456789LOT7");
    }

    @Test
    void should_drop_the_25t_data_identifier() {
        assertThat(normalizer.uii25T("25TUN123456789LOT7").value()).isEqualTo("UN123456789LOT7");
    }

    @Test
    void should_read_the_iso_15434_format_06_envelope() {
        String envelope = "[)>\u001E06\u001D1PABC\u001D25T" + ID + "\u001E\u0004";

        assertThat(normalizer.uii25T(envelope).value()).isEqualTo(ID);
    }

    @Test
    void should_reject_an_envelope_without_25t() {
        assertThat(normalizer.uii25T("[)>\u001E06\u001D1PABC\u001E\u0004").errors())
                .extracting(IdentifierError::code).containsExactly("MISSING_25T");
    }

    @Test
    void should_reject_an_envelope_of_another_format() {
        assertThat(normalizer.uii25T("[)>\u001E05\u001D25T" + ID + "\u001E\u0004").errors())
                .extracting(IdentifierError::code).containsExactly("BAD_ENVELOPE");
    }

    @Test
    void should_reject_an_envelope_without_eot() {
        assertThat(normalizer.uii25T("[)>\u001E06\u001D25T" + ID + "\u001E").errors())
                .extracting(IdentifierError::code).containsExactly("BAD_ENVELOPE");
    }

    @Test
    void should_reject_lower_case_rather_than_upper_case_it() {
        Checked<String> checked = normalizer.uii25T("25TLA506022000001lot1");

        assertThat(checked.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("LOWER_CASE");
            assertThat(e.position()).isEqualTo(17);
        });
    }

    @Test
    void should_reject_characters_other_than_a_z_and_digits() {
        assertThat(normalizer.uii25T("LA506022-0001").errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("BAD_CHARACTER");
            assertThat(e.position()).isEqualTo(8);
        });
    }

    @Test
    void should_accept_50_characters_with_a_warning_above_20() {
        Checked<String> checked = normalizer.uii25T("LA" + "1".repeat(48));

        assertThat(checked.valid()).isTrue();
        assertThat(checked.warnings()).extracting(IdentifierError::code).containsExactly("LONG_IDENTIFIER");
    }

    @Test
    void should_accept_20_characters_without_warning() {
        assertThat(normalizer.uii25T("LA" + "1".repeat(18)).warnings()).isEmpty();
    }

    @Test
    void should_reject_51_characters() {
        assertThat(normalizer.uii25T("LA" + "1".repeat(49)).errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("BAD_LENGTH");
            assertThat(e.position()).isEqualTo(50);
        });
    }

    @Test
    void should_reject_an_unknown_iac_naming_the_register() {
        Checked<String> checked = normalizer.uii25T("ZZ123456LOT1");

        assertThat(checked.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("UNKNOWN_IAC");
            assertThat(e.message()).contains("ISO/IEC 15459-2 register", "LA", "UN", "OD", "PP");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "9", "LA", "LB", "LH", "UN", "D", "OD", "PP"})
    void should_accept_each_registered_iac(String iac) {
        assertThat(normalizer.uii25T(iac + "12345LOT1").valid()).isTrue();
    }

    @Test
    void should_split_the_iac_by_longest_match() {
        assertThat(IssuingAgencyRegister.instance().match("OD123", 0, 5)).isEqualTo("OD");
        assertThat(IssuingAgencyRegister.instance().match("D123", 0, 4)).isEqualTo("D");
    }

    @Test
    void should_reject_an_identifier_holding_only_its_iac() {
        assertThat(normalizer.uii25T("25TLA").errors()).extracting(IdentifierError::code).containsExactly("BAD_LENGTH");
    }

    @Test
    void should_reject_an_empty_identifier() {
        assertThat(normalizer.uii25T("").errors()).extracting(IdentifierError::code).containsExactly("EMPTY");
        assertThat(normalizer.uii25T("]C025T").errors()).extracting(IdentifierError::code).containsExactly("EMPTY");
    }

    @Test
    void should_reject_a_gs1_symbology_identifier() {
        assertThat(normalizer.uii25T("]C125T" + ID).errors()).extracting(IdentifierError::code)
                .containsExactly("UNKNOWN_SYMBOLOGY");
    }
}
