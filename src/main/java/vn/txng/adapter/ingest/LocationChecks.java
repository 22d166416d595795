package vn.txng.adapter.ingest;

import java.math.BigDecimal;
import java.util.List;
import vn.txng.adapter.identifier.IdentifierNormalizer;
import vn.txng.adapter.model.LocationRecord;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;

/**
 * The portal's location rules (profile txng-v5, ToChuc_DiaDiem, PORTAL-API.md section 5), checked before staging:
 * the GLN's GS1 check digit, the AI 254 extension (1..20 characters of GS1 CSET 82), name 1..500 and address 1..1000
 * characters, a kind of the profile's list, the tax code as for a manufacturer, WGS 84 coordinates both or neither.
 */
final class LocationChecks {

    static final int MAX_NAME = 500;
    static final int MAX_ADDRESS = 1000;
    private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
    private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);
    private static final List<String> MASTER_DATA = List.of("Name", "Address", "Kind");

    private final IdentifierNormalizer identifiers;
    private final ProfileCodes codes;

    LocationChecks(IdentifierNormalizer identifiers, ProfileCodes codes) {
        this.identifiers = identifiers;
        this.codes = codes;
    }

    /** Whether a problem is master data the location lacks (name, address, kind): it is held, not rejected. */
    static boolean isMissingField(Rejection problem) {
        return FieldProblems.REQUIRED.equals(problem.code()) && MASTER_DATA.contains(problem.field());
    }

    /**
     * The trace code of the location's GLN and extension in normal form, or null when either is wrong (the checks
     * report it): what the location is merged and held under.
     */
    String traceCode(LocationRecord location) {
        if (location.gln() == null || !identifiers.gln(location.gln()).valid()) {
            return null;
        }
        if (location.extension() != null && !identifiers.glnExtension(location.extension()).valid()) {
            return null;
        }
        return LocationRecord.traceCode(identifiers.gln(location.gln()).value(), location.extension());
    }

    /**
     * The location with its GLN in normal form, or null when {@code problems} got an entry that is not
     * {@linkplain #isMissingField missing master data}; with only those it is returned all the same, to be held.
     */
    LocationRecord check(LocationRecord l, SourcePosition position, List<Rejection> problems) {
        int before = problems.size();
        FieldProblems found = new FieldProblems(position, problems);
        String gln = found.required("Gln", l.gln(), "the location's GLN") ? found.identifier("Gln", l.gln(), identifiers.gln(l.gln())) : null;
        String extension = l.extension() == null ? null : found.identifier("Extension", l.extension(), identifiers.glnExtension(l.extension()));
        if (found.required("Name", l.name(), "the location's name")) {
            found.atMost("Name", l.name(), MAX_NAME);
        }
        if (found.required("Address", l.address(), "the location's address")) {
            found.atMost("Address", l.address(), MAX_ADDRESS);
        }
        if (found.required("Kind", l.locationKind(), "the kind of location, one of " + String.join(", ", codes.locationKinds()))
                && !codes.locationKinds().contains(l.locationKind())) {
            found.add("UNKNOWN_LOCATION_KIND", "Kind", "'" + l.locationKind() + "' is not a location kind of the portal; use one of "
                    + String.join(", ", codes.locationKinds()));
        }
        if (l.taxCode() != null) {
            ProductChecks.taxCode(found, "TaxCode", l.taxCode());
        }
        coordinates(l, found);
        boolean onlyMissing = problems.subList(before, problems.size()).stream().allMatch(LocationChecks::isMissingField);
        return onlyMissing
                ? new LocationRecord(gln, extension, l.name(), l.address(), l.locationKind(), l.taxCode(), l.latitude(), l.longitude())
                : null;
    }

    private static void coordinates(LocationRecord l, FieldProblems found) {
        if ((l.latitude() == null) != (l.longitude() == null)) {
            String missing = l.latitude() == null ? "Latitude" : "Longitude";
            found.add("COORDINATES_NOT_PAIRED", missing, "give both Latitude and Longitude (WGS 84 degrees) or neither; "
                    + missing + " is missing");
            return;
        }
        inRange(found, "Latitude", l.latitude(), MAX_LATITUDE);
        inRange(found, "Longitude", l.longitude(), MAX_LONGITUDE);
    }

    private static void inRange(FieldProblems found, String field, BigDecimal degrees, BigDecimal limit) {
        if (degrees != null && degrees.abs().compareTo(limit) > 0) {
            found.add("OUT_OF_RANGE", field, field + " " + degrees.toPlainString() + " is not between -" + limit + " and " + limit
                    + " degrees (WGS 84)");
        }
    }
}
