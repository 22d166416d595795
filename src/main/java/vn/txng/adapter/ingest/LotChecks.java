package vn.txng.adapter.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import vn.txng.adapter.identifier.ElementString;
import vn.txng.adapter.identifier.Gs1Key;
import vn.txng.adapter.identifier.IdentifierNormalizer;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;

/** The portal's lot rules (profile txng-v5, ToChuc_LoHang), checked before staging. */
final class LotChecks {

    private final IdentifierNormalizer identifiers;

    LotChecks(IdentifierNormalizer identifiers) {
        this.identifiers = identifiers;
    }

    /**
     * The lot with normalised identifiers, or null when {@code problems} got entries; {@code warnings} takes the
     * reading warnings of its identifiers (a scan's removed spaces or lost separator) as lines of the file's report.
     */
    LotRecord check(LotRecord lot, String scan, SourcePosition position, List<Rejection> problems, Consumer<String> warnings) {
        FieldProblems found = new FieldProblems(position, problems, warnings);
        String gtin;
        String lotNumber;
        LocalDate produced = lot.productionDate();
        LocalDate expires = lot.expiryDate();
        if (scan != null && (lot.gtin() != null || lot.lotNumber() != null)) {
            found.add("SCAN_AND_FIELDS", "Scan", "give either a Scan or Gtin and LotNumber, not both");
            return null;
        }
        if (scan != null) {
            ElementString scanned = found.identifier("Scan", scan, identifiers.elementString(scan));
            if (scanned == null) {
                return null;
            }
            gtin = scanned.gtin();
            lotNumber = scanned.lot();
            if (gtin == null) {
                found.add("SCAN_WITHOUT_GTIN", "Scan", "the scan '" + FieldProblems.printable(scan) + "' holds no GTIN (AI 01); scan the GS1-128 or DataMatrix code that carries it");
            }
            if (lotNumber == null) {
                found.add("SCAN_WITHOUT_LOT", "Scan", "the scan '" + FieldProblems.printable(scan) + "' holds no batch/lot number (AI 10); a lot needs one");
            }
            produced = merged(found, "ProductionDate", "11", produced, scanned.date("11"));
            expires = merged(found, "ExpiryDate", "17", expires, scanned.date("17"));
        } else {
            gtin = found.required("Gtin", lot.gtin(), "the lot's GTIN (or a Scan)")
                    ? found.identifier("Gtin", lot.gtin(), identifiers.gtin(lot.gtin())) : null;
            lotNumber = found.required("LotNumber", lot.lotNumber(), "the lot number (or a Scan)")
                    ? found.identifier("LotNumber", lot.lotNumber(), identifiers.lotNumber(lot.lotNumber())) : null;
        }
        String uii = lot.uii25T() == null ? null : found.identifier("Uii25T", lot.uii25T(), identifiers.uii25T(lot.uii25T()));
        if (produced != null && expires != null && expires.isBefore(produced)) {
            found.add("EXPIRY_BEFORE_PRODUCTION", "ExpiryDate", "expiry date " + expires + " is before production date " + produced);
        }
        if (lot.quantity() != null && lot.quantity().compareTo(BigDecimal.ZERO) < 0) {
            found.add("NEGATIVE_QUANTITY", "Quantity", "quantity " + lot.quantity().toPlainString() + " must not be negative");
        }
        if (lot.quantity() != null) {
            found.required("Quantity/@unit", lot.quantityUnit(), "the unit of the quantity");
        }
        String site = lot.productionSiteGln() == null ? null
                : found.identifier("ProductionSiteGln", lot.productionSiteGln(), identifiers.gln(lot.productionSiteGln()));
        List<String> ssccs = new java.util.ArrayList<>(lot.ssccs().size());
        for (String sscc : lot.ssccs()) {
            ssccs.add(found.identifier("SSCC", sscc, identifiers.key(Gs1Key.SSCC, sscc)));
        }
        if (!found.none()) {
            return null;
        }
        return new LotRecord(gtin, lotNumber, uii, produced, expires, lot.quantity(), lot.quantityUnit(), site, ssccs);
    }

    /** A date given both as an element and inside the scan must agree. */
    private static LocalDate merged(FieldProblems found, String field, String ai, LocalDate given, LocalDate scanned) {
        if (given != null && scanned != null && !given.equals(scanned)) {
            found.add("SCAN_CONFLICT", field, field + " " + given + " differs from " + scanned + " in the scan's AI (" + ai + ")");
        }
        return given != null ? given : scanned;
    }
}
