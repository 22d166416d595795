package vn.txng.adapter.epcis;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The {@code eventID} of an exported event: the record's key when it already is one ({@code urn:uuid:}, or a CBV 2.0
 * hash ID {@code ni:///}, as an EPCIS document gave it), else {@code urn:uuid:} with a name-based UUID version 5
 * (RFC 9562 section 5.5, SHA-1) in the RFC's URL namespace of the name {@code txng:<kind>:<key>}: the same record
 * always gets the same ID, so a repository that captures an export twice keeps one event.
 */
public final class EventIds {

    /** RFC 9562's URL namespace, {@code 6ba7b811-9dad-11d1-80b4-00c04fd430c8}. */
    private static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    private EventIds() {
    }

    /** The event ID of a staged event by its key. */
    public static String ofEvent(String eventKey) {
        if (eventKey.startsWith("urn:uuid:") || eventKey.startsWith("ni:///")) {
            return eventKey;
        }
        return "urn:uuid:" + nameBased("txng:event:" + eventKey);
    }

    /** The event ID of a lot's commissioning, by the lot's key ({@code <GTIN-14>/<lot>}). */
    static String ofLot(String lotKey) {
        return "urn:uuid:" + nameBased("txng:lot:" + lotKey);
    }

    /** UUID version 5 of {@code name} (UTF-8) in the URL namespace. */
    static UUID nameBased(String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(URL_NAMESPACE.getMostSignificantBits())
                .putLong(URL_NAMESPACE.getLeastSignificantBits()).array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0F) | 0x50); // version 5
        hash[8] = (byte) ((hash[8] & 0x3F) | 0x80); // RFC variant
        ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bits.getLong(), bits.getLong());
    }
}
