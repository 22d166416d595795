package vn.txng.adapter.ingest;

import java.util.List;
import java.util.Map;
import vn.txng.adapter.model.ProductRecord;

/** Where the products last staged for some GTINs can be read back (the outbox); {@link #NONE} for `validate`. */
@FunctionalInterface
public interface StagedProducts {

    StagedProducts NONE = gtin14s -> Map.of();

    /**
     * The product last staged for each of the GTIN-14s, held or not, by GTIN-14; a GTIN never staged is
     * absent. Read for a whole chunk at once: one round trip (or a few), never one per product.
     */
    Map<String, Staged> staged(List<String> gtin14s);

    /** A staged product; {@code held} when it lacks fields and waits for a file to supply them. */
    record Staged(ProductRecord product, boolean held) {
    }
}
