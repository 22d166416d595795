package vn.txng.adapter.ingest.edi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * One despatched line on its way to lot records: what its segments said so far, at line level and
 * in its package groups (a DESADV's PCI groups; none for an X12 item).
 */
final class LotLine extends LotFacts {

    private static final String DATE_FIELD = "DTM C507.2380";

    final SourcePosition position;
    final List<Rejection> problems = new ArrayList<>(0);
    String gtin;
    /** Where the GTIN came from, for its errors: LIN C212.7140, or PIA C212.7140 when the LIN gave none. */
    String gtinField = "LIN C212.7140";
    /** A batch given as an additional item identification (EANCOM PIA, type NB), with its segment; else null. */
    String piaBatch;
    SourcePosition piaAt;
    /** The first GIN/GIR naming a batch, noted only when a PIA gave one (to name both in a conflict). */
    SourcePosition batchAt;
    /** The line's package groups in order; null while it has none (the common case makes no list). */
    private List<PackageGroup> groups;

    LotLine(SourcePosition position) {
        this.position = position;
    }

    /** A package group starts at {@code at}: the segments up to the next one (or the line's end) are its own. */
    PackageGroup openGroup(SourcePosition at, String marking) {
        if (groups == null) {
            groups = new ArrayList<>(2);
        }
        PackageGroup group = new PackageGroup(at, marking);
        groups.add(group);
        return group;
    }

    /**
     * The line's lots, or its rejections. A line may name several batches (GIN holds up to five):
     * each is a lot; the quantity goes with a batch only when it is the line's only one.
     */
    void finish(MessageSink sink, String site, String batchField, DespatchedLots lots) {
        LineGtin.check(gtin, position, gtinField, problems);
        pia(batchField);
        if (groups != null) {
            finishWithGroups(sink, site, batchField, lots);
            return;
        }
        if (batches.isEmpty()) {
            problems.add(noBatch(batchField));
        }
        if (!problems.isEmpty()) {
            sink.reject(problems);
            return;
        }
        LocalDate expiry = expiry();
        List<String> named = batches.toList();
        List<String> ssccList = ssccs.toList();
        boolean single = named.size() == 1;
        for (String batch : named) {
            lots.add(new LotRecord(gtin, batch, null, produced, expiry, single ? quantity : null,
                    single ? quantityUnit : null, site, ssccList), position, sink);
        }
    }

    /** PIA ... :NB is the line's batch when no GIN/GIR names one; when they name others, it contradicts them. */
    private void pia(String batchField) {
        if (piaBatch == null) {
            return;
        }
        boolean named = !batches.isEmpty();
        if (groups != null) {
            for (PackageGroup group : groups) {
                named |= !group.batches.isEmpty();
            }
        }
        if (!named) {
            batches.add(piaBatch);
        } else if (!names(piaBatch)) {
            String given = batches.isEmpty() ? groupBatches() : String.join(", ", batches.toList());
            problems.add(new Rejection("EDI_BATCH_CONFLICT", piaAt, "PIA C212.7140", "the line for " + gtinShown()
                    + " gives batch " + piaBatch + " in " + segmentOf(piaAt) + " (PIA, code NB) but " + given + " in "
                    + (batchAt == null ? "its GIN/GIR" : segmentOf(batchAt)) + " (" + batchField + "); a line's batch is "
                    + "given once, or the same in both"));
        }
    }

    private boolean names(String batch) {
        if (batches.contains(batch)) {
            return true;
        }
        for (PackageGroup group : groups == null ? List.<PackageGroup>of() : groups) {
            if (group.batches.contains(batch)) {
                return true;
            }
        }
        return false;
    }

    private String groupBatches() {
        List<String> all = new ArrayList<>();
        groups.forEach(group -> all.addAll(group.batches.toList()));
        return String.join(", ", all);
    }

    /** "GTIN 8934563123451", or what the line lacks: never "GTIN null". */
    String gtinShown() {
        return gtin == null ? "no GTIN (its LIN gives none)" : "GTIN " + gtin;
    }

    private Rejection noBatch(String batchField) {
        return new Rejection("EDI_NO_BATCH", position, batchField,
                "the line for " + gtinShown() + " names no batch number; a lot needs one");
    }

    /**
     * A line with package groups. A group that names no batch marks the line's goods as a whole:
     * its SSCCs go on every lot of the line, its dates stand for the line's where the line gives
     * none (a different one is a conflict), its quantity for the line's when the line gives none.
     * Every other group gives its batches its dates, each falling back to the line's (the expiry
     * as one date: the group's expiry, else its best-before, else the line's), its SSCCs on top of
     * the line's, and its quantity when it names one batch only. A batch named more than once in
     * the line (in two groups, or at line level and in a group) is one lot: its dates must agree
     * (else EDI_BATCH_CONFLICT, at the later group), its quantity is the sum when every mention
     * gives one in the same unit. The line's own quantity goes to a lot only when the line names
     * one batch in all and no group gave that batch a quantity.
     */
    private void finishWithGroups(MessageSink sink, String site, String batchField, DespatchedLots despatched) {
        for (PackageGroup group : groups) {
            if (group.batches.isEmpty()) {
                markWholeLine(group);
            }
        }
        LocalDate lineExpiry = expiry();
        Map<String, Lot> lots = new LinkedHashMap<>();
        for (String batch : batches.toList()) {
            lots.put(batch, new Lot(position, null, produced, lineExpiry, null, null));
        }
        for (PackageGroup group : groups) {
            List<String> named = group.batches.toList();
            boolean single = named.size() == 1;
            LocalDate made = group.produced != null ? group.produced : produced;
            // the qualifier decides before the level: an expiry (36) anywhere beats a best-before (361) anywhere
            LocalDate expiry = firstOf(group.expires, expires, group.bestBefore, bestBefore);
            for (String batch : named) {
                Lot mention = new Lot(group.position, group, made, expiry, single ? group.quantity : null,
                        single ? group.quantityUnit : null);
                Lot lot = lots.get(batch);
                if (lot == null) {
                    lots.put(batch, mention);
                } else {
                    merge(batch, lot, mention);
                }
            }
        }
        if (lots.isEmpty()) {
            problems.add(noBatch(batchField));
        }
        if (!problems.isEmpty()) {
            sink.reject(problems);
            return;
        }
        List<String> lineSsccs = ssccs.toList();
        boolean single = lots.size() == 1;
        for (Map.Entry<String, Lot> entry : lots.entrySet()) {
            Lot lot = entry.getValue();
            boolean lineQuantity = single && lot.quantity == null;
            despatched.add(new LotRecord(gtin, entry.getKey(), null, lot.produced, lot.expiry,
                    lineQuantity ? quantity : lot.quantity, lineQuantity ? quantityUnit : lot.unit, site,
                    lot.ssccs(lineSsccs)), lot.position, sink);
        }
    }

    /** A group without a batch: what it says is said of the whole line. */
    private void markWholeLine(PackageGroup group) {
        List<String> marked = group.ssccs.toList();
        for (String sscc : marked) {
            ssccs.add(sscc);
        }
        produced = lineDate(group, "production date", produced, group.produced);
        expires = lineDate(group, "expiry date", expires, group.expires);
        bestBefore = lineDate(group, "best-before date", bestBefore, group.bestBefore);
        if (quantity == null && group.quantity != null) {
            quantity = group.quantity;
            quantityUnit = group.quantityUnit;
        }
    }

    private LocalDate lineDate(PackageGroup group, String what, LocalDate line, LocalDate given) {
        if (line == null || given == null) {
            return line != null ? line : given;
        }
        if (!line.equals(given)) {
            problems.add(new Rejection("EDI_BATCH_CONFLICT", group.position, DATE_FIELD, "this package group ("
                    + group.label() + ") names no batch, so its dates are the line's, but it gives the " + what + " " + given
                    + " where the line already gives " + line + "; the line's lots cannot have both"));
        }
        return line;
    }

    private static LocalDate firstOf(LocalDate... dates) {
        for (LocalDate date : dates) {
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private void merge(String batch, Lot lot, Lot mention) {
        lot.produced = agreed(batch, "production date", lot, lot.produced, mention, mention.produced);
        lot.expiry = agreed(batch, "expiry date", lot, lot.expiry, mention, mention.expiry);
        if (lot.quantity != null && mention.quantity != null && !Objects.equals(lot.unit, mention.unit)) {
            problems.add(new Rejection("EDI_BATCH_CONFLICT", mention.position, "QTY C186.6411", "batch " + batch
                    + " is named twice in the line for " + gtinShown() + " with different units: " + lot.unit + " ("
                    + lot.where() + ") and " + mention.unit + " (" + mention.where() + "); a lot's quantity has one unit"));
        } else if (lot.quantity != null && mention.quantity != null) {
            lot.quantity = lot.quantity.add(mention.quantity);
        } else {
            lot.quantity = null;
            lot.unit = null;
        }
        lot.extraSsccs(mention.group);
    }

    private LocalDate agreed(String batch, String what, Lot lot, LocalDate had, Lot mention, LocalDate given) {
        if (had == null || given == null) {
            return had != null ? had : given;
        }
        if (!had.equals(given)) {
            problems.add(new Rejection("EDI_BATCH_CONFLICT", mention.position, DATE_FIELD, "batch " + batch
                    + " is named twice in the line for " + gtinShown() + " with different " + what + "s: " + had + " ("
                    + lot.where() + ") and " + given + " (" + mention.where() + "); a lot has one " + what
                    + ", so name each batch once per line or give it the same dates"));
        }
        return had;
    }

    /** "segment 12 PCI" of a position's locator ("UNB 1 / UNH 1 DESADV / segment 12 PCI"). */
    static String segmentOf(SourcePosition at) {
        String locator = at.locator();
        if (locator == null) {
            return "line " + at.line();
        }
        int cut = locator.lastIndexOf(" / ");
        return cut < 0 ? locator : locator.substring(cut + 3);
    }

    /** One batch of a line with package groups, as its mentions add up. */
    private static final class Lot {

        final SourcePosition position;
        final PackageGroup group;
        LocalDate produced;
        LocalDate expiry;
        BigDecimal quantity;
        String unit;
        private Set<String> groupSsccs;

        Lot(SourcePosition position, PackageGroup group, LocalDate produced, LocalDate expiry, BigDecimal quantity, String unit) {
            this.position = position;
            this.group = group;
            this.produced = produced;
            this.expiry = expiry;
            this.quantity = quantity;
            this.unit = unit;
            extraSsccs(group);
        }

        void extraSsccs(PackageGroup from) {
            if (from == null || from.ssccs.isEmpty()) {
                return;
            }
            if (groupSsccs == null) {
                groupSsccs = new LinkedHashSet<>(4);
            }
            groupSsccs.addAll(from.ssccs.toList());
        }

        /** The line's SSCCs, then those of the groups that name this batch. */
        List<String> ssccs(List<String> lineSsccs) {
            if (groupSsccs == null) {
                return lineSsccs;
            }
            Set<String> all = new LinkedHashSet<>(lineSsccs);
            all.addAll(groupSsccs);
            return List.copyOf(all);
        }

        String where() {
            return group == null ? "at line level, " + segmentOf(position) : group.label();
        }
    }
}
