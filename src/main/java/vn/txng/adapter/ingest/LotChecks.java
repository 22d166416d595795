package vn.txng.adapter.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
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
        LocalDate produced = lot.productionDate();
        LocalDate expires = lot.expiryDate();
        LotIdentity identity = LotIdentity.read(identifiers, lot.gtin(), lot.lotNumber(), scan, "", found);
        if (identity == null) {
            return null;
        }
        String gtin = identity.gtin();
        String lotNumber = identity.lotNumber();
        if (identity.scanned() != null) {
            produced = merged(found, "ProductionDate", "11", produced, identity.scanned().date("11"));
            expires = merged(found, "ExpiryDate", "17", expires, identity.scanned().date("17"));
        }
        String uii = lot.uii25T() == null ? null : found.identifier("Uii25T", lot.uii25T(), identifiers.uii25T(lot.uii25T()));
        if (produced != null && expires != null && expires.isBefore(produced)) {
            found.add("EXPIRY_BEFORE_PRODUCTION", "ExpiryDate", "expiry date " + expires + " is before production date " + produced);
        }
        quantity(found, "Quantity", lot.quantity(), lot.quantityUnit());
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

    /** A quantity, when given, is a number >= 0 with its unit ({@code field}/@unit). */
    static void quantity(FieldProblems found, String field, BigDecimal quantity, String unit) {
        if (quantity == null) {
            return;
        }
        if (quantity.compareTo(BigDecimal.ZERO) < 0) {
            found.add("NEGATIVE_QUANTITY", field, "quantity " + quantity.toPlainString() + " must not be negative");
        }
        found.required(field + "/@unit", unit, "the unit of the quantity");
    }

    /** A date given both as an element and inside the scan must agree. */
    private static LocalDate merged(FieldProblems found, String field, String ai, LocalDate given, LocalDate scanned) {
        if (given != null && scanned != null && !given.equals(scanned)) {
            found.add("SCAN_CONFLICT", field, field + " " + given + " differs from " + scanned + " in the scan's AI (" + ai + ")");
        }
        return given != null ? given : scanned;
    }
}
