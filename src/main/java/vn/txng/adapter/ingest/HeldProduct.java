package vn.txng.adapter.ingest;

import java.util.List;
import vn.txng.adapter.model.ProductRecord;
import vn.txng.adapter.model.SourcePosition;
import vn.txng.adapter.model.SourcedRecord;

/**
 * A product whose only problems are required fields it lacks and another file can supply (an image,
 * the sales unit, the manufacturer's tax code ...): it is staged as held, with its merged content,
 * and sent once a later file for its GTIN completes it. {@code missingFields} are named as in the
 * file's other problems ({@code ImageUrl}, {@code Manufacturer/TaxCode}). {@code source} is the
 * record as read, before the merge and the defaults, to be checked again if the outbox refuses the
 * hold (another file made the product sendable meanwhile).
 */
public record HeldProduct(ProductRecord product, SourcePosition position, List<String> missingFields, SourcedRecord source)
        implements HeldRecord {

    public static final String CODE = "PRODUCT_INCOMPLETE";

    public HeldProduct {
        missingFields = List.copyOf(missingFields);
    }

    @Override
    public ProductRecord record() {
        return product;
    }

    @Override
    public String code() {
        return CODE;
    }

    /** The line the log and {@code validate} print after "held" or "would be held". */
    @Override
    public String toString() {
        return position + ": " + CODE + ": product " + product.gtin() + " lacks " + String.join(", ", missingFields)
                + "; it goes out once a file supplies them";
    }
}
