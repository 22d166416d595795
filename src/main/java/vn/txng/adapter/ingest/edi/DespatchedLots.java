package vn.txng.adapter.ingest.edi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;

/**
 * The lots of one despatch message, keyed by GTIN and batch, handed on at the message's end: partners split one
 * batch over several lines (pallets, packing levels), and those lines are one lot. The quantities are added when
 * every line gives one in the same unit (else the lot has none); the SSCCs joined. Two lines that give the batch
 * different units or different production or expiry dates reject the lot (EDI_BATCH_CONFLICT, naming both lines).
 * Memory stays bounded: past {@code limit} lots in one message the oldest is handed on early, so a batch is only
 * merged with lines at most that many lots before it.
 */
final class DespatchedLots {

    private static final String DATE_FIELD = "DTM C507.2380";
    private static final String UNIT_FIELD = "QTY C186.6411";

    private final int limit;
    private final Map<Key, Lot> lots = new LinkedHashMap<>();

    DespatchedLots(int limit) {
        this.limit = limit;
    }

    /** A lot a line gives, at the line's position. */
    void add(LotRecord record, SourcePosition at, MessageSink sink) {
        Key key = new Key(record.gtin(), record.lotNumber());
        Lot earlier = lots.get(key);
        if (earlier == null) {
            lots.put(key, new Lot(record, at));
            if (lots.size() > limit) {
                Iterator<Lot> oldest = lots.values().iterator();
                oldest.next().handOn(sink);
                oldest.remove();
            }
        } else {
            earlier.merge(record, at);
        }
    }

    /** The message has ended: every lot goes on, in the order of its first line. */
    void handOn(MessageSink sink) {
        lots.values().forEach(lot -> lot.handOn(sink));
        lots.clear();
    }

    private record Key(String gtin, String lot) {
    }

    /** One lot as its lines add up. */
    private static final class Lot {

        private final SourcePosition first;
        private LotRecord record;
        private int lines = 1;
        private boolean everyLineHasQuantity;
        private Set<String> ssccs;
        private List<Rejection> conflicts;

        Lot(LotRecord record, SourcePosition at) {
            this.record = record;
            this.first = at;
            this.everyLineHasQuantity = record.quantity() != null;
        }

        void merge(LotRecord line, SourcePosition at) {
            lines++;
            LocalDate produced = agreed("production date", record.productionDate(), line.productionDate(), at);
            LocalDate expiry = agreed("expiry date", record.expiryDate(), line.expiryDate(), at);
            BigDecimal quantity = null;
            String unit = null;
            everyLineHasQuantity &= line.quantity() != null;
            if (record.quantity() != null && line.quantity() != null && !Objects.equals(record.quantityUnit(), line.quantityUnit())) {
                conflict(at, UNIT_FIELD, "different units: " + record.quantity().toPlainString() + " " + record.quantityUnit()
                        + " and " + line.quantity().toPlainString() + " " + line.quantityUnit() + "; a lot's quantity has one unit");
            } else if (everyLineHasQuantity && record.quantity() != null) {
                quantity = record.quantity().add(line.quantity());
                unit = record.quantityUnit();
            }
            if (!line.ssccs().isEmpty()) {
                if (ssccs == null) {
                    ssccs = new LinkedHashSet<>(record.ssccs());
                }
                ssccs.addAll(line.ssccs());
            }
            record = new LotRecord(record.gtin(), record.lotNumber(), record.uii25T(), produced, expiry, quantity, unit,
                    record.productionSiteGln(), ssccs == null ? record.ssccs() : List.copyOf(ssccs));
        }

        private LocalDate agreed(String what, LocalDate had, LocalDate given, SourcePosition at) {
            if (had != null && given != null && !had.equals(given)) {
                conflict(at, DATE_FIELD, "different " + what + "s: " + had + " and " + given + "; a lot has one " + what);
            }
            return had != null ? had : given;
        }

        private void conflict(SourcePosition at, String field, String detail) {
            if (conflicts == null) {
                conflicts = new ArrayList<>(1);
            }
            conflicts.add(new Rejection("EDI_BATCH_CONFLICT", at, field, "batch " + record.lotNumber() + " of GTIN "
                    + record.gtin() + " is split over the lines at " + LotLine.segmentOf(first) + " and "
                    + LotLine.segmentOf(at) + " with " + detail + ", so the lines cannot be read as one lot. Give the "
                    + "batch the same dates and unit in every line"));
        }

        void handOn(MessageSink sink) {
            if (conflicts != null) {
                sink.reject(conflicts);
                return;
            }
            if (lines > 1) {
                sink.merged(record, first, lines);
            }
            sink.accept(record, first);
        }
    }
}
