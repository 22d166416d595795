package vn.txng.adapter.ingest;

import java.util.List;
import vn.txng.adapter.model.Manufacturer;
import vn.txng.adapter.model.ProductRecord;

/**
 * The organisation's defaults for what a catalogue (EDI above all) leaves out: the manufacturer,
 * the sales unit and an image URL made from the GTIN. Applied only where a record lacks the field;
 * a record that names another manufacturer (by GLN) gets none of the manufacturer defaults.
 */
public record ProductDefaults(String manufacturerName, String manufacturerAddress, String manufacturerTaxCode,
                              String manufacturerGln, String salesUnit, String imageUrlTemplate) {

    public static final ProductDefaults NONE = new ProductDefaults(null, null, null, null, null, null);

    public ProductRecord apply(ProductRecord p) {
        List<String> images = p.imageUrls().isEmpty() && imageUrlTemplate != null && p.gtin() != null
                ? List.of(imageUrlTemplate.replace("{gtin}", p.gtin())) : p.imageUrls();
        return new ProductRecord(p.gtin(), p.name(), p.description(), images, or(p.salesUnit(), salesUnit),
                p.netContent(), p.netContentUnit(), p.countryOfOrigin(), p.brand(), p.standards(), p.shelfLifeDays(),
                manufacturer(p.manufacturer()));
    }

    private Manufacturer manufacturer(Manufacturer m) {
        if (m == null) {
            return manufacturerName == null && manufacturerAddress == null && manufacturerTaxCode == null && manufacturerGln == null
                    ? null : new Manufacturer(manufacturerName, manufacturerAddress, manufacturerTaxCode, manufacturerGln);
        }
        // another company's tax code must never be filled in
        if (m.gln() != null && manufacturerGln != null && !m.gln().equals(manufacturerGln)) {
            return m;
        }
        return new Manufacturer(or(m.name(), manufacturerName), or(m.address(), manufacturerAddress),
                or(m.taxCode(), manufacturerTaxCode), or(m.gln(), manufacturerGln));
    }

    private static String or(String given, String fallback) {
        return given == null || given.isBlank() ? fallback : given;
    }
}
