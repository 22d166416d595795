package vn.txng.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.app.ConsoleServer;

/** What each console page shows after a `run --once` of the samples, the same on every database (see the subclasses). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConsolePagesContract {

    private static final String LOT = "08934563123451/L2609-15A";

    ConsoleServer console;
    String cookie;
    final HttpClient http = HttpClient.newHttpClient();

    abstract boolean postgres();

    @BeforeAll
    void serve(@TempDir Path work) throws Exception {
        console = ConsoleServer.afterSamples(Files.createDirectories(work.resolve("adapter")), postgres());
        cookie = console.signIn(http);
    }

    @AfterAll
    void stop() throws Exception {
        console.close();
    }

    String page(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(console.uri(path)).header("Cookie", cookie)
                .header("Accept-Language", "en").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    @Test
    void should_count_the_delivered_samples_per_kind_and_chart_them_today() throws Exception {
        String overview = page("/console/");

        // every record of the samples (the XML, the EDI and the spreadsheet template's example rows), all delivered today
        assertThat(console.staged()).isGreaterThanOrEqualTo(15);
        assertThat(overview).contains("<td>Lots</td>").contains("Delivered " + console.staged() + ", Refused 0");
    }

    @Test
    void should_find_a_lot_by_its_lot_number() throws Exception {
        String records = page("/console/records?q=L2609-15A");

        assertThat(records).contains(LOT).contains("s-DELIVERED");
    }

    @Test
    void should_filter_records_by_kind_and_state_a_page_at_a_time() throws Exception {
        String first = page("/console/records?kind=LOT&state=DELIVERED");

        assertThat(first).contains(LOT).doesNotContain("(414)");
        assertThat(page("/console/records?kind=LOT&state=REJECTED")).contains("No records.");
    }

    @Test
    void should_show_a_record_with_its_delivery_to_the_portal_and_its_content() throws Exception {
        String record = page("/console/record?kind=LOT&key=" + Console.encode(LOT));

        assertThat(record).contains("(active)").contains("\"lotNumber\" : \"L2609-15A\"");
    }

    @Test
    void should_show_the_file_and_position_a_record_came_from_with_a_link_to_the_files_report() throws Exception {
        String record = page("/console/record?kind=LOT&key=" + Console.encode(LOT));

        assertThat(record).containsPattern("<a href=\"/console/file\\?name=lots-2026-11-21\\.xml\\.[0-9-]+\\.json\">lots-2026-11-21\\.xml</a>")
                .containsPattern("<span id=\"position\">line \\d+");
    }

    @Test
    void should_show_a_lot_journey_with_its_events_in_time_order() throws Exception {
        String journey = page("/console/lot?key=" + Console.encode(LOT));

        assertThat(journey.indexOf("SAN_XUAT")).isPositive().isLessThan(journey.indexOf("VAN_CHUYEN"));
    }

    @Test
    void should_list_the_sample_files_with_their_counts() throws Exception {
        String files = page("/console/files");

        assertThat(files).contains("products-2026-11-21.xml").contains("lots-2026-11-21.xml").contains("desadv-2026-11-21.edi");
    }
}
