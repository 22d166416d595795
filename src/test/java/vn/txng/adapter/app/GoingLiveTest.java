package vn.txng.adapter.app;

import vn.txng.adapter.push.PushSummary;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.txng.adapter.app.Messages.GTIN_A;
import static vn.txng.adapter.app.Messages.GTIN_B;
import static vn.txng.adapter.app.Messages.lot;
import static vn.txng.adapter.app.Messages.message;
import static vn.txng.adapter.app.Messages.product;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.app.AdapterFixture.RunResult;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.outbox.DeliveryState;
import vn.txng.adapter.outbox.OutboxItem;
import vn.txng.adapter.outbox.RequeueFilter;
import vn.txng.adapter.portal.Secret;
import vn.txng.adapter.portal.sandbox.SandboxServer;
import vn.txng.adapter.command.CheckCommand;
import vn.txng.adapter.command.RetryCommand;
import vn.txng.adapter.command.RunCommand;
import vn.txng.adapter.command.StatusCommand;

/**
 * The path every customer takes: sandbox, then the test gateway, then production, with a real
 * sandbox portal over HTTP for each and a real H2 file outbox kept across the runs.
 */
class GoingLiveTest {

    private static final String FOUR_RECORDS = message(product(GTIN_A, "Nước mắm"), product(GTIN_B, "Trà xanh"),
            lot(GTIN_A, "L1", 100), lot(GTIN_B, "L2", 200));

    @TempDir
    Path work;
    AdapterFixture adapter;
    SandboxServer production;

    @BeforeEach
    void start() {
        adapter = new AdapterFixture(work);
        production = new SandboxServer(AdapterFixture.CLIENT_ID, Secret.of(AdapterFixture.SECRET)).start(0);
    }

    @AfterEach
    void stop() {
        adapter.close();
        production.stop();
    }

    @Test
    void should_deliver_every_record_to_the_configured_portal_after_a_sandbox_run_in_the_same_data_folder() throws Exception {
        String portalBase = adapter.settings().get("txng.portal.api-base");
        adapter.with("txng.portal.client-id", "");
        adapter.drop("good.xml", FOUR_RECORDS);
        assertThat(adapter.runOnce().count(DeliveryState.DELIVERED)).as("to the built-in sandbox").isEqualTo(4);
        assertThat(adapter.portalCalls()).isZero();

        adapter.with("txng.portal.client-id", AdapterFixture.CLIENT_ID).with("txng.portal.api-base", portalBase);
        RunResult live = adapter.push();

        assertThat(live.summary().deliveredProducts()).isEqualTo(2);
        assertThat(live.summary().deliveredLots()).isEqualTo(2);
        assertThat(adapter.portal.records().products()).hasSize(2);
        assertThat(adapter.portal.records().lots()).hasSize(2);
    }

    @Test
    void should_send_nothing_twice_to_a_portal_switched_away_from_and_back_to() throws Exception {
        adapter.drop("good.xml", FOUR_RECORDS);
        adapter.runOnce();
        long callsToTestGateway = adapter.portalCalls();
        onProduction();
        RunResult onB = adapter.push();
        assertThat(onB.count(DeliveryState.DELIVERED)).isEqualTo(4);
        assertThat(production.records().lots()).hasSize(2);

        onTestGateway();
        RunResult backOnA = adapter.push();

        assertThat(backOnA.count(DeliveryState.DELIVERED)).isEqualTo(4);
        assertThat(backOnA.summary().deliveredProducts() + backOnA.summary().deliveredLots()).isZero();
        assertThat(adapter.portalCalls()).as("the test gateway got nothing again").isEqualTo(callsToTestGateway);
    }

