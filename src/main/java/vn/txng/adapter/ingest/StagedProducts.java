package vn.txng.adapter.ingest;

import java.util.Optional;
import vn.txng.adapter.model.ProductRecord;

/** Where the product last staged for a GTIN can be read back (the outbox); {@link #NONE} for `validate`. */
@FunctionalInterface
public interface StagedProducts {

    StagedProducts NONE = gtin14 -> Optional.empty();

    /** The product last staged for the GTIN, held or not. */
    Optional<Staged> staged(String gtin14);

    /** A staged product; {@code held} when it lacks fields and waits for a file to supply them. */
    record Staged(ProductRecord product, boolean held) {
    }
}
