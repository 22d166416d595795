package vn.txng.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The console's language: Vietnamese unless the switch's cookie or the browser's Accept-Language asks for English. */
class TextsTest {

    @Test
    void should_speak_vietnamese_to_a_browser_that_asks_for_neither_language() {
        assertThat(Texts.choose(null, "fr-FR,fr;q=0.9")).isEqualTo("vi");
        assertThat(Texts.choose(null, null)).isEqualTo("vi");
    }

    @Test
    void should_follow_accept_language_in_its_order_of_preference() {
        assertThat(Texts.choose(null, "fr;q=0.9,en-US;q=0.8,vi;q=0.5")).isEqualTo("en");
    }

    @Test
    void should_let_the_switch_cookie_win_over_accept_language() {
        assertThat(Texts.choose("vi", "en-US")).isEqualTo("vi");
        assertThat(Texts.choose("xx", "en-US")).isEqualTo("en");
    }

    @Test
    void should_have_every_word_in_both_languages() throws IOException {
        assertThat(keys("vi")).isEqualTo(keys("en"));
    }

    private static java.util.Set<Object> keys(String lang) throws IOException {
        Properties words = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream("/console/texts_" + lang + ".properties")) {
            words.load(in);
        }
        return words.keySet();
    }
}