    @Test
    void should_reject_nothing_and_stop_with_exit_3_while_the_organisation_is_not_activated() throws Exception {
        adapter.portal.organisationActivated(false);
        adapter.drop("good.xml", FOUR_RECORDS);

        RunResult run = adapter.runOnce();

        assertThat(run.summary().connectionFault()).contains("National Barcode Center").contains("tax code and GLN");
        assertThat(RunCommand.exitCode(run.summary(), 4)).isEqualTo(RunCommand.CONNECTION_FAILED);
        assertThat(run.count(DeliveryState.REJECTED)).isZero();
        assertThat(run.count(DeliveryState.PENDING)).isEqualTo(4);
        assertThat(run.count(DeliveryState.RETRY)).as("no attempt spent").isZero();
    }

    @Test
    void should_deliver_everything_in_the_first_pass_after_the_organisation_is_activated() throws Exception {
        adapter.portal.organisationActivated(false);
        adapter.drop("good.xml", FOUR_RECORDS);
        adapter.runOnce();

        adapter.portal.organisationActivated(true);
        RunResult activated = adapter.push();

        assertThat(activated.count(DeliveryState.DELIVERED)).isEqualTo(4);
        assertThat(activated.summary().wasStoppedByConnection()).isFalse();
    }

    @Test
    void should_leave_records_as_they_were_and_say_so_in_words_when_the_portal_cannot_be_reached() throws Exception {
        int closed = closedPort();
        adapter.with("txng.portal.api-base", "http://127.0.0.1:" + closed).with("txng.portal.token-url", "http://127.0.0.1:" + closed + "/connect/token");
        adapter.drop("good.xml", FOUR_RECORDS);

        RunResult run = adapter.runOnce();

        assertThat(run.summary().connectionFault()).contains("cannot connect to 127.0.0.1:" + closed + " (connection refused)");
        assertThat(run.count(DeliveryState.PENDING)).isEqualTo(4);
        assertThat(status()).contains("last error: Token request to http://127.0.0.1:" + closed + "/connect/token failed: cannot connect to");
    }

