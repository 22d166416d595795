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
        Settings settings = fromSystemProperties("txng.locations.store.gln", "8930000999994");

        assertThatThrownBy(settings::configuredLocations)
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("txng.locations.store.gln");
    }

    /** Settings with {@code keysAndValues} (key, value, key, value ...) as {@code -D} system properties. */
    private Settings fromSystemProperties(String... keysAndValues) {
        Properties system = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            system.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Settings.load(Map.of(), system, work);
    }

    private static Settings fromEnvironment(Map<String, String> environment, Path work) {
        return Settings.load(environment, new Properties(), work);
    }

    @Test
    void should_refuse_a_configured_kind_that_is_not_the_portals_naming_the_setting_and_the_kinds() {
        Settings settings = fromEnvironment(Map.of("TXNG_LOCATIONS_LONG_AN_GLN", "8934563000103", "TXNG_LOCATIONS_LONG_AN_KIND", "NHA"), work);

        assertThatThrownBy(settings::configuredLocations).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("txng.locations.long_an.kind (TXNG_LOCATIONS_LONG_AN_KIND): 'NHA'")
                .hasMessageContaining("VUNG_TRONG");
    }

    @Test
    void should_refuse_a_configured_latitude_without_its_longitude_naming_the_missing_setting() {
        Settings settings = fromSystemProperties("txng.locations.store.gln", "8930000999993", "txng.locations.store.latitude", "10.77");

        assertThatThrownBy(settings::configuredLocations)
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("txng.locations.store.longitude (TXNG_LOCATIONS_STORE_LONGITUDE)");
    }

    @Test
    void should_refuse_a_configured_latitude_out_of_range_naming_the_setting() {
        Settings settings = fromSystemProperties("txng.locations.store.gln", "8930000999993", "txng.locations.store.latitude", "107.7",
                "txng.locations.store.longitude", "10.7");

        assertThatThrownBy(settings::configuredLocations)
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("txng.locations.store.latitude").hasMessageContaining("107.7");
    }

    @Test
    void should_refuse_a_configured_tax_code_that_is_not_one_naming_the_setting() {
        Settings settings = fromSystemProperties("txng.locations.store.gln", "8930000999993", "txng.locations.store.tax-code", "12AB");

        assertThatThrownBy(settings::configuredLocations)
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("txng.locations.store.tax-code");
    }

    @Test
    void should_refuse_a_configured_location_without_a_gln_naming_its_gln_setting() {
        Settings settings = fromEnvironment(Map.of("TXNG_LOCATIONS_STORE_NAME", "Cửa hàng Quận 1"), work);

        assertThatThrownBy(settings::configuredLocations).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("txng.locations.store.gln (TXNG_LOCATIONS_STORE_GLN)");
    }

    @Test
    void should_refuse_a_setting_under_txng_locations_that_names_no_field_of_a_location() {
        Settings settings = fromSystemProperties("txng.locations.store.gln", "8930000999993", "txng.locations.store.adress", "12 Lê Lợi");

        assertThatThrownBy(settings::configuredLocations)
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("txng.locations.store.adress");
    }

    @Test
    void should_not_start_the_adapter_with_a_configured_location_the_portal_would_refuse() {
        try (AdapterFixture adapter = new AdapterFixture(work)) {
            Settings settings = adapter.with("txng.locations.store.gln", "8930000999993").with("txng.locations.store.kind", "NHA").settings();

            assertThatThrownBy(() -> AdapterRuntime.start(settings).close())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("txng.locations.store.kind");
        }
    }
}
