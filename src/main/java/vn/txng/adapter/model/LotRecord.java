package vn.txng.adapter.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A production lot. {@code gtin} is the 14-digit normal form once the record has passed the
 * identifier normalizer. {@code uii25T} is the ISO/IEC 15459-6 identifier without its {@code 25T}
 * data identifier, or null.
 */
public record LotRecord(
        String gtin,
        String lotNumber,
        String uii25T,
        LocalDate productionDate,
        LocalDate expiryDate,
        BigDecimal quantity,
        String quantityUnit,
        String productionSiteGln) implements TraceRecord {

    @Override
    public RecordKind kind() {
        return RecordKind.LOT;
    }

    @Override
    public String businessKey() {
        return gtin + "/" + lotNumber;
    }
}
