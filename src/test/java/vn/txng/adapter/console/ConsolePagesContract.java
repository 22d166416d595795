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
        assertThat(overview).contains("<td>Lots</td>").contains("Delivered " + console.staged() + ", Refused by the portal 0");
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

    @Test
    void should_show_when_each_file_was_read_as_the_other_pages_show_times() throws Exception {
        String files = page("/console/files");

        assertThat(files).containsPattern("<td>\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}</td>")
                .doesNotContainPattern("\\d{2}:\\d{2}:\\d{2}\\.\\d+Z");
    }

    @Test
    void should_say_the_chart_counts_only_the_records_the_portal_refuses_now() throws Exception {
        String overview = page("/console/");

        assertThat(overview).contains("<span class=\"r\">Refused by the portal</span>").contains("still refused now");
    }

    @Test
    void should_link_each_count_of_the_overview_to_its_kind_and_state() throws Exception {
        String overview = page("/console/");

        assertThat(overview).contains("href=\"/console/records?kind=LOT&state=DELIVERED\"")
                .contains("href=\"/console/records?kind=PRODUCT&state=WAITING\"");
    }

    @Test
    void should_switch_language_on_a_record_page_keeping_its_kind_and_key() throws Exception {
        String record = page("/console/record?kind=LOT&key=" + Console.encode(LOT));

        assertThat(record).contains("id=\"lang-switch\"")
                .contains("href=\"/console/record?kind=LOT&amp;key=" + Console.encode(LOT) + "&amp;lang=vi\"");
    }

    @Test
    void should_keep_the_search_and_filters_when_the_language_switches() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(console.uri("/console/records?q=L2609+%26x&state=REJECTED&lang=vi"))
                .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/console/records?q=L2609+%26x&state=REJECTED");
        assertThat(response.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).startsWith(Console.LANG_COOKIE + "=vi;"));
    }

    @Test
    void should_offer_no_bulk_requeue_for_a_search_the_requeue_cannot_narrow_to() throws Exception {
        assertThat(page("/console/records?state=REJECTED&q=L2609&kind=LOT")).doesNotContain("id=\"requeue\"");
        assertThat(page("/console/records?state=REJECTED&kind=LOT")).contains("href=\"/console/requeue?state=REJECTED&kind=LOT\"");
    }

    @Test
    void should_say_how_many_records_a_requeue_will_send_again() throws Exception {
        String confirm = page("/console/requeue?state=REJECTED&kind=LOT");

        assertThat(confirm).contains("Send the rejected lot records again at the next push? No record matches now.")
                .doesNotContain("records records");
    }
}
