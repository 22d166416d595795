package vn.txng.adapter.model;

import java.math.BigDecimal;

/**
 * A lot an event is about: its GTIN (14 digits once normalised) and lot number, or, as read, a {@code scan}
 * (a GS1 element string with AI 01 and 10) that the normalizer turns into those two; an optional quantity with
 * its unit (the portal's {@code soLuong} entry for this lot).
 */
public record EventLot(String gtin, String lotNumber, String scan, BigDecimal quantity, String quantityUnit) {

    /** The business key of the lot record this names: GTIN, a slash, the lot number (as {@link LotRecord#businessKey()}). */
    public String lotKey() {
        return gtin + "/" + lotNumber;
    }

    /** The product trace code of the lot, {@code (01)<GTIN-14>(10)<lot>} (the portal's {@code maTruyVet}). */
    public String traceCode() {
        return "(01)" + gtin + "(10)" + lotNumber;
    }
}
