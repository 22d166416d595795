package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path work;

    private static Properties system(String... pairs) {
        Properties p = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            p.setProperty(pairs[i], pairs[i + 1]);
        }
        return p;
    }

    @Test
    void should_name_the_environment_variable_of_a_key_as_the_design_says() {
        assertThat(Settings.environmentName("txng.portal.client-secret")).isEqualTo("TXNG_PORTAL_CLIENT_SECRET");
    }

    @Test
    void should_name_a_setting_by_its_environment_variable_when_it_is_set_there() {
        Settings settings = Settings.load(Map.of("TXNG_PORTAL_CLIENT_ID", "erp-client"), system(), work);
        assertThat(settings.nameOf("txng.portal.client-id")).isEqualTo("TXNG_PORTAL_CLIENT_ID");
    }

    @Test
    void should_name_a_setting_by_its_key_when_it_is_set_as_a_property() {
        Settings settings = Settings.load(Map.of(), system("txng.portal.client-id", "erp-client"), work);
        assertThat(settings.nameOf("txng.portal.client-id")).isEqualTo("txng.portal.client-id");
    }

    @Test
    void should_name_both_forms_of_a_setting_set_nowhere() {
        assertThat(Settings.load(Map.of(), system(), work).nameOf("txng.portal.client-id"))
                .isEqualTo("txng.portal.client-id (environment variable TXNG_PORTAL_CLIENT_ID)");
    }

    @Test
    void should_let_an_environment_variable_override_the_packed_default() {
        Settings settings = Settings.load(Map.of("TXNG_PORTAL_MAX_CONCURRENCY", "4"), system(), work);
        assertThat(settings.integer("txng.portal.max-concurrency")).isEqualTo(4);
    }

    @Test
    void should_let_the_environment_override_a_system_property_as_camel_does() {
        Settings settings = Settings.load(Map.of("TXNG_INBOX_DIR", "from-env"), system("txng.inbox.dir", "from-d"), work);
        assertThat(settings.inboxDir()).isEqualTo(work.resolve("from-env"));
    }

    @Test
    void should_let_a_system_property_override_the_working_folder_file() throws IOException {
        Files.writeString(work.resolve("application.properties"), "txng.inbox.dir=from-file\n");
        assertThat(Settings.load(Map.of(), system("txng.inbox.dir", "from-d"), work).inboxDir()).isEqualTo(work.resolve("from-d"));
    }

    @Test
    void should_resolve_placeholders_inside_a_value() throws IOException {
        Files.writeString(work.resolve("application.properties"), "txng.inbox.dir={{txng.data.dir}}/in\n");
        assertThat(Settings.load(Map.of(), system("txng.data.dir", "/srv/txng"), work).get("txng.inbox.dir")).isEqualTo("/srv/txng/in");
    }

    @Test
    void should_let_a_with_value_win_over_the_files_and_the_test_environment() {
        Settings settings = Settings.load(Map.of("TXNG_PUSH_LEASE", "1m"), system("txng.push.lease", "2m"), work).with("txng.push.lease", "3m");
        assertThat(settings.duration("txng.push.lease")).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void should_read_an_application_properties_in_the_working_folder() throws IOException {
        Files.writeString(work.resolve("application.properties"), "txng.push.cron=0 30 1 * * ?\n");
        assertThat(Settings.load(Map.of(), system(), work).get("txng.push.cron")).isEqualTo("0 30 1 * * ?");
    }

    @Test
    void should_use_the_sandbox_when_no_client_id_is_set() {
        assertThat(Settings.load(Map.of(), system(), work).sandboxMode()).isTrue();
        assertThat(Settings.load(Map.of("TXNG_PORTAL_CLIENT_ID", "org-1"), system(), work).sandboxMode()).isFalse();
    }

    @Test
    void should_mask_secrets_in_its_text_and_its_snapshot_for_commands() {
        Settings settings = Settings.load(Map.of("TXNG_PORTAL_CLIENT_SECRET", "hunter2-secret", "TXNG_DB_PASSWORD", "db-pass"), system(), work);
        assertThat(settings.get("txng.portal.client-secret")).isEqualTo("hunter2-secret");
        assertThat(settings.toString()).doesNotContain("hunter2-secret").doesNotContain("db-pass").contains("******")
                .contains("txng.portal.max-concurrency=8");
        assertThat(settings.forCamel().stringPropertyNames()).noneMatch(k -> k.contains("secret") || k.contains("password"));
    }

    @Test
    void should_read_durations_with_units() {
        Settings settings = Settings.load(Map.of(), system("txng.push.lease", "90s", "txng.push.retry-max", "PT2H"), work);
        assertThat(settings.duration("txng.push.lease")).isEqualTo(Duration.ofSeconds(90));
        assertThat(settings.duration("txng.push.retry-max")).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void should_name_the_key_of_a_setting_that_is_not_a_duration() {
        Settings settings = Settings.load(Map.of(), system("txng.push.lease", "soon"), work);
        assertThatThrownBy(() -> settings.duration("txng.push.lease")).hasMessageContaining("txng.push.lease");
    }

    @Test
    void should_use_the_routes_in_the_jar_when_the_working_folder_has_none() {
        assertThat(Settings.load(Map.of(), system(), work).routesPattern()).isEqualTo("classpath:routes/*.camel.yaml");
    }
}
