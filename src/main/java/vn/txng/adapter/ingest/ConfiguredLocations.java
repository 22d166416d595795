package vn.txng.adapter.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.txng.adapter.identifier.IdentifierNormalizer;
import vn.txng.adapter.model.LocationRecord;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;

/**
 * The organisation's own places as configured ({@code txng.locations.<name>.*}): what completes a location that a
 * file names by GLN only (an event's place, a despatch advice party). Applied field by field, after what the files
 * staged, only where the location lacks a field; and staged when the adapter starts, so that a site no file names
 * reaches the portal too ({@link RecordNormalizer#completeConfiguredLocations()}). Keyed by location trace code; GLNs are
 * given in their 13 digits.
 */
public final class ConfiguredLocations {

    public static final ConfiguredLocations NONE = new ConfiguredLocations(java.util.List.of());

    private final Map<String, LocationRecord> byTraceCode = new LinkedHashMap<>();

    public ConfiguredLocations(Collection<LocationRecord> locations) {
        for (LocationRecord location : locations) {
            byTraceCode.put(location.businessKey(), location);
        }
    }

    /**
     * The location with what the configuration gives for {@code traceCode} (its key in normal form; null when its
     * GLN is wrong) filled in where it lacks it.
     */
    public LocationRecord apply(LocationRecord location, String traceCode) {
        LocationRecord configured = traceCode == null ? null : byTraceCode.get(traceCode);
        return configured == null ? location : LocationMerge.merge(location, configured);
    }

    /**
     * What is wrong with a configured location by the portal's location rules ({@link LocationChecks}: the GLN's check
     * digit, the AI 254 extension, lengths, a kind of the profile's {@code codes}, the tax code, coordinates both or
     * neither and in range), each problem naming its field ({@code Gln}, {@code Kind}, {@code TaxCode}, ...). A field
     * left out is no problem: files may give it.
     *
     * @return the location in normal form (its GLN in 13 digits) when nothing is wrong
     */
    public static LocationRecord check(LocationRecord location, ProfileCodes codes, List<Rejection> problems) {
        List<Rejection> found = new ArrayList<>(0);
        LocationRecord normal = new LocationChecks(new IdentifierNormalizer(), codes)
                .check(location, SourcePosition.of("configuration", 0, null), found);
        found.stream().filter(problem -> !LocationChecks.isMissingField(problem)).forEach(problems::add);
        return normal;
    }

    /** The configured locations, in the order they were given. */
    public Collection<LocationRecord> locations() {
        return byTraceCode.values();
    }
}
