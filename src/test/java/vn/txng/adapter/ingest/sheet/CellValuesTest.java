package vn.txng.adapter.ingest.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CellValuesTest {

    private static LocalDate date(String text) throws CellValues.Refused {
        return CellValues.date(SheetCell.text(0, text));
    }

    @Test
    void should_read_day_first_dates_written_with_dashes_or_dots() throws Exception {
        assertThat(date("03-11-2026")).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(date("03.11.2026")).isEqualTo(LocalDate.of(2026, 11, 3));
    }

    @Test
    void should_read_a_year_first_date_written_with_slashes() throws Exception {
        assertThat(date("2026/11/03")).isEqualTo(LocalDate.of(2026, 11, 3));
    }

    @Test
    void should_read_a_date_written_with_libreoffices_midnight_time() throws Exception {
        assertThat(date("2026-11-02 0:00:00")).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @Test
    void should_say_which_day_a_month_lacks_for_an_impossible_date() {
        assertThatThrownBy(() -> date("31/02/2027")).isInstanceOf(CellValues.Refused.class)
                .hasMessage("'31/02/2027' is not a date: February 2027 has no day 31");
    }

    @Test
    void should_say_a_month_past_12_is_read_day_first() {
        assertThatThrownBy(() -> date("11/25/2026")).isInstanceOf(CellValues.Refused.class)
                .hasMessageStartingWith("'11/25/2026' has no month 25: dates are read day/month/year");
    }

    @Test
    void should_say_a_tax_code_number_lost_its_leading_zero() {
        assertThatThrownBy(() -> CellValues.taxCode(SheetCell.number(0, "301234567", false))).isInstanceOf(CellValues.Refused.class)
                .hasMessageStartingWith("'301234567' is tax code 0301234567 that lost its leading zero as a number. Format the column as Text");
    }

    @Test
    void should_keep_a_tax_code_typed_as_text() throws Exception {
        assertThat(CellValues.taxCode(SheetCell.text(0, "0301234567"))).isEqualTo("0301234567");
    }
}
