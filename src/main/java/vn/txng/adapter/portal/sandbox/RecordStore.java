package vn.txng.adapter.portal.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.portal.PortalProfile;

/** The records the sandbox stores in memory, keyed as the contract's upserts are. Callers synchronise. */
final class RecordStore {

    /** The outcome of an upsert: the stored record, and whether it was new. */
    record Upserted(StoredRecord record, boolean created) {
    }

    /** The prefix of the portal ids of each kind: sản phẩm, lô hàng, địa điểm, sự kiện. */
    private static final Map<RecordKind, String> ID_PREFIXES = new EnumMap<>(Map.of(
            RecordKind.PRODUCT, "SP", RecordKind.LOT, "LH", RecordKind.LOCATION, "DD", RecordKind.EVENT, "SK"));

    private final Map<RecordKind, Map<String, StoredRecord>> byKind = new EnumMap<>(RecordKind.class);
    /** Each stored lot's maTruyVet, to its key: what an event names its lots by. */
    private final Map<String, String> lotKeysByTraceCode = new HashMap<>();
    private long nextId = 1;

    RecordStore() {
        for (RecordKind kind : RecordKind.values()) {
            byKind.put(kind, new LinkedHashMap<>());
        }
    }

    static String lotKey(String gtinCode, String soLo) {
        return gtinCode + "/" + soLo;
    }

    /** The field a body of {@code kind} is upserted on (a lot's is gtinCode with soLo). */
    static String keyField(RecordKind kind) {
        return switch (kind) {
            case PRODUCT, LOT -> PortalProfile.GTIN_CODE;
            case LOCATION -> PortalProfile.MA_DIA_DIEM;
            case EVENT -> PortalProfile.MA_SU_KIEN;
        };
    }

    /** The key a valid body of {@code kind} is stored under: gtinCode, gtinCode/soLo, maDiaDiem or maSuKien. */
    static String keyOf(RecordKind kind, JsonNode body) {
        String key = body.get(keyField(kind)).textValue();
        return kind == RecordKind.LOT ? lotKey(key, body.get(PortalProfile.SO_LO).textValue()) : key;
    }

    boolean hasProduct(String gtinCode) {
        return byKind.get(RecordKind.PRODUCT).containsKey(gtinCode);
    }

    /** True when a stored lot carries {@code traceCode} as its maTruyVet. */
    boolean hasLot(String traceCode) {
        return lotKeysByTraceCode.containsKey(traceCode);
    }

    boolean hasLocation(String locationCode) {
        return byKind.get(RecordKind.LOCATION).containsKey(locationCode);
    }

    /** Stores {@code body} under {@code key}; an existing record keeps its id. */
    Upserted upsert(RecordKind kind, String key, ObjectNode body) {
        Map<String, StoredRecord> records = byKind.get(kind);
        StoredRecord existing = records.get(key);
        String id = existing != null ? existing.id() : ID_PREFIXES.get(kind) + String.format("%08d", nextId++);
        StoredRecord stored = new StoredRecord(id, key, body.deepCopy());
        records.put(key, stored);
        if (kind == RecordKind.LOT) {
            if (existing != null) {
                // a lot sent again with another code (a 25T added) is no longer found by its old one
                lotKeysByTraceCode.remove(existing.body().path(PortalProfile.MA_TRUY_VET).asText(), key);
            }
            lotKeysByTraceCode.put(body.get(PortalProfile.MA_TRUY_VET).textValue(), key);
        }
        return new Upserted(stored, existing == null);
    }

    SandboxRecords snapshot() {
        return new SandboxRecords(copies(RecordKind.PRODUCT), copies(RecordKind.LOT),
                copies(RecordKind.LOCATION), copies(RecordKind.EVENT));
    }

    private List<StoredRecord> copies(RecordKind kind) {
        List<StoredRecord> copies = new ArrayList<>();
        byKind.get(kind).values().forEach(r -> copies.add(new StoredRecord(r.id(), r.key(), r.body().deepCopy())));
        return copies;
    }
}
