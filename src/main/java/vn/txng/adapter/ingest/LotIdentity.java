package vn.txng.adapter.ingest;

import vn.txng.adapter.identifier.ElementString;
import vn.txng.adapter.identifier.IdentifierNormalizer;

/**
 * A lot's GTIN (14 digits) and lot number, taken either from a scan (a GS1 element string with AI 01 and 10; then
 * {@code scanned} holds the whole of it, dates too) or from the two fields; either may be null when it was wrong
 * (reported).
 */
record LotIdentity(String gtin, String lotNumber, ElementString scanned) {

    /**
     * Reads the lot's identity, reporting each problem under {@code prefix} + the field ({@code Scan}, {@code Gtin},
     * {@code LotNumber}); null when the scan is unreadable or given with the fields.
     */
    static LotIdentity read(IdentifierNormalizer identifiers, String gtin, String lotNumber, String scan, String prefix,
            FieldProblems found) {
        String scanField = prefix + "Scan";
        if (scan != null && (gtin != null || lotNumber != null)) {
            found.add("SCAN_AND_FIELDS", scanField, "give either a Scan or Gtin and LotNumber, not both");
            return null;
        }
        if (scan == null) {
            String gtinField = prefix + "Gtin";
            String lotField = prefix + "LotNumber";
            return new LotIdentity(
                    found.required(gtinField, gtin, "the lot's GTIN (or a Scan)") ? found.identifier(gtinField, gtin, identifiers.gtin(gtin)) : null,
                    found.required(lotField, lotNumber, "the lot number (or a Scan)")
                            ? found.identifier(lotField, lotNumber, identifiers.lotNumber(lotNumber)) : null,
                    null);
        }
        ElementString scanned = found.identifier(scanField, scan, identifiers.elementString(scan));
        if (scanned == null) {
            return null;
        }
        if (scanned.gtin() == null) {
            found.add("SCAN_WITHOUT_GTIN", scanField, "the scan '" + FieldProblems.printable(scan) + "' holds no GTIN (AI 01); scan the GS1-128 or DataMatrix code that carries it");
        }
        if (scanned.lot() == null) {
            found.add("SCAN_WITHOUT_LOT", scanField, "the scan '" + FieldProblems.printable(scan) + "' holds no batch/lot number (AI 10); a lot needs one");
        }
        return new LotIdentity(scanned.gtin(), scanned.lot(), scanned);
    }
}
