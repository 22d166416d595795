package vn.txng.adapter.portal.sandbox;

import java.util.List;
import java.util.Optional;

/** A snapshot of what the sandbox stores, in the order records were first created. */
public record SandboxRecords(List<StoredRecord> products, List<StoredRecord> lots) {

    public SandboxRecords {
        products = List.copyOf(products);
        lots = List.copyOf(lots);
    }

    /** The product stored under {@code gtinCode} (its shortest form, as sent). */
    public Optional<StoredRecord> product(String gtinCode) {
        return products.stream().filter(r -> r.key().equals(gtinCode)).findFirst();
    }

    /** The lot stored under {@code gtinCode} + {@code soLo}. */
    public Optional<StoredRecord> lot(String gtinCode, String soLo) {
        String key = RecordStore.lotKey(gtinCode, soLo);
        return lots.stream().filter(r -> r.key().equals(key)).findFirst();
    }
}
