package vn.txng.adapter.ingest.edi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;

/** One despatched line on its way to lot records: what its segments said so far. */
final class LotLine {

    final SourcePosition position;
    final List<Rejection> problems = new ArrayList<>(0);
    final SmallOrderedSet batches = new SmallOrderedSet();
    final SmallOrderedSet ssccs = new SmallOrderedSet();
    String gtin;
    BigDecimal quantity;
    String quantityUnit;
    LocalDate produced;
    LocalDate expires;
    LocalDate bestBefore;

    LotLine(SourcePosition position) {
        this.position = position;
    }

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

    /**
     * The line's lots, or its rejections. A line may name several batches (GIN holds up to five):
     * each is a lot; the quantity goes with a batch only when it is the line's only one.
     */
    void finish(MessageSink sink, String site, String batchField) {
        if (batches.isEmpty()) {
            problems.add(new Rejection("EDI_NO_BATCH", position, batchField,
                    "the line for GTIN " + gtin + " names no batch number; a lot needs one"));
        }
        if (!problems.isEmpty()) {
            sink.reject(problems);
            return;
        }
        LocalDate expiry = expires != null ? expires : bestBefore;
        List<String> lots = batches.toList();
        List<String> ssccList = ssccs.toList();
        boolean single = lots.size() == 1;
        for (String batch : lots) {
            sink.accept(new LotRecord(gtin, batch, null, produced, expiry, single ? quantity : null,
                    single ? quantityUnit : null, site, ssccList), position);
        }
    }
}
