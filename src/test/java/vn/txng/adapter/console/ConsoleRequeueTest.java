package vn.txng.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.app.ConsoleServer;

/** Re-queue from the console acts on exactly the records the page offering it names, and says how many. */
class ConsoleRequeueTest {

    private static final String REJECTED_GTIN = "8934563123482";

    @TempDir
    static Path work;
    static ConsoleServer console;
    static String cookie;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void serve() throws Exception {
        console = ConsoleServer.start(work, false);
        console.portalRejectsNextProduct();
        console.drop("rejected.xml", ConsoleServer.productMessage(REJECTED_GTIN, "Nước mắm bị từ chối"));
        await().atMost(Duration.ofSeconds(30)).until(() -> console.staged() > 0 && console.push().rejected() == 1);
        cookie = console.signIn(HttpClient.newHttpClient());
    }

    @AfterAll
    static void stop() throws Exception {
        console.close();
    }

    private String page(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(console.uri(path)).header("Cookie", cookie)
                .header("Accept-Language", "en").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    @Test
    void should_offer_a_rejected_record_a_requeue_of_that_record_alone() throws Exception {
        String record = page("/console/record?kind=PRODUCT&key=0" + REJECTED_GTIN);

        assertThat(record).contains("href=\"/console/requeue?state=REJECTED&kind=PRODUCT&key=0" + REJECTED_GTIN + "\"");
    }

    @Test
    void should_count_in_the_database_the_records_a_requeue_will_send_again() throws Exception {
        String confirm = page("/console/requeue?state=REJECTED&kind=PRODUCT&key=0" + REJECTED_GTIN);

        assertThat(confirm).contains("One record matches now.").contains("name=\"key\" value=\"0" + REJECTED_GTIN + "\"");
        assertThat(page("/console/requeue?state=REJECTED&kind=LOT")).contains("No record matches now.");
    }
}
