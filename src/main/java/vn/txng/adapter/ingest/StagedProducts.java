package vn.txng.adapter.ingest;

import java.util.Optional;
import vn.txng.adapter.model.ProductRecord;

/** Where the product last staged for a GTIN can be read back (the outbox); {@link #NONE} for `validate`. */
@FunctionalInterface
public interface StagedProducts {

    StagedProducts NONE = gtin14 -> Optional.empty();

    Optional<ProductRecord> staged(String gtin14);
}
