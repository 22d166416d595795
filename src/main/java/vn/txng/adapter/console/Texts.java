package vn.txng.adapter.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The console's words in one language, from {@code console/texts_<lang>.properties} (UTF-8): Vietnamese ({@code vi}, the
 * default) or English ({@code en}). A key without a text shows as itself, so a missing word is seen, not hidden.
 */
public final class Texts {

    public static final String VIETNAMESE = "vi";
    public static final String ENGLISH = "en";
    private static final Map<String, Texts> LOADED = Map.of(VIETNAMESE, load(VIETNAMESE), ENGLISH, load(ENGLISH));

    private final String lang;
    private final Properties words;

    private Texts(String lang, Properties words) {
        this.lang = lang;
        this.words = words;
    }

    /** The texts of {@code lang} ({@code vi} or {@code en}); any other is Vietnamese. */
    public static Texts of(String lang) {
        return LOADED.getOrDefault(lang, LOADED.get(VIETNAMESE));
    }

    /**
     * The language a browser asks for: {@code cookie} when it is one we have, else the first of Accept-Language's
     * ranges (in their q order) that is Vietnamese or English, else Vietnamese.
     */
    public static String choose(String cookie, String acceptLanguage) {
        if (cookie != null && LOADED.containsKey(cookie)) {
            return cookie;
        }
        if (acceptLanguage != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                    if (LOADED.containsKey(language)) {
                        return language;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // a header we cannot read chooses nothing
            }
        }
        return VIETNAMESE;
    }

    public String lang() {
        return lang;
    }

    /** The other language, for the switch. */
    public String other() {
        return VIETNAMESE.equals(lang) ? ENGLISH : VIETNAMESE;
    }

    public String get(String key) {
        return words.getProperty(key, key);
    }

    /** The text with {@code {0}}... filled in ({@link MessageFormat}). */
    public String get(String key, Object... values) {
        return new MessageFormat(get(key).replace("'", "''"), Locale.forLanguageTag(lang)).format(values);
    }

    private static Texts load(String lang) {
        Properties words = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream("/console/texts_" + lang + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("console/texts_" + lang + ".properties is missing from the jar");
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Texts(lang, words);
    }
}
