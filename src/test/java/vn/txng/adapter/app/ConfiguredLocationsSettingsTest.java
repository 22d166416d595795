package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.model.LocationRecord;

/** {@code txng.locations.<name>.*}: the organisation's own places, from files, {@code -D} or the environment. */
class ConfiguredLocationsSettingsTest {

    @TempDir
    Path work;

    @Test
    void should_read_a_location_given_as_environment_variables() {
        Settings settings = Settings.load(Map.of("TXNG_LOCATIONS_LONG_AN_GLN", "8934563000103",
                "TXNG_LOCATIONS_LONG_AN_EXTENSION", "LINE-2", "TXNG_LOCATIONS_LONG_AN_NAME", "Xưởng Long An",
                "TXNG_LOCATIONS_LONG_AN_KIND", "CO_SO_SAN_XUAT", "TXNG_LOCATIONS_LONG_AN_LATITUDE", "10.8412",
                "TXNG_LOCATIONS_LONG_AN_LONGITUDE", "106.4963"), new Properties(), work);

        assertThat(settings.configuredLocations().locations()).singleElement().satisfies(location -> {
            assertThat(location.businessKey()).isEqualTo("(414)8934563000103(254)LINE-2");
            assertThat(location.name()).isEqualTo("Xưởng Long An");
            assertThat(location.latitude()).isEqualByComparingTo("10.8412");
        });
    }

    @Test
    void should_read_a_location_given_as_system_properties() {
        Properties system = new Properties();
        system.setProperty("txng.locations.store.gln", "8930000999993");
        system.setProperty("txng.locations.store.address", "12 Lê Lợi, Quận 1");

        assertThat(Settings.load(Map.of(), system, work).configuredLocations().locations())
                .extracting(LocationRecord::address).containsExactly("12 Lê Lợi, Quận 1");
    }

    @Test
    void should_refuse_a_configured_gln_with_a_wrong_check_digit_naming_the_setting() {
        Properties system = new Properties();
        system.setProperty("txng.locations.store.gln", "8930000999994");

        assertThatThrownBy(() -> Settings.load(Map.of(), system, work).configuredLocations())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("txng.locations.store.gln");
    }
}
