package vn.txng.adapter.ingest.edi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.txng.adapter.model.LotRecord;

/** A UNA must give exactly six service characters; one too few or too many is named at the UNA, not read around. */
class UnaServiceCharactersTest {

    private static final String GOOD = EdiFixtures.desadv("LIN+1++8934563123451:SRV", "QTY+12:100:PCE", "GIN+BX+L1");

    @Test
    void should_name_a_una_with_five_service_characters_and_the_line_break_it_makes_the_terminator() {
        EdiFixtures.Read read = EdiFixtures.text("UNA:+.?'\n" + GOOD);

        assertThat(read.failure()).isNotNull();
        assertThat(read.failure().code()).isEqualTo("EDI_BAD_UNA");
        assertThat(read.failure().getMessage())
                .contains("UNA has 5 service characters, 6 are required; the segment terminator would be the line break");
        assertThat(read.failure().position().locator()).isEqualTo("UNA");
        assertThat(read.records()).isEmpty();
        assertThat(read.report().rejections()).isEmpty();
    }

    @Test
    void should_say_when_the_rest_of_a_file_with_a_five_character_una_reads_cleanly_with_the_apostrophe() {
        EdiFixtures.Read read = EdiFixtures.text("UNA:+.?'\n" + GOOD);

        assertThat(read.failure().getMessage()).contains("read with ''' as the segment terminator, the rest of the file reads cleanly");
    }

    @Test
    void should_not_claim_a_clean_read_when_the_rest_has_faults_of_its_own() {
        EdiFixtures.Read read = EdiFixtures.text("UNA:+.?'\n" + GOOD.replace("UNT+8+1", "UNT+9+1"));

        assertThat(read.failure().code()).isEqualTo("EDI_BAD_UNA");
        assertThat(read.failure().getMessage()).doesNotContain("reads cleanly")
                .contains("even read with ''' as the segment terminator", "EDI_UNT_COUNT");
    }

    @Test
    void should_name_a_una_with_seven_service_characters() {
        EdiFixtures.Read read = EdiFixtures.text("UNA:+.?* '\n" + GOOD);

        assertThat(read.failure().code()).isEqualTo("EDI_BAD_UNA");
        assertThat(read.failure().getMessage()).contains("UNA has 7 service characters, 6 are required; the segment terminator would be ' '");
        assertThat(read.records()).isEmpty();
    }

    @Test
    void should_say_when_the_rest_of_a_file_with_a_seven_character_una_reads_cleanly_with_the_apostrophe() {
        EdiFixtures.Read read = EdiFixtures.text("UNA:+.? ''\n" + GOOD);

        assertThat(read.failure().code()).isEqualTo("EDI_BAD_UNA");
        assertThat(read.failure().getMessage()).contains("UNA has 7 service characters", "the rest of the file reads cleanly");
    }

    @Test
    void should_not_claim_a_clean_read_of_a_seven_character_una_whose_rest_has_faults() {
        EdiFixtures.Read read = EdiFixtures.text("UNA:+.? ''\n" + GOOD.replace("UNZ+1+000900", "UNZ+1+000999"));

        assertThat(read.failure().code()).isEqualTo("EDI_BAD_UNA");
        assertThat(read.failure().getMessage()).doesNotContain("reads cleanly").contains("EDI_REFERENCE_MISMATCH");
    }

    @Test
    void should_read_a_una_with_six_service_characters_as_before() {
        EdiFixtures.Read read = EdiFixtures.text("UNA:+.? '\n" + GOOD);

        assertThat(read.failure()).isNull();
        assertThat(read.lots()).extracting(LotRecord::lotNumber).containsExactly("L1");
    }

    @Test
    void should_read_a_six_character_una_written_on_the_same_line_as_unb() {
        EdiFixtures.Read read = EdiFixtures.text("UNA:+.? '" + GOOD);

        assertThat(read.failure()).isNull();
        assertThat(read.lots()).hasSize(1);
    }

    @Test
    void should_name_a_five_character_una_written_on_the_same_line_as_unb_with_the_character_it_makes_the_terminator() {
        EdiFixtures.Read read = EdiFixtures.text("UNA:+.?'" + GOOD);

        assertThat(read.failure().code()).isEqualTo("EDI_BAD_UNA");
        assertThat(read.failure().getMessage()).contains("UNA has 5 service characters, 6 are required; the segment terminator would be 'U'");
    }

    @Test
    void should_read_a_una_that_makes_the_line_break_the_terminator_of_segments_written_without_apostrophes() {
        EdiFixtures.Read read = EdiFixtures.text("UNA:+.? \n" + GOOD.replace("'\n", "\n"));

        assertThat(read.failure()).isNull();
        assertThat(read.lots()).hasSize(1);
    }
}
