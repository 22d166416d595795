package vn.txng.adapter.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import vn.txng.adapter.identifier.IdentifierNormalizer;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.ProductRecord;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcedRecord;

/**
 * The processor bean of the ingest route (registered as {@code identifierNormalizer}): every
 * identifier of every record goes through the GS1 / ISO/IEC 15459 rules of
 * {@link IdentifierNormalizer} and comes out in its normal form, and every field the portal checks
 * is checked here first, so that nothing the portal would refuse is sent. A record with a wrong
 * value is reported with its position and dropped; a product that only lacks fields another file
 * can supply is held (staged, not sent); the others go on.
 */
public final class RecordNormalizer {

    private final ProductChecks products;
    private final LotChecks lots;
    private final ProductDefaults defaults;
    private final StagedProducts staged;
    private final IdentifierNormalizer identifiers;

    public RecordNormalizer(IdentifierNormalizer identifiers) {
        this(identifiers, ProductDefaults.NONE, StagedProducts.NONE);
    }

    /**
     * A product lacking a field first takes it from the product staged before for its GTIN (the
     * field-level merge, held or not), then from the organisation's defaults; only then is it checked.
     */
    public RecordNormalizer(IdentifierNormalizer identifiers, ProductDefaults defaults, StagedProducts staged) {
        this.products = new ProductChecks(identifiers);
        this.lots = new LotChecks(identifiers);
        this.defaults = defaults;
        this.staged = staged;
        this.identifiers = identifiers;
    }

    public RecordChunk normalize(RecordChunk chunk) {
        List<SourcedRecord> kept = new ArrayList<>(chunk.records().size());
        List<HeldProduct> held = new ArrayList<>(0);
        // products of this chunk by GTIN: a later record of the chunk merges with the earlier one, as
        // with one staged by an earlier chunk (the outbox sees this chunk only once it is staged)
        Map<String, StagedProducts.Staged> inChunk = new HashMap<>();
        // what the outbox holds for the chunk's GTINs, read once for the chunk
        Map<String, StagedProducts.Staged> before = stagedBefore(chunk.records());
        // the same, as read (before the merge with the outbox and the defaults): what a refused hold is checked again from
        Map<String, ProductRecord> readInChunk = new HashMap<>();
        for (SourcedRecord sourced : chunk.records()) {
            List<Rejection> problems = new ArrayList<>(0);
            Checked checked = check(sourced, problems, inChunk, before, chunk.report()::warn);
            if (!problems.isEmpty() && !checked.holdable()) {
                chunk.report().reject(problems);
                continue;
            }
            SourcedRecord asRead = sourced;
            if (checked.record().record() instanceof ProductRecord product) {
                ProductRecord earlierRead = readInChunk.get(product.gtin());
                if (earlierRead != null) {
                    asRead = new SourcedRecord(ProductMerge.merge((ProductRecord) sourced.record(), earlierRead), sourced.position());
                }
                readInChunk.put(product.gtin(), (ProductRecord) asRead.record());
                // a hold of this GTIN earlier in the file is superseded: this version carries its fields (merged)
                HeldProduct earlier = chunk.report().heldFor(product.gtin());
                if (earlier != null) {
                    held.remove(earlier);
                    chunk.report().unhold(earlier);
                }
                inChunk.put(product.gtin(), new StagedProducts.Staged(product, !problems.isEmpty()));
            }
            if (problems.isEmpty()) {
                kept.add(checked.record());
            } else {
                HeldProduct product = new HeldProduct((ProductRecord) checked.record().record(), sourced.position(),
                        problems.stream().map(Rejection::field).toList(), asRead);
                held.add(product);
                chunk.report().hold(product);
            }
        }
        return chunk.withRecords(kept, held);
    }

    /**
     * The record in normal form, or the input unchanged with {@code problems} filled. A product
     * that only lacks fields comes back in normal form with its problems, all {@code REQUIRED}.
     * Warnings, which go to a chunk's report, are not given here.
     */
    public SourcedRecord normalize(SourcedRecord sourced, List<Rejection> problems) {
        return check(sourced, problems, Map.of(), stagedBefore(List.of(sourced)), warning -> { }).record();
    }

    private Checked check(SourcedRecord sourced, List<Rejection> problems, Map<String, StagedProducts.Staged> inChunk,
            Map<String, StagedProducts.Staged> stagedBefore, Consumer<String> warnings) {
        if (sourced.record() instanceof ProductRecord product) {
            Optional<StagedProducts.Staged> before = stagedFor(product, inChunk, stagedBefore);
            ProductRecord merged = before.map(b -> ProductMerge.merge(product, b.product())).orElse(product);
            ProductRecord normal = products.check(defaults.apply(merged), sourced.position(), problems);
            if (normal == null) {
                return new Checked(sourced, false);
            }
            // a held version may replace only a held one: a product that was sendable never goes back to waiting
            // (it can lack a field after the merge only when it names another manufacturer without its tax code)
            boolean holdable = !problems.isEmpty() && before.map(StagedProducts.Staged::held).orElse(true);
            return new Checked(new SourcedRecord(normal, sourced.position()), holdable);
        }
        LotRecord normal = lots.check((LotRecord) sourced.record(), sourced.scan(), sourced.position(), problems, warnings);
        return new Checked(normal == null ? sourced : new SourcedRecord(normal, sourced.position()), false);
    }

    /** The product staged before for the GTIN, if any (a bad GTIN is left to the checks). */
    private Optional<StagedProducts.Staged> stagedFor(ProductRecord product, Map<String, StagedProducts.Staged> inChunk,
            Map<String, StagedProducts.Staged> stagedBefore) {
        String gtin14 = gtin14(product);
        if (gtin14 == null) {
            return Optional.empty();
        }
        StagedProducts.Staged earlier = inChunk.get(gtin14);
        return Optional.ofNullable(earlier != null ? earlier : stagedBefore.get(gtin14));
    }

    /** What the outbox holds for the valid GTINs of the records' products: one read for all of them. */
    private Map<String, StagedProducts.Staged> stagedBefore(List<SourcedRecord> records) {
        Set<String> gtins = new LinkedHashSet<>();
        for (SourcedRecord sourced : records) {
            if (sourced.record() instanceof ProductRecord product) {
                String gtin14 = gtin14(product);
                if (gtin14 != null) {
                    gtins.add(gtin14);
                }
            }
        }
        return gtins.isEmpty() ? Map.of() : staged.staged(new ArrayList<>(gtins));
    }

    /** The product's GTIN in its 14-digit normal form, or null when it has none or a wrong one. */
    private String gtin14(ProductRecord product) {
        if (product.gtin() == null) {
            return null;
        }
        var gtin = identifiers.gtin(product.gtin());
        return gtin.valid() ? gtin.value() : null;
    }

    /** A record after the checks; {@code holdable} when its problems are only fields another file can supply. */
    private record Checked(SourcedRecord record, boolean holdable) {
    }
}
