package vn.txng.adapter.ingest.edi;

import java.math.BigDecimal;

/** Numbers as EDI writes them: either '.' or ',' as the decimal mark, an optional leading minus. */
public final class EdiNumbers {

    private EdiNumbers() {
    }

    /** The number, null for no value, or an {@link EdiLineProblem} naming {@code field}. */
    public static BigDecimal parse(String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new EdiLineProblem("EDI_BAD_NUMBER", field, "'" + value + "' is not a number");
        }
    }
}
