package vn.txng.adapter.model;

/**
 * What a processing event ({@code CHE_BIEN}) consumed: a lot (GTIN and lot number), a serialised item (GTIN and
 * serial number, GS1 AI 21), a logistic unit (an SSCC, AI 00), or, as read, a {@code scan} the normalizer turns into
 * one of those. Inputs may belong to other organisations: they are sent as trace codes, never delivered as records.
 */
public record EventInput(String gtin, String lotNumber, String serial, String sscc, String scan) {

    /** The trace code sent in the portal's {@code dauVao}: {@code (00)<SSCC>}, {@code (01)<GTIN>(21)<serial>} or {@code (01)<GTIN>(10)<lot>}. */
    public String traceCode() {
        if (sscc != null) {
            return "(00)" + sscc;
        }
        if (serial != null) {
            return "(01)" + gtin + "(21)" + serial;
        }
        return "(01)" + gtin + "(10)" + lotNumber;
    }
}
