package vn.txng.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the journey names an event's place: its name and GLN, or the GLN alone while no location describes it. */
class PlaceLabelTest {

    @Test
    void should_name_a_described_place_with_its_gln() {
        assertThat(ConsolePages.placeLabel("Kho Hải Phòng", "8934563000998", Texts.of("en"))).isEqualTo("Kho Hải Phòng (8934563000998)");
    }

    @Test
    void should_show_a_place_known_only_by_its_gln_as_not_described_yet() {
        assertThat(ConsolePages.placeLabel(null, "8934563000998", Texts.of("en"))).isEqualTo("8934563000998 (not described yet)");
        assertThat(ConsolePages.placeLabel(" ", "8934563000998", Texts.of("vi"))).isEqualTo("8934563000998 (chưa được mô tả)");
    }
}