    @Test
    void should_send_again_on_retry_code_the_records_an_earlier_version_rejected_for_the_organisation() throws Exception {
        adapter.drop("good.xml", message(product(GTIN_A, "Nước mắm")));
        try (AdapterRuntime runtime = AdapterRuntime.start(adapter.settings())) {
            new CamelApp(adapter.settings(), runtime, true).runOnce(false);
            // what the adapter did before it knew the answer: every record rejected for good
            OutboxItem item = runtime.outbox().claim(RecordKind.PRODUCT, 1, java.time.Instant.now(), java.time.Duration.ofMinutes(5)).get(0);
            runtime.outbox().markRejected(item, "ERR_SYS_DEV", "System.NullReferenceException: Object reference not set");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = RetryCommand.retry(adapter.settings(), RequeueFilter.rejected().withCode("ERR_SYS_DEV"), new PrintStream(out, true, StandardCharsets.UTF_8));
        RunResult pushed = adapter.push();

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("re-queued 1 rejected records with code ERR_SYS_DEV");
        assertThat(pushed.count(DeliveryState.DELIVERED)).isEqualTo(1);
        assertThat(adapter.portal.records().product(GTIN_A)).isPresent();
    }

    @Test
    void should_show_the_current_target_first_and_the_other_targets_delivered_to() throws Exception {
        adapter.drop("good.xml", FOUR_RECORDS);
        adapter.runOnce();
        onProduction();
        adapter.push();

        String status = status();

        assertThat(status.lines().findFirst().orElseThrow()).startsWith("portal: " + production.apiBase());
        assertThat(status).contains("outbox: pending 0, in-flight 0, delivered 4")
                .contains("also delivered to " + adapter.portal.apiBase() + " (client id " + AdapterFixture.CLIENT_ID + "): 4 records");
    }

    @Test
    void should_say_in_status_whose_counts_it_shows_until_the_new_portal_is_used() throws Exception {
        adapter.drop("good.xml", FOUR_RECORDS);
        adapter.runOnce();
        onProduction();

        String status = status();

        assertThat(status).contains("the counts below belong to " + adapter.portal.apiBase() + " (client id "
                + AdapterFixture.CLIENT_ID + "); the next `run`, `push` or `retry` switches to this portal");
        assertThat(production.calls()).isEmpty();
    }

    @Test
    void should_stop_pushing_when_another_instance_switched_the_outbox_to_its_portal() throws Exception {
        adapter.drop("good.xml", FOUR_RECORDS);
        try (AdapterRuntime runtime = AdapterRuntime.start(adapter.settings())) {
            new CamelApp(adapter.settings(), runtime, true).runOnce(false);
            // what an instance configured for production does when it starts on the same database
            runtime.outbox().useTarget(vn.txng.adapter.outbox.PortalTarget.of(production.apiBase(), AdapterFixture.CLIENT_ID));

            PushSummary summary = CamelApp.pushOnce(adapter.settings(), runtime);

            assertThat(summary.connectionFault()).contains("another adapter instance").contains("same portal");
            assertThat(runtime.outbox().counts()).containsEntry(DeliveryState.PENDING, 4L);
        }
        assertThat(adapter.portalCalls()).isZero();
        assertThat(production.records().products()).isEmpty();
    }

    @Test
    void should_give_an_upgraded_outbox_to_the_portal_of_its_first_start_and_send_all_again_on_retry_delivered() throws Exception {
        String portalBase = adapter.settings().get("txng.portal.api-base");
        adapter.with("txng.portal.client-id", "");
        adapter.drop("good.xml", FOUR_RECORDS);
        adapter.runOnce();
        downgradeToVersion2();
        adapter.with("txng.portal.client-id", AdapterFixture.CLIENT_ID).with("txng.portal.api-base", portalBase);

        RunResult firstStart = adapter.push();
        assertThat(firstStart.count(DeliveryState.DELIVERED)).as("the old state, attributed to this portal").isEqualTo(4);
        assertThat(adapter.portalCalls()).isZero();
        RetryCommand.retry(adapter.settings(), RequeueFilter.rejected().withDelivered(), new PrintStream(new ByteArrayOutputStream()));
        RunResult resent = adapter.push();

        assertThat(resent.count(DeliveryState.DELIVERED)).isEqualTo(4);
        assertThat(adapter.portal.records().products()).hasSize(2);
        assertThat(adapter.portal.records().lots()).hasSize(2);
    }

    /** What an outbox written by the version before delivery state per target looks like: no V3 tables. */
    private void downgradeToVersion2() throws Exception {
        javax.sql.DataSource database = Databases.dataSource(adapter.settings());
        try (java.sql.Connection connection = database.getConnection(); java.sql.Statement statement = connection.createStatement()) {
            // every migration after V2 is undone, so that the next start applies them in order again
            for (String table : List.of("outbox_event_lot", "outbox_error_declaration", "epcis_capture", "epcis_repository", "outbox_wait", "outbox_target_delivery", "outbox_target", "source_file", "source_state", "schedule_fire")) {
                statement.execute("DROP TABLE IF EXISTS " + table);
            }
            statement.execute("ALTER TABLE outbox_record DROP COLUMN IF EXISTS retry_since");
            statement.execute("ALTER TABLE outbox_record DROP COLUMN IF EXISTS source_file");
            statement.execute("ALTER TABLE outbox_record DROP COLUMN IF EXISTS source_position");
            statement.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" NOT IN ('1', '2')");
        } finally {
            Databases.close(database);
        }
    }

    // ---- check ----

    @Test
    void should_pass_the_connection_check_against_the_sandbox() {
        adapter.with("txng.portal.client-id", "");

        Check check = check();

        assertThat(check.exit()).isZero();
        assertThat(check.output()).contains("ok    organisation activated").doesNotContain("FAIL");
    }

