package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.PropertiesComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code camel.*} keys Camel Main's auto-configuration reads, as Settings lists them to it: from the
 * environment before {@code -D} before the files, under the key each variable names (ConfigurationJarIT
 * shows the same in the packaged jar).
 */
class CamelKeysListedTest {

    @TempDir
    Path work;

    private static Properties listed(Settings settings) {
        PropertiesComponent component = new DefaultCamelContext().getPropertiesComponent();
        settings.configure(component, new Properties());
        return component.loadProperties(key -> key.startsWith("camel."));
    }

    private static Properties system(String key, String value) {
        Properties p = new Properties();
        p.setProperty(key, value);
        return p;
    }

    @Test
    void should_list_a_port_from_the_environment_over_d_though_camel_main_skips_port_variables() {
        Settings settings = Settings.load(Map.of("CAMEL_MANAGEMENT_PORT", "9911"), system("camel.management.port", "9912"), work);
        assertThat(listed(settings).getProperty("camel.management.port")).isEqualTo("9911");
    }

    @Test
    void should_list_a_d_value_over_the_packed_default() {
        Settings settings = Settings.load(Map.of(), system("camel.management.port", "9912"), work);
        assertThat(listed(settings).getProperty("camel.management.port")).isEqualTo("9912");
    }

    @Test
    void should_list_a_camel_variable_no_file_names_as_camel_main_reads_it() {
        Settings settings = Settings.load(Map.of("CAMEL_MAIN_SHUTDOWNTIMEOUT", "7"), new Properties(), work);
        assertThat(listed(settings).getProperty("camel.main.shutdowntimeout")).isEqualTo("7");
    }

    @Test
    void should_not_list_a_kubernetes_service_link_that_names_no_key() {
        Settings settings = Settings.load(Map.of("CAMEL_SERVICE_PORT", "tcp://10.0.0.7:80", "CAMEL_PORT_80_TCP", "tcp://10.0.0.7:80"),
                new Properties(), work);
        assertThat(listed(settings).stringPropertyNames()).noneMatch(key -> key.startsWith("camel.service") || key.startsWith("camel.port"));
    }
}
