package vn.txng.adapter.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.txng.adapter.ingest.Journeys.SITE_GLN;
import static vn.txng.adapter.ingest.Journeys.site;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.model.LocationRecord;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;
import vn.txng.adapter.model.SourcedRecord;

/** A location is checked by PORTAL-API.md section 5's rules; one known by its GLN only is held until completed. */
class LocationChecksTest {

    private static final SourcePosition AT = SourcePosition.of("journey.xml", 4, "Location #1");
    private static final String KEY = "(414)" + SITE_GLN + "(254)LINE-2";
    private final List<Rejection> problems = new ArrayList<>();

    private static LocationRecord with(String name, String kind, BigDecimal latitude, BigDecimal longitude) {
        LocationRecord s = site();
        return new LocationRecord(s.gln(), s.extension(), name, s.address(), kind, s.taxCode(), latitude, longitude);
    }

    private void run(LocationRecord location) {
        Journeys.normalizer().normalize(new SourcedRecord(location, AT), problems);
    }

    private static RecordChunk inChunk(RecordNormalizer normalizer, LocationRecord location) {
        return normalizer.normalize(new RecordChunk(new FileReport("journey.xml", false), List.of(new SourcedRecord(location, AT))));
    }

    @Test
    void should_pass_a_location_keyed_by_its_trace_code() {
        RecordChunk out = inChunk(Journeys.normalizer(), site());

        assertThat(out.records()).extracting(r -> r.record().businessKey()).containsExactly(KEY);
        assertThat(out.report().checkedCount(RecordKind.LOCATION)).isEqualTo(1);
    }

    @Test
    void should_reject_an_extension_outside_gs1_cset_82() {
        LocationRecord s = site();
        run(new LocationRecord(s.gln(), "DÂY-2", s.name(), s.address(), s.locationKind(), null, null, null));

        assertThat(problems).extracting(Rejection::field).containsExactly("Extension");
    }

    @Test
    void should_reject_a_kind_the_profile_does_not_know() {
        run(with("Xưởng", "NHA_MAY", null, null));

        assertThat(problems).extracting(Rejection::code).containsExactly("UNKNOWN_LOCATION_KIND");
    }

    @Test
    void should_reject_a_latitude_without_its_longitude() {
        run(with("Xưởng", "KHO", new BigDecimal("10.8"), null));

        assertThat(problems).extracting(Rejection::code).containsExactly("COORDINATES_NOT_PAIRED");
        assertThat(problems).extracting(Rejection::field).containsExactly("Longitude");
    }

    @Test
    void should_reject_a_latitude_beyond_90_degrees() {
        run(with("Xưởng", "KHO", new BigDecimal("106.4963"), new BigDecimal("10.8412")));

        assertThat(problems).extracting(Rejection::field).containsExactly("Latitude");
    }

    @Test
    void should_reject_a_name_of_more_than_500_characters() {
        run(with("x".repeat(501), "KHO", null, null));

        assertThat(problems).extracting(Rejection::code).containsExactly("TOO_LONG");
    }

    @Test
    void should_hold_a_location_known_by_its_gln_only_naming_what_it_lacks() {
        RecordChunk out = inChunk(Journeys.normalizer(), LocationRecord.known(SITE_GLN, "LINE-2"));

        assertThat(out.records()).isEmpty();
        assertThat(out.held()).singleElement().satisfies(held -> {
            assertThat(held.code()).isEqualTo(HeldLocation.CODE);
            assertThat(held.missingFields()).containsExactly("Name", "Address", "Kind");
            assertThat(held.record().businessKey()).isEqualTo(KEY);
        });
        assertThat(out.report().summary()).contains("1 location held");
    }

    @Test
    void should_complete_a_location_known_by_its_gln_from_the_configured_locations() {
        RecordNormalizer configured = Journeys.normalizer(StagedRecords.NONE, new ConfiguredLocations(List.of(site())));

        RecordChunk out = inChunk(configured, LocationRecord.known(SITE_GLN, "LINE-2"));

        assertThat(out.held()).isEmpty();
        assertThat(out.records()).singleElement().satisfies(r -> assertThat(((LocationRecord) r.record()).name())
                .isEqualTo(site().name()));
    }

    @Test
    void should_complete_a_held_location_with_the_fields_a_later_file_brings() {
        LocationRecord heldBefore = new LocationRecord(SITE_GLN, "LINE-2", null, "Lô B2, KCN Tân Đức", null, null, null, null);
        RecordNormalizer merging = Journeys.normalizer((kind, keys) -> kind == RecordKind.LOCATION && keys.contains(KEY)
                ? Map.of(KEY, new StagedRecords.Staged(heldBefore, true)) : Map.of(), ConfiguredLocations.NONE);

        RecordChunk out = inChunk(merging, new LocationRecord(SITE_GLN, "LINE-2", "Xưởng chiết rót", null, "CO_SO_SAN_XUAT", null, null, null));

        assertThat(out.held()).isEmpty();
        assertThat(out.records()).singleElement().satisfies(r -> assertThat(((LocationRecord) r.record()).address())
                .isEqualTo("Lô B2, KCN Tân Đức"));
    }

    @Test
    void should_take_back_a_hold_when_a_later_record_of_the_file_completes_the_location() {
        RecordChunk out = Journeys.normalizer().normalize(new RecordChunk(new FileReport("journey.xml", false), List.of(
                new SourcedRecord(LocationRecord.known(SITE_GLN, "LINE-2"), AT), new SourcedRecord(site(), AT))));

        assertThat(out.held()).isEmpty();
        assertThat(out.report().held()).isZero();
        assertThat(out.records()).hasSize(1);
    }
}