    @Test
    void should_pass_the_connection_check_against_a_configured_portal_and_store_nothing() {
        Check check = check();

        assertThat(check.exit()).isZero();
        assertThat(check.output()).contains("ok    credentials accepted").contains("secret set (not shown)")
                .doesNotContain(AdapterFixture.SECRET);
        assertThat(adapter.portal.records().products()).isEmpty();
    }

    @Test
    void should_fail_the_credentials_step_with_a_wrong_secret() {
        adapter.with("txng.portal.client-secret", "wrong-secret");

        Check check = check();

        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.output()).contains("ok    token endpoint reachable").contains("FAIL  credentials accepted")
                .contains("invalid_client").contains("National Barcode Center").doesNotContain("wrong-secret");
    }

    @Test
    void should_name_the_environment_variables_to_fix_when_the_credentials_set_there_are_refused() {
        Settings fromEnvironment = Settings.load(Map.of("TXNG_PORTAL_CLIENT_ID", "unknown-client",
                "TXNG_PORTAL_CLIENT_SECRET", "wrong-secret", "TXNG_PORTAL_API_BASE", adapter.portal.apiBase().toString(),
                "TXNG_PORTAL_TOKEN_URL", adapter.portal.tokenUrl().toString()), new Properties(), work);

        Check check = check(fromEnvironment);

        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.output()).contains("FAIL  credentials accepted").contains("TXNG_PORTAL_CLIENT_ID")
                .contains("TXNG_PORTAL_CLIENT_SECRET").doesNotContain("wrong-secret");
    }

    @Test
    void should_name_the_environment_variable_that_made_the_missing_settings_needed() {
        Settings fromEnvironment = Settings.load(Map.of("TXNG_PORTAL_CLIENT_ID", "it-client"), new Properties(), work);

        Check check = check(fromEnvironment);

        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.output()).contains("FAIL  settings: not set (needed when TXNG_PORTAL_CLIENT_ID is set):"
                + " txng.portal.api-base (environment variable TXNG_PORTAL_API_BASE)");
    }

    @Test
    void should_fail_the_reachability_step_against_a_closed_port() throws Exception {
        int closed = closedPort();
        adapter.with("txng.portal.token-url", "http://127.0.0.1:" + closed + "/connect/token");

        Check check = check();

        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.output()).contains("FAIL  token endpoint reachable")
                .contains("cannot connect to 127.0.0.1:" + closed + " (connection refused)");
    }

    @Test
    void should_fail_the_api_step_against_a_wrong_api_path() {
        adapter.with("txng.portal.api-base", adapter.portal.apiBase() + "/gwdev");

        Check check = check();

        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.output()).contains("FAIL  API base accepts the token").contains("404");
    }

    @Test
    void should_fail_the_activation_step_while_the_organisation_is_not_activated() {
        adapter.portal.organisationActivated(false);

        Check check = check();

        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.output()).contains("ok    API base accepts the token").contains("FAIL  organisation activated")
                .contains("National Barcode Center");
    }

    @Test
    void should_fail_the_credentials_step_against_the_sandbox_set_to_refuse_them() {
        adapter.with("txng.portal.client-id", "").with("txng.sandbox.refuse-credentials", "true");

        Check check = check();

        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.output()).contains("FAIL  credentials accepted");
    }

    private void onProduction() {
        adapter.with("txng.portal.api-base", production.apiBase().toString()).with("txng.portal.token-url", production.tokenUrl().toString());
    }

    private void onTestGateway() {
        adapter.with("txng.portal.api-base", adapter.portal.apiBase().toString())
                .with("txng.portal.token-url", adapter.portal.tokenUrl().toString());
    }

    private String status() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatusCommand.print(adapter.settings(), new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private record Check(int exit, String output) {
    }

    private Check check() {
        return check(adapter.settings());
    }

    private Check check(Settings settings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = CheckCommand.check(settings, new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Check(exit, out.toString(StandardCharsets.UTF_8));
    }

    /** A port nothing listens on: bound to find it free, then closed. */
    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
