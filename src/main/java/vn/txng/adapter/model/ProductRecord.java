package vn.txng.adapter.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A product as the portal knows it. {@code gtin} is the 14-digit normal form once the record has
 * passed the identifier normalizer; before that it holds what the source gave.
 */
public record ProductRecord(
        String gtin,
        String name,
        String description,
        List<String> imageUrls,
        String salesUnit,
        BigDecimal netContent,
        String netContentUnit,
        String countryOfOrigin,
        String brand,
        List<String> standards,
        Integer shelfLifeDays,
        Manufacturer manufacturer) implements TraceRecord {

    public ProductRecord {
        imageUrls = imageUrls == null ? List.of() : List.copyOf(imageUrls);
        standards = standards == null ? List.of() : List.copyOf(standards);
    }

    @Override
    public RecordKind kind() {
        return RecordKind.PRODUCT;
    }

    @Override
    public String businessKey() {
        return gtin;
    }

    public ProductRecord withIdentifiers(String normalGtin, Manufacturer normalManufacturer) {
        return new ProductRecord(normalGtin, name, description, imageUrls, salesUnit, netContent, netContentUnit,
                countryOfOrigin, brand, standards, shelfLifeDays, normalManufacturer);
    }
}
