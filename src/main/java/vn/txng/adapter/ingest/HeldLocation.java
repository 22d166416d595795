package vn.txng.adapter.ingest;

import java.util.List;
import vn.txng.adapter.model.LocationRecord;
import vn.txng.adapter.model.SourcePosition;
import vn.txng.adapter.model.SourcedRecord;

/**
 * A location known by its GLN (and AI 254 extension) but lacking its name, address or kind: an event's place or a
 * despatch advice party given by GLN only. Held like a product lacking fields, until a file or the configured
 * locations ({@code txng.locations.*}) complete it. {@code missingFields}: {@code Name}, {@code Address}, {@code Kind}.
 */
public record HeldLocation(LocationRecord location, SourcePosition position, List<String> missingFields, SourcedRecord source)
        implements HeldRecord {

    public static final String CODE = "LOCATION_INCOMPLETE";

    public HeldLocation {
        missingFields = List.copyOf(missingFields);
    }

    @Override
    public LocationRecord record() {
        return location;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String reason() {
        return "held until a file or txng.locations.* supplies: " + String.join(", ", missingFields);
    }

    /** The line the log and {@code validate} print after "held" or "would be held". */
    @Override
    public String toString() {
        return position + ": " + CODE + ": location " + location.businessKey() + " lacks " + String.join(", ", missingFields)
                + "; it goes out once a file or txng.locations.* supplies them";
    }
}
