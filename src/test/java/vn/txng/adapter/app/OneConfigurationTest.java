package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key resolves the same for a command (its {@link Settings}) and for a route (a {{placeholder}} in
 * the Camel Main context the run command starts), wherever it is set: a real environment variable
 * (TXNG_PROBE_FROM_ENV, set for the test JVM in pom.xml), a real {@code -D} system property, or
 * {@code application.properties} in the working folder.
 */
class OneConfigurationTest {

    private static final String FROM_D = "txng.probe.from-d";

    @TempDir
    Path work;

    private AdapterFixture adapter;

    @BeforeEach
    void configure() throws IOException {
        Files.writeString(work.resolve("application.properties"), """
                txng.probe.from-file=from-file
                txng.probe.from-d=from-file
                txng.probe.from-env=from-file
                txng.probe.composed={{txng.probe.from-d}}+{{txng.probe.unset:fallback}}+{{?txng.probe.unset}}.
                """);
        Path routes = Files.createDirectories(work.resolve("probe-routes"));
        Files.writeString(routes.resolve("probe.camel.yaml"), """
                - route:
                    id: probe-keys
                    from:
                      uri: direct:keys
                      steps:
                        - setBody:
                            constant: "{{txng.probe.from-env}}|{{txng.probe.from-d}}|{{txng.probe.from-file}}"
                - route:
                    id: probe-placeholders
                    from:
                      uri: direct:placeholders
                      steps:
                        - setBody:
                            constant: "{{txng.probe.composed}}/{{txng.probe.from-d}}+{{txng.probe.unset:fallback}}+{{?txng.probe.unset}}."
                """);
        System.setProperty(FROM_D, "from-d");
        adapter = new AdapterFixture(work).with("txng.routes.dir", routes.toString());
    }

    @AfterEach
    void restore() {
        System.clearProperty(FROM_D);
        adapter.close();
    }

    /** The body a probe route of the running adapter answers with. */
    private String inRoute(String endpoint) throws Exception {
        try (AdapterFixture.Running running = adapter.start()) {
            return running.app().context().createFluentProducerTemplate().to(endpoint).request(String.class);
        }
    }

    @Test
    void should_resolve_environment_d_and_working_folder_values_alike_in_a_command_and_a_route() throws Exception {
        Settings command = adapter.settings();

        assertThat(String.join("|", command.get("txng.probe.from-env"), command.get("txng.probe.from-d"), command.get("txng.probe.from-file")))
                .isEqualTo("from-env|from-d|from-file")
                .isEqualTo(inRoute("direct:keys"));
        Settings everyCommand = Settings.load();
        assertThat(everyCommand.get("txng.probe.from-env") + "|" + everyCommand.get("txng.probe.from-d")).isEqualTo("from-env|from-d");
    }

    @Test
    void should_resolve_defaults_and_optional_placeholders_alike_in_a_command_and_a_route() throws Exception {
        String command = adapter.settings().get("txng.probe.composed");
        assertThat(command).isEqualTo("from-d+fallback+.");
        assertThat(inRoute("direct:placeholders")).isEqualTo(command + "/" + command);
    }
}
