package vn.txng.adapter.ingest;

import java.util.List;
import vn.txng.adapter.model.Manufacturer;
import vn.txng.adapter.model.ProductRecord;

/**
 * The field-level merge by GTIN: a product staged from one source (an XML master file, say) keeps
 * the fields another source (an EDI catalogue) leaves out; a field the new record gives wins.
 */
final class ProductMerge {

    private ProductMerge() {
    }

    static ProductRecord merge(ProductRecord incoming, ProductRecord staged) {
        return new ProductRecord(incoming.gtin(),
                or(incoming.name(), staged.name()),
                or(incoming.description(), staged.description()),
                or(incoming.imageUrls(), staged.imageUrls()),
                or(incoming.salesUnit(), staged.salesUnit()),
                incoming.netContent() != null ? incoming.netContent() : staged.netContent(),
                incoming.netContent() != null ? incoming.netContentUnit() : staged.netContentUnit(),
                or(incoming.countryOfOrigin(), staged.countryOfOrigin()),
                or(incoming.brand(), staged.brand()),
                or(incoming.standards(), staged.standards()),
                incoming.shelfLifeDays() != null ? incoming.shelfLifeDays() : staged.shelfLifeDays(),
                manufacturer(incoming.manufacturer(), staged.manufacturer()));
    }

    private static Manufacturer manufacturer(Manufacturer incoming, Manufacturer staged) {
        if (incoming == null || staged == null) {
            return incoming == null ? staged : incoming;
        }
        // another company (by GLN) shares nothing with the one staged before
        if (incoming.gln() != null && staged.gln() != null && !incoming.gln().equals(staged.gln())) {
            return incoming;
        }
        return new Manufacturer(or(incoming.name(), staged.name()), or(incoming.address(), staged.address()),
                or(incoming.taxCode(), staged.taxCode()), or(incoming.gln(), staged.gln()));
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static List<String> or(List<String> value, List<String> fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }
}
