package vn.txng.adapter.ingest.edi;

import java.util.List;
import vn.txng.adapter.identifier.IdentifierError;
import vn.txng.adapter.identifier.IdentifierNormalizer;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;

/**
 * A line's GTIN checked where the file gives it, so that a wrong one is reported as that (BAD_CHECK_DIGIT ...)
 * with its segment and element (LIN C212.7140), also when the line has other faults that keep it from a record.
 */
final class LineGtin {

    private static final IdentifierNormalizer GTINS = new IdentifierNormalizer();

    private LineGtin() {
    }

    /** Puts the GTIN's errors first in {@code problems}; nothing when it is absent (the record checks say so) or valid. */
    static void check(String gtin, SourcePosition at, String field, List<Rejection> problems) {
        if (gtin == null || IdentifierNormalizer.isValidGtin(gtin)) {
            return; // the allocation-free check first: almost every line passes here
        }
        List<IdentifierError> errors = GTINS.gtin(gtin).errors();
        for (int i = errors.size() - 1; i >= 0; i--) {
            problems.add(0, new Rejection(errors.get(i).code(), at, field, errors.get(i).message()));
        }
    }
}
