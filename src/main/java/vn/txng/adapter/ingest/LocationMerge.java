package vn.txng.adapter.ingest;

import java.math.BigDecimal;
import vn.txng.adapter.model.LocationRecord;

/**
 * The field-level merge of a location by its trace code: what a record leaves out is taken from the other one
 * (the location staged before, or the configured one); a field the incoming record gives wins. The coordinates go
 * as a pair, never one from each.
 */
final class LocationMerge {

    private LocationMerge() {
    }

    static LocationRecord merge(LocationRecord incoming, LocationRecord other) {
        boolean ownPosition = incoming.latitude() != null || incoming.longitude() != null;
        BigDecimal latitude = ownPosition ? incoming.latitude() : other.latitude();
        BigDecimal longitude = ownPosition ? incoming.longitude() : other.longitude();
        return new LocationRecord(incoming.gln(), incoming.extension(),
                or(incoming.name(), other.name()), or(incoming.address(), other.address()),
                or(incoming.locationKind(), other.locationKind()), or(incoming.taxCode(), other.taxCode()),
                latitude, longitude);
    }

    /** Whether the location lacks any field a portal location requires. */
    static boolean lacksMasterData(LocationRecord location) {
        return blank(location.name()) || blank(location.address()) || blank(location.locationKind());
    }

    private static String or(String value, String fallback) {
        return blank(value) ? fallback : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
