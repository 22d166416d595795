package vn.txng.adapter.ingest;

import java.util.ArrayList;
import java.util.List;
import vn.txng.adapter.identifier.IdentifierNormalizer;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.ProductRecord;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcedRecord;

/**
 * The processor bean of the ingest route (registered as {@code identifierNormalizer}): every
 * identifier of every record goes through the GS1 / ISO/IEC 15459 rules of
 * {@link IdentifierNormalizer} and comes out in its normal form, and every field the portal checks
 * is checked here first, so that nothing the portal would refuse is staged. A record with any
 * problem is reported with its position and dropped; the others go on.
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
     * field-level merge), then from the organisation's defaults; only then is it checked.
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
        for (SourcedRecord sourced : chunk.records()) {
            List<Rejection> problems = new ArrayList<>(0);
            SourcedRecord normal = normalize(sourced, problems);
            if (problems.isEmpty()) {
                kept.add(normal);
            } else {
                chunk.report().reject(problems);
            }
        }
        return chunk.withRecords(kept);
    }

    /** The product merged with the one staged before for its GTIN, if any (a bad GTIN is left to the checks). */
    private ProductRecord completed(ProductRecord product) {
        if (product.gtin() == null) {
            return product;
        }
        var gtin = identifiers.gtin(product.gtin());
        if (!gtin.valid()) {
            return product;
        }
        return staged.staged(gtin.value()).map(before -> ProductMerge.merge(product, before)).orElse(product);
    }

    /** The record in normal form, or the input unchanged with {@code problems} filled. */
    public SourcedRecord normalize(SourcedRecord sourced, List<Rejection> problems) {
        if (sourced.record() instanceof ProductRecord product) {
            ProductRecord normal = products.check(defaults.apply(completed(product)), sourced.position(), problems);
            return normal == null ? sourced : new SourcedRecord(normal, sourced.position());
        }
        LotRecord normal = lots.check((LotRecord) sourced.record(), sourced.scan(), sourced.position(), problems);
        return normal == null ? sourced : new SourcedRecord(normal, sourced.position());
    }
}
