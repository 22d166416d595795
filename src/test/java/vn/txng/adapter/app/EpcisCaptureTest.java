package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.capture.CaptureRepositoryServer;
import vn.txng.adapter.capture.CaptureRepositoryServer.Canned;
import vn.txng.adapter.command.StatusCommand;
import vn.txng.adapter.epcis.EpcisSchemas;

/**
 * An EPCIS 2.0 repository as the second delivery target (issue 21 part 2): {@code run --once} pushes the README's
 * samples to the sandbox portal and captures them into a repository that follows the EPCIS 2.0 capture interface.
 */
class EpcisCaptureTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;
    AdapterFixture adapter;
    CaptureRepositoryServer repository;

    @BeforeEach
    void start() {
        repository = new CaptureRepositoryServer();
        adapter = new AdapterFixture(work)
                .with("txng.epcis.capture-url", repository.captureUrl().toString())
                .with("txng.epcis.poll-interval", "20ms");
    }

    @AfterEach
    void stop() {
        adapter.close();
        repository.close();
    }

    private String status() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatusCommand.print(adapter.settings(), new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String countsLine(String status) {
        return status.lines().filter(line -> line.startsWith("epcis: ")).findFirst().orElseThrow();
    }

    @Test
    void should_capture_every_staged_event_and_lot_commissioning_once_as_json_ld_that_passes_gs1s_schema() throws Exception {
        adapter.dropSamples();

        AdapterFixture.CommandRun run = adapter.runOnceCommand(true);

        assertThat(run.exit()).isZero();
        assertThat(repository.events().keySet()).isNotEmpty().isEqualTo(adapter.exportedEventIds());
        for (JsonNode document : repository.documents()) {
            assertThat(EpcisSchemas.problemsOfJson(JSON.writeValueAsBytes(document))).isEmpty();
        }
        assertThat(repository.errorBehaviours()).containsOnly("proceed");
        assertThat(run.stdout()).contains("EPCIS repository " + repository.captureUrl() + ": " + adapter.exportedEventIds().size() + " captured");
        assertThat(countsLine(status())).startsWith("epcis: pending 0, captured " + adapter.exportedEventIds().size() + ", rejected 0, retry 0");
    }

    @Test
    void should_deliver_the_same_files_events_to_the_sandbox_portal_and_to_the_repository() throws Exception {
        adapter.dropSamples();

        adapter.runOnceCommand(true);

        Set<String> portalEvents = adapter.portal.records().events().stream()
                .map(event -> vn.txng.adapter.epcis.EventIds.ofEvent(event.key())).collect(java.util.stream.Collectors.toSet());
        assertThat(portalEvents).isNotEmpty();
        assertThat(repository.events().keySet()).containsAll(portalEvents);
        assertThat(repository.events().values()).filteredOn(e -> portalEvents.contains(e.path("eventID").asText()))
                .extracting(e -> e.path("eventTime").asText()).doesNotContainNull().allMatch(time -> !time.isEmpty());
    }

    @Test
    void should_check_the_repository_with_its_credentials_beside_the_portal() throws Exception {
        String token = "check-token-7f3a";
        repository.requireAuthorization("Bearer " + token);
        adapter.with("txng.epcis.bearer-token", token);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = vn.txng.adapter.command.CheckCommand.check(adapter.settings(), new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("ok    EPCIS repository: ").doesNotContain(token);
    }

    @Test
    void should_fail_the_check_of_a_repository_that_refuses_the_token_and_say_which_setting() throws Exception {
        repository.requireAuthorization("Bearer the-right-token");
        adapter.with("txng.epcis.bearer-token", "a-wrong-token-91c2");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = vn.txng.adapter.command.CheckCommand.check(adapter.settings(), new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("FAIL  EPCIS repository: HTTP 401").contains("txng.epcis.bearer-token")
                .doesNotContain("a-wrong-token-91c2");
    }

    @Test
    void should_show_the_capture_schedule_in_status_beside_the_push_schedule() throws Exception {
        String status = status();

        assertThat(status).contains("EPCIS capture schedule: cron \"" + adapter.settings().get("txng.push.cron") + "\"");
        assertThat(status.lines().dropWhile(line -> !line.startsWith("EPCIS capture schedule")).skip(1).findFirst().orElseThrow())
                .matches("  next tick: \\d{4}-.*Z");
    }

    @Test
    void should_send_nothing_to_the_repository_in_a_second_pass() throws Exception {
        adapter.dropSamples();
        adapter.runOnceCommand(true);
        int captures = repository.captures();

        adapter.runOnceCommand(true);

        assertThat(captures).isPositive();
        assertThat(repository.captures()).isEqualTo(captures);
    }

    @Test
    void should_capture_an_event_declared_in_error_after_delivery_once_more_with_its_error_declaration() throws Exception {
        adapter.drop("sites.xml", Messages.message(Messages.product(Messages.GTIN_A, "Nước mắm"),
                Messages.lot(Messages.GTIN_A, "L1", 1200),
                JourneyTest.location(JourneyTest.FACTORY, null, "Xưởng chiết rót Long An", "CO_SO_SAN_XUAT"),
                JourneyTest.location(JourneyTest.STORE, null, "Cửa hàng Quận 1", "CUA_HANG")));
        adapter.runOnceCommand(true);
        adapter.drop("shipment.jsonld", EpcisJourneyTest.shipment(false));
        adapter.runOnceCommand(true);
        assertThat(repository.events().get(EpcisJourneyTest.SHIPMENT)).isNotNull();
        adapter.drop("correction.jsonld", EpcisJourneyTest.shipment(true));

        AdapterFixture.CommandRun run = adapter.runOnceCommand(true);

        assertThat(repository.events().get(EpcisJourneyTest.SHIPMENT).at("/errorDeclaration/reason").asText()).isEqualTo("incorrect_data");
        assertThat(run.stdout()).contains("EPCIS repository " + repository.captureUrl() + ": 1 captured");
    }

    @Test
    void should_count_an_event_the_repository_had_before_as_captured() throws Exception {
        adapter.dropSamples();
        adapter.runOnceCommand(false);
        Set<String> ids = adapter.exportedEventIds();
        repository.preload(ids.iterator().next());

        AdapterFixture.CommandRun run = adapter.runOnceCommand(true);

        assertThat(run.stdout()).contains(ids.size() + " captured (1 already there), 0 refused");
        assertThat(countsLine(status())).startsWith("epcis: pending 0, captured " + ids.size());
    }

    @Test
    void should_record_an_event_the_repository_refuses_as_rejected_with_its_reason() throws Exception {
        adapter.dropSamples();
        adapter.runOnceCommand(false);
        String refused = adapter.exportedEventIds().iterator().next();
        repository.refuse(event -> event.path("eventID").asText().equals(refused));

        adapter.runOnceCommand(true);

        String status = status();
        assertThat(countsLine(status)).contains("rejected 1");
        assertThat(status).contains("refused by the EPCIS repository", "(event " + refused + "): epcisException:ValidationException:"
                + " Invalid event: bizLocation is not a known location");
        assertThat(repository.events()).hasSize(adapter.exportedEventIds().size() - 1).doesNotContainKey(refused);
    }

    @Test
    void should_charge_nothing_when_the_repository_is_down_and_still_push_to_the_portal() throws Exception {
        repository.close();
        adapter.dropSamples();

        AdapterFixture.CommandRun run = adapter.runOnceCommand(true);

        assertThat(run.exit()).as("the portal's exit code").isZero();
        assertThat(run.stdout()).contains("STOPPED: cannot connect to 127.0.0.1:" + repository.captureUrl().getPort());
        assertThat(adapter.portal.storedUpserts()).isPositive();
        String status = status();
        assertThat(countsLine(status)).startsWith("epcis: pending " + adapter.exportedEventIds().size() + ", captured 0, rejected 0, retry 0");
        assertThat(status).contains("epcis connection: STOPPED at ");
    }

    @Test
    void should_open_its_breaker_after_server_errors_in_a_row_and_charge_the_events_not_sent_nothing() throws Exception {
        adapter.with("txng.epcis.batch-size", "1").with("txng.epcis.breaker-threshold", "2");
        repository.answerNext(new Canned(500, null), new Canned(500, null), new Canned(500, null));
        adapter.dropSamples();

        AdapterFixture.CommandRun run = adapter.runOnceCommand(true);

        assertThat(run.stdout()).contains("circuit breaker is open");
        assertThat(repository.captures()).isEqualTo(2);
        // the events not tried stay pending, with no attempt counted
        assertThat(countsLine(status())).matches("epcis: pending [1-9][0-9]*, captured 0, rejected 0, retry 2, skipped 0");
    }

    @Test
    void should_stop_when_the_repository_asks_to_wait_and_capture_everything_in_a_later_pass() throws Exception {
        repository.answerNext(new Canned(503, "0"));
        adapter.dropSamples();

        AdapterFixture.CommandRun first = adapter.runOnceCommand(true);
        AdapterFixture.CommandRun second = adapter.runOnceCommand(true);

        assertThat(first.stdout()).contains("HTTP 503", "Retry-After");
        assertThat(second.stdout()).contains(adapter.exportedEventIds().size() + " captured");
        assertThat(repository.events().keySet()).isEqualTo(adapter.exportedEventIds());
    }

    @Test
    void should_capture_a_batch_too_large_for_the_repository_in_smaller_documents() throws Exception {
        repository.maxEventsPerDocument(2);
        adapter.dropSamples();

        adapter.runOnceCommand(true);

        assertThat(repository.events().keySet()).isEqualTo(adapter.exportedEventIds());
        assertThat(repository.documents()).filteredOn(document -> document.at("/epcisBody/eventList").size() <= 2)
                .extracting(CaptureRepositoryServer::eventIds).flatExtracting(ids -> ids).containsExactlyInAnyOrderElementsOf(adapter.exportedEventIds());
    }

    @Test
    void should_count_the_events_of_a_lost_reply_as_captured_when_the_repository_reports_them_as_duplicates() throws Exception {
        repository.loseReplies(1);
        adapter.dropSamples();
        adapter.with("txng.push.retry-initial", "1ms");

        AdapterFixture.CommandRun first = adapter.runOnceCommand(true);
        AdapterFixture.CommandRun second = adapter.runOnceCommand(true);

        assertThat(first.stdout()).contains("0 captured", adapter.exportedEventIds().size() + " to retry");
        assertThat(second.stdout()).contains(adapter.exportedEventIds().size() + " captured (" + adapter.exportedEventIds().size() + " already there)");
        assertThat(repository.events().keySet()).isEqualTo(adapter.exportedEventIds());
    }

    @Test
    void should_send_the_bearer_token_the_repository_issued() throws Exception {
        String token = "bearer-" + java.util.UUID.randomUUID();
        repository.requireAuthorization("Bearer " + token);
        adapter.with("txng.epcis.bearer-token", token);
        adapter.dropSamples();

        adapter.runOnceCommand(true);

        assertThat(repository.events().keySet()).isEqualTo(adapter.exportedEventIds());
    }

    @Test
    void should_send_the_user_and_password_as_basic_authentication() throws Exception {
        repository.requireAuthorization("Basic " + Base64.getEncoder().encodeToString("adapter:pa55word".getBytes(StandardCharsets.UTF_8)));
        adapter.with("txng.epcis.user", "adapter").with("txng.epcis.password", "pa55word");
        adapter.dropSamples();

        adapter.runOnceCommand(true);

        assertThat(repository.events().keySet()).isEqualTo(adapter.exportedEventIds());
    }

    @Test
    void should_fetch_an_oauth_token_and_a_new_one_once_when_the_repository_refuses_it() throws Exception {
        repository.requireOAuth("epcis-client", "epcis-secret").revokeFirstTokens(1);
        adapter.with("txng.epcis.client-id", "epcis-client").with("txng.epcis.client-secret", "epcis-secret")
                .with("txng.epcis.token-url", repository.tokenUrl().toString());
        adapter.dropSamples();

        adapter.runOnceCommand(true);

        assertThat(repository.tokensIssued()).isEqualTo(2);
        assertThat(repository.events().keySet()).isEqualTo(adapter.exportedEventIds());
    }

    @Test
    void should_keep_the_repositorys_secrets_out_of_the_logs_the_summary_and_status() throws Exception {
        String token = "bearer-" + java.util.UUID.randomUUID();
        repository.requireAuthorization("Bearer another-token");
        adapter.with("txng.epcis.bearer-token", token);
        adapter.dropSamples();
        AdapterFixture.CommandRun run;
        String status;
        try (LogCapture logs = new LogCapture(Level.DEBUG)) {
            run = adapter.runOnceCommand(true);
            status = status();
            assertThat(logs.text()).contains("HTTP 401").doesNotContain(token);
        }
        assertThat(run.stdout()).contains("STOPPED: HTTP 401").doesNotContain(token);
        assertThat(status).contains("epcis connection: STOPPED").doesNotContain(token);
        assertThat(adapter.settings().toString()).doesNotContain(token);
    }

    @Test
    void should_not_follow_a_capture_job_location_on_another_host_with_its_credentials() throws Exception {
        String token = "bearer-" + java.util.UUID.randomUUID();
        repository.requireAuthorization("Bearer " + token).jobsOn("http://localhost:" + repository.captureUrl().getPort());
        adapter.with("txng.epcis.bearer-token", token);
        adapter.dropSamples();

        AdapterFixture.CommandRun run = adapter.runOnceCommand(true);

        assertThat(run.stdout()).contains("STOPPED: the capture job's Location http://localhost:", "is not on the repository's host");
        assertThat(repository.authorizations()).hasSize(1);
    }

    @Test
    void should_refuse_a_capture_url_with_a_password_in_it_without_repeating_the_password() {
        adapter.with("txng.epcis.capture-url", "https://adapter:hunter2@epcis.example.com/capture");

        assertThatThrownBy(() -> AdapterRuntime.start(adapter.settings()).close())
                .hasMessageContaining("txng.epcis.capture-url").hasMessageContaining("no user info").hasMessageNotContaining("hunter2");
    }

    @Test
    void should_capture_on_its_own_schedule_while_the_adapter_runs() throws Exception {
        adapter.with("txng.epcis.cron", "* * * * * ?");
        adapter.dropSamples();
        adapter.runOnceCommand(false);
        Set<String> ids = adapter.exportedEventIds();

        try (AdapterFixture.Running running = adapter.start()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> repository.events().keySet().equals(ids));
            assertThat(running.app().context().getRoute("push-epcis")).isNotNull();
        }
    }
}
