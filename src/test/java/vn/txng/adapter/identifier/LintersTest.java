package vn.txng.adapter.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LintersTest {

    private static String problem(String ai, String value) {
        IdentifierError e = AiValueRules.firstProblem(AiTable.instance().get(ai), value, 0);
        return e == null ? "OK" : e.code();
    }

    @ParameterizedTest
    @CsvSource({"17, 260200, OK", "17, 280229, OK", "17, 270229, BAD_DATE", "17, 261301, BAD_DATE",
            "17, 260431, BAD_DATE", "7006, 260100, BAD_DATE", "7006, 260131, OK", "7250, 20260229, BAD_DATE",
            "7250, 20240229, OK", "7003, 2612312400, BAD_TIME", "7003, 2612312359, OK", "8008, 26123123, OK",
            "8008, 2612312360, BAD_TIME", "8008, 261231235960, BAD_TIME"})
    void should_check_dates_and_times(String ai, String value, String expected) {
        assertThat(problem(ai, value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"422, 704, OK", "422, 999, BAD_COUNTRY", "7030, 999PROC1, OK", "4307, VN, OK",
            "4307, vn, BAD_COUNTRY", "3910, 70412345, OK", "3910, 00112345, BAD_CURRENCY",
            "423, 704156, OK", "423, 704157, BAD_COUNTRY"})
    void should_check_country_and_currency_codes(String ai, String value, String expected) {
        assertThat(problem(ai, value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"8007, GB82WEST12345698765432, OK", "8007, GB83WEST12345698765432, BAD_CHECK_DIGIT",
            "8007, XX82WEST12345698765432, BAD_COUNTRY", "7241, 10, OK", "7241, 11, BAD_VALUE", "7252, 3, BAD_VALUE",
            "4321, 2, BAD_VALUE", "8001, 01000001000101, OK", "8001, 00000001000101, BAD_VALUE",
            "8001, 01000001000121, BAD_VALUE", "8011, 0123, BAD_VALUE", "8011, 0, OK", "8014, 1987654Ad4X4bL5ttr2310c2K, OK",
            "7258, 1/2, OK", "7258, 3/2, BAD_VALUE", "4300, A%2, BAD_CHARACTER", "4300, A%2F, OK",
            "4309, 18000000003600000000, OK", "4309, 18000000013600000000, BAD_VALUE", "4330, 001234-, OK",
            "4330, 001234+, BAD_VALUE", "7040, 1A2_, OK", "7040, 1A2!, BAD_CHARACTER", "8112, 001234561234560123456, OK",
            "8112, 201234561234560123456, BAD_VALUE", "8112, 0012345612345601234567, BAD_VALUE", "8110, 012345612345615111123, OK", "8110, 0123456, BAD_VALUE"})
    void should_check_structured_values(String ai, String value, String expected) {
        assertThat(problem(ai, value)).isEqualTo(expected);
    }

    @Test
    void should_reject_an_all_digit_mudi() {
        assertThat(StructureLinters.hasNonDigit("12345678", 0, 8)).isNotNull();
    }

    @Test
    void should_compute_the_gmn_check_pair_of_the_gs1_example() {
        assertThat(CheckDigit.isValidCheckPair("1987654Ad4X4bL5ttr2310c2K", 0, 25)).isTrue();
    }

    @Test
    void should_name_the_rule_in_the_message() {
        IdentifierError e = AiValueRules.firstProblem(AiTable.instance().get("422"), "999", 5);

        assertThat(e.position()).isEqualTo(5);
        assertThat(e.message()).isEqualTo("AI (422) ORIGIN has country code 999, which is not an ISO 3166-1 numeric"
                + " country code (704 is Viet Nam) [GS1 rule iso3166]");
    }
}
