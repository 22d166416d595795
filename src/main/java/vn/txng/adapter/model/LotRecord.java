package vn.txng.adapter.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A production lot. {@code gtin} is the 14-digit normal form once the record has passed the
 * identifier normalizer. {@code uii25T} is the ISO/IEC 15459-6 identifier without its {@code 25T}
 * data identifier, or null. {@code ssccs} are the logistic units (GS1 SSCC) the lot was despatched
 * in, as a despatch advice gives them; kept on the record, not sent (the portal has no field).
 */
public record LotRecord(
        String gtin,
        String lotNumber,
        String uii25T,
        LocalDate productionDate,
        LocalDate expiryDate,
        BigDecimal quantity,
        String quantityUnit,
        String productionSiteGln,
        List<String> ssccs) implements TraceRecord {

    public LotRecord {
        ssccs = ssccs == null ? List.of() : List.copyOf(ssccs);
    }

    /** A lot without SSCCs: what every source but a despatch advice gives. */
    public LotRecord(String gtin, String lotNumber, String uii25T, LocalDate productionDate, LocalDate expiryDate,
                     BigDecimal quantity, String quantityUnit, String productionSiteGln) {
        this(gtin, lotNumber, uii25T, productionDate, expiryDate, quantity, quantityUnit, productionSiteGln, List.of());
    }

    @Override
    public RecordKind kind() {
        return RecordKind.LOT;
    }

    @Override
    public String businessKey() {
        return gtin + "/" + lotNumber;
    }

    /** Its product, by GTIN. */
    @Override
    public List<RecordKey> prerequisites() {
        return List.of(new RecordKey(RecordKind.PRODUCT, gtin));
    }
}
