package vn.txng.adapter.model;

import java.math.BigDecimal;

/**
 * A place on a lot's journey (the portal's {@code ToChuc_DiaDiem}, PORTAL-API.md section 5): a GS1 GLN
 * (13 digits with its check digit once normalised), an optional GS1 AI 254 extension naming a sub-location
 * (a line, a dock, a field plot; 1..20 characters of GS1 CSET 82), and its master data. {@code locationKind} is one of
 * the profile's {@code loaiDiaDiem} codes; {@code latitude}/{@code longitude} are WGS 84 degrees, both or neither.
 * A location read only from an event or a despatch advice party carries its GLN and nothing else until a file or
 * the configured locations complete it.
 */
public record LocationRecord(
        String gln,
        String extension,
        String name,
        String address,
        String locationKind,
        String taxCode,
        BigDecimal latitude,
        BigDecimal longitude) implements TraceRecord {

    /** A location known only by its GLN (and extension): no master data yet. */
    public static LocationRecord known(String gln, String extension) {
        return new LocationRecord(gln, extension, null, null, null, null, null, null);
    }

    @Override
    public RecordKind kind() {
        return RecordKind.LOCATION;
    }

    /** The location trace code, {@code (414)<GLN>[(254)<extension>]} (TCVN 13274:2020, GS1 element string). */
    @Override
    public String businessKey() {
        return traceCode(gln, extension);
    }

    /**
     * The location trace code of a GLN and an optional extension: {@code (414)<GLN>}, then {@code (254)<extension>}
     * when the extension is neither null nor empty. Values are not checked here.
     */
    public static String traceCode(String gln, String extension) {
        return "(414)" + gln + (extension == null || extension.isEmpty() ? "" : "(254)" + extension);
    }
}
