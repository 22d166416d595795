package vn.txng.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.app.ConsoleServer;
import vn.txng.adapter.capture.CaptureRepositoryServer;

/**
 * The console with an EPCIS repository as second target (txng.epcis.capture-url): the samples captured there, their
 * shipping event refused by the repository.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleEpcisTargetTest {

    private static final String LOT = "08934563123451/L2609-15A";

    CaptureRepositoryServer repository;
    ConsoleServer console;
    String cookie;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void serve(@TempDir Path work) throws Exception {
        repository = new CaptureRepositoryServer().refuse(event -> event.path("bizStep").asText().endsWith("shipping"));
        console = ConsoleServer.afterSamplesCapturedTo(Files.createDirectories(work.resolve("adapter")), repository.captureUrl());
        cookie = console.signIn(http);
    }

    @AfterAll
    void stop() throws Exception {
        console.close();
        repository.close();
    }

    private String page(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(console.uri(path)).header("Cookie", cookie)
                .header("Accept-Language", "en").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** The page of the journey's event whose stage is {@code stage}. */
    private String eventPage(String stage) throws Exception {
        String journey = page("/console/lot?key=" + Console.encode(LOT));
        Matcher event = Pattern.compile(stage + "[^<]*<span[^>]*>[^<]*</span><br>[^<]*(?:→[^<]*)?<br><a class=\"muted\" href=\"([^\"]+)\"")
                .matcher(journey);
        assertThat(event.find()).as("a %s event on the journey", stage).isTrue();
        return page(event.group(1).replace("&amp;", "&"));
    }

    @Test
    void should_show_the_epcis_repository_on_the_overview_with_its_counts_by_capture_state() throws Exception {
        String overview = page("/console/");

        assertThat(overview).contains("id=\"epcis\"").contains(repository.captureUrl().toString())
                .containsPattern("<td class=\"n\" id=\"epcis-REJECTED\">[1-9]").containsPattern("<td class=\"n\" id=\"epcis-CAPTURED\">[1-9]");
    }

    @Test
    void should_show_the_last_capture_time_on_the_overview() throws Exception {
        String overview = page("/console/");

        assertThat(overview).containsPattern("id=\"epcis-last\">\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d<");
    }

    @Test
    void should_show_an_events_capture_at_the_repository_on_its_page() throws Exception {
        String event = eventPage("SAN_XUAT");

        assertThat(event).contains("id=\"epcis-capture\"").contains(repository.captureUrl().toString())
                .containsPattern("<td class=\"s-CAPTURED\">Captured</td><td>\\d{4}-");
    }

    @Test
    void should_show_the_repositorys_reason_on_the_page_of_an_event_it_refused() throws Exception {
        String event = eventPage("VAN_CHUYEN");

        assertThat(event).contains("<td class=\"s-REJECTED\">Refused by the repository</td>").contains("bizLocation is not a known location");
    }

    @Test
    void should_show_no_epcis_capture_on_a_products_page() throws Exception {
        String product = page("/console/record?kind=PRODUCT&key=08934563123451");

        assertThat(product).doesNotContain("id=\"epcis-capture\"");
    }
}
