package vn.txng.adapter.ingest;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.txng.adapter.model.LocationRecord;

/**
 * The organisation's own places as configured ({@code txng.locations.<name>.*}): what completes a location that a
 * file names by GLN only (an event's place, a despatch advice party). Applied field by field, after what the files
 * staged, only where the location lacks a field. Keyed by location trace code; GLNs are given in their 13 digits.
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

    /** The configured locations, in the order they were given. */
    public Collection<LocationRecord> locations() {
        return byTraceCode.values();
    }
}
