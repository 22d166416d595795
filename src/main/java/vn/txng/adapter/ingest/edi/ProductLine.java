package vn.txng.adapter.ingest.edi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.txng.adapter.model.Manufacturer;
import vn.txng.adapter.model.ProductRecord;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;

/**
 * One catalogue line on its way to a product record. Images, sales unit and tax code are rarely
 * in EDI: they stay empty here and come from the organisation defaults ({@link ProductDefaults}).
 */
final class ProductLine {

    final SourcePosition position;
    final List<Rejection> problems = new ArrayList<>(0);
    String gtin;
    /** Where the GTIN came from, for its errors. */
    String gtinField = "LIN C212.7140";
    String name;
    String description;
    String brand;
    BigDecimal netContent;
    String netContentUnit;
    String country;
    Integer shelfLifeDays;
    /** Whether the shelf life came from DTM+363 (which DTM+41E may not replace). */
    boolean totalShelfLife;
    /** A bad DTM+41E, reported only if no DTM+363 gives the shelf life instead. */
    Rejection lifespanProblem;
    Manufacturer manufacturer;
    /** What tells this line's variant apart from others of its GTIN (item codes, colour, size); not product fields. */
    String supplierCode;
    String buyerCode;
    String colour;
    String size;

    ProductLine(SourcePosition position) {
        this.position = position;
    }

    /** A text describing the item: the first is the name, a later one the description. */
    void text(String text) {
        if (text == null) {
            return;
        }
        if (name == null) {
            name = text;
        } else if (description == null) {
            description = text;
        }
    }

    /** The line's product goes to {@code catalogue} (which meets it with the message's other lines of its GTIN). */
    void finish(MessageSink sink, Manufacturer headerManufacturer, CataloguedProducts catalogue) {
        LineGtin.check(gtin, position, gtinField, problems);
        if (lifespanProblem != null) {
            problems.add(lifespanProblem);
        }
        if (!problems.isEmpty()) {
            sink.reject(problems);
            return;
        }
        catalogue.add(new ProductRecord(gtin, name, description, List.of(), null, netContent, netContentUnit, country, brand,
                List.of(), shelfLifeDays, manufacturer != null ? manufacturer : headerManufacturer),
                new CataloguedProducts.Variant(supplierCode, buyerCode, colour, size), position, sink);
    }
}
