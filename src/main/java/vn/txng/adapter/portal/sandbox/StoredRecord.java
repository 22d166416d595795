package vn.txng.adapter.portal.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A record the sandbox holds: its portal id, the key it is upserted on ({@code gtinCode},
 * {@code gtinCode/soLo}, {@code maDiaDiem} or {@code maSuKien}), and the body last stored. {@code body} is a copy: changing it changes
 * nothing in the sandbox.
 */
public record StoredRecord(String id, String key, ObjectNode body) {
}
