package vn.txng.adapter.portal.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.txng.adapter.model.RecordKind;

/** The records the sandbox stores in memory, keyed as the contract's upserts are. Callers synchronise. */
final class RecordStore {

    /** The outcome of an upsert: the stored record, and whether it was new. */
    record Upserted(StoredRecord record, boolean created) {
    }

    private final Map<RecordKind, Map<String, StoredRecord>> byKind = Map.of(
            RecordKind.PRODUCT, new LinkedHashMap<>(),
            RecordKind.LOT, new LinkedHashMap<>());
    private long nextId = 1;

    static String lotKey(String gtinCode, String soLo) {
        return gtinCode + "/" + soLo;
    }

    boolean hasProduct(String gtinCode) {
        return byKind.get(RecordKind.PRODUCT).containsKey(gtinCode);
    }

    /** Stores {@code body} under {@code key}; an existing record keeps its id. */
    Upserted upsert(RecordKind kind, String key, ObjectNode body) {
        Map<String, StoredRecord> records = byKind.get(kind);
        StoredRecord existing = records.get(key);
        String id = existing != null ? existing.id()
                : (kind == RecordKind.PRODUCT ? "SP" : "LH") + String.format("%08d", nextId++);
        StoredRecord stored = new StoredRecord(id, key, body.deepCopy());
        records.put(key, stored);
        return new Upserted(stored, existing == null);
    }

    SandboxRecords snapshot() {
        return new SandboxRecords(copies(RecordKind.PRODUCT), copies(RecordKind.LOT));
    }

    private List<StoredRecord> copies(RecordKind kind) {
        List<StoredRecord> copies = new ArrayList<>();
        byKind.get(kind).values().forEach(r -> copies.add(new StoredRecord(r.id(), r.key(), r.body().deepCopy())));
        return copies;
    }
}
