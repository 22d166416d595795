package vn.txng.adapter.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class Gs1KeyTest {
    private final IdentifierNormalizer normalizer = new IdentifierNormalizer();

    @ParameterizedTest
    @CsvSource({"SSCC, 106141411234567897", "GSIN, 89345631234567899", "GSRN_PROVIDER, 893456300000000011",
            "GSRN_RECIPIENT, 893456300000000011", "GDTI, 8934563000011DOC1", "GRAI, 08934563000011SER1",
            "GIAI, 8934563ASSET7", "GCN, 8934563000011123", "CPID, 8934563-A#1", "GINC, 8934563CONSIGN1",
            "GMN, 1987654Ad4X4bL5ttr2310c2K", "ITIP, 089345631234510102", "GLN, 8934563000004",
            "GTIN, 8934563123451"})
    void should_accept_a_valid_key(Gs1Key key, String value) {
        assertThat(normalizer.key(key, value).errors()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"SSCC, 106141411234567898, BAD_CHECK_DIGIT", "GSIN, 8934563123456789, BAD_LENGTH",
            "GSRN_PROVIDER, 893456300000000012, BAD_CHECK_DIGIT", "GRAI, 18934563000011SER1, BAD_VALUE",
            "GIAI, 89A4563ASSET7, BAD_VALUE", "CPID, 8934563-a, BAD_CHARACTER",
            "GMN, 1987654Ad4X4bL5ttr2310c2L, BAD_CHECK_DIGIT", "ITIP, 089345631234510300, BAD_VALUE"})
    void should_reject_an_invalid_key(Gs1Key key, String value, String code) {
        assertThat(normalizer.key(key, value).errors()).extracting(IdentifierError::code).containsExactly(code);
    }

    @Test
    void should_name_the_key_in_the_message() {
        assertThat(normalizer.key(Gs1Key.SSCC, "106141411234567898").errors().get(0).message())
                .startsWith("SSCC (GS1 AI 00)").contains("should be 7");
    }

    @Test
    void should_name_the_expected_gmn_check_pair() {
        assertThat(normalizer.key(Gs1Key.GMN, "1987654Ad4X4bL5ttr2310c2L").errors().get(0).message())
                .contains("should be 2K", "csumalpha");
    }
}
