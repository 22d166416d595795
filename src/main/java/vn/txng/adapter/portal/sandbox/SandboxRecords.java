package vn.txng.adapter.portal.sandbox;

import java.util.List;
import java.util.Optional;

/** A snapshot of what the sandbox stores, in the order records were first created. */
public record SandboxRecords(List<StoredRecord> products, List<StoredRecord> lots, List<StoredRecord> locations,
        List<StoredRecord> events) {

    public SandboxRecords {
        products = List.copyOf(products);
        lots = List.copyOf(lots);
        locations = List.copyOf(locations);
        events = List.copyOf(events);
    }

    /** The product stored under {@code gtinCode} (its shortest form, as sent). */
    public Optional<StoredRecord> product(String gtinCode) {
        return find(products, gtinCode);
    }

    /** The lot stored under {@code gtinCode} + {@code soLo}. */
    public Optional<StoredRecord> lot(String gtinCode, String soLo) {
        return find(lots, RecordStore.lotKey(gtinCode, soLo));
    }

    /** The location stored under its trace code {@code maDiaDiem}, e.g. {@code (414)8934563000004(254)LINE-2}. */
    public Optional<StoredRecord> location(String maDiaDiem) {
        return find(locations, maDiaDiem);
    }

    /** The event stored under {@code maSuKien}. */
    public Optional<StoredRecord> event(String maSuKien) {
        return find(events, maSuKien);
    }

    private static Optional<StoredRecord> find(List<StoredRecord> records, String key) {
        return records.stream().filter(r -> r.key().equals(key)).findFirst();
    }
}
