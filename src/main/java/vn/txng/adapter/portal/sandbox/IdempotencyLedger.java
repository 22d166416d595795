package vn.txng.adapter.portal.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * The Idempotency-Keys of successful upserts, per client and path, with the body each came with.
 * Callers synchronise.
 */
final class IdempotencyLedger {

    /** What a key was first used for: the body, and the id of the record it stored. */
    record Entry(JsonNode body, String recordId) {
    }

    private final Map<String, Entry> entries = new HashMap<>();

    /** The entry for this client's key on this path, or null when the key is new. */
    Entry find(String clientId, String path, String key) {
        return entries.get(ledgerKey(clientId, path, key));
    }

    void remember(String clientId, String path, String key, JsonNode body, String recordId) {
        entries.putIfAbsent(ledgerKey(clientId, path, key), new Entry(body.deepCopy(), recordId));
    }

    /** How many keys stored a record. */
    int size() {
        return entries.size();
    }

    private static String ledgerKey(String clientId, String path, String key) {
        return clientId + '\n' + path + '\n' + key;
    }
}
