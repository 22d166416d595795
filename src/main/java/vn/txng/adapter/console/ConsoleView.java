package vn.txng.adapter.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Renders the console's pages from the jte templates of {@code src/main/jte}, compiled to classes at build
 * (jte-maven-plugin): jte escapes every value for HTML by its context unless a template says otherwise (none
 * does), so a name or reason from a file shows as text whatever it holds; nothing is compiled at run time.
 */
public final class ConsoleView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /**
     * What every page's frame needs: its words, its title, the session's form token (null signed out), the page's
     * path and query below {@code /console} (without {@code lang}, encoded) to switch language on.
     */
    public record Frame(Texts t, String title, String csrf, String here, ZoneId zone) {
        public Frame withTitle(String newTitle) {
            return new Frame(t, newTitle, csrf, here, zone);
        }

        /** This page in the other language: its path and query, {@code lang} replaced. */
        public String languageSwitch() {
            return ConsoleRoutes.BASE + here + (here.contains("?") ? "&" : "?") + "lang=" + t.other();
        }

        public boolean signedIn() {
            return csrf != null;
        }

        public String time(Instant instant) {
            return ConsoleView.time(instant, zone);
        }

        /** A time a report wrote ({@code 2026-12-05T14:35:56.91Z}) as the other pages show times; as written when it is no instant. */
        public String reportTime(String iso) {
            try {
                return iso == null || iso.isBlank() ? "-" : ConsoleView.time(Instant.parse(iso), zone);
            } catch (java.time.format.DateTimeParseException e) {
                return iso;
            }
        }
    }

    String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        engine.render(template, params, out);
        return out.toString();
    }

    /** An instant in the zone the console shows times in, or {@code -} when there is none. */
    static String time(Instant instant, ZoneId zone) {
        return instant == null ? "-" : TIME.format(instant.atZone(zone));
    }

    /** A payload indented for reading; as it is when it is not JSON. */
    static String prettyJson(String json) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(json));
        } catch (IOException e) {
            return json;
        }
    }
}
