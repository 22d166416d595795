package vn.txng.adapter.ingest.edi;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What one level of a despatched line says about its lots: the line itself, or one of its package
 * groups ({@link PackageGroup}). The mapper writes a segment's values into whichever level is open.
 */
class LotFacts {

    final SmallOrderedSet batches = new SmallOrderedSet();
    final SmallOrderedSet ssccs = new SmallOrderedSet();
    BigDecimal quantity;
    String quantityUnit;
    LocalDate produced;
    LocalDate expires;
    LocalDate bestBefore;

    void sscc(String number) {
        String clean = EdiTexts.clean(number);
        if (clean != null) {
            ssccs.add(clean);
        }
    }

    void batch(String number) {
        String clean = EdiTexts.clean(number);
        if (clean != null) {
            batches.add(clean);
        }
    }

    /** The expiry date this level gives: its expiry, else its best-before date; null when it gives neither. */
    LocalDate expiry() {
        return expires != null ? expires : bestBefore;
    }
}
