package vn.txng.adapter.outbox;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import vn.txng.adapter.model.RecordKind;

/**
 * SHA-256 content hashes and the idempotency keys derived from them. Not thread-safe: one
 * instance per staging call (a MessageDigest is cheap to reuse, not to look up per record).
 */
final class ContentDigest {

    private static final HexFormat HEX = HexFormat.of();

    private final MessageDigest sha256;

    ContentDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Lower-case hex SHA-256 of the bytes. */
    String hash(byte[] bytes) {
        return HEX.formatHex(sha256.digest(bytes));
    }

    /**
     * A UUID-shaped key (RFC 9562 version 8, name-based on SHA-256) that is the same for the same
     * kind, key, content and revision, so a retry or a re-claim after a crash repeats it exactly,
     * while any content change (revision + 1) gets a new one, even back to an earlier content.
     */
    String idempotencyKey(RecordKind kind, String businessKey, String contentHash, int revision) {
        String name = kind.name() + '\n' + businessKey + '\n' + contentHash + '\n' + revision;
        ByteBuffer digest = ByteBuffer.wrap(sha256.digest(name.getBytes(StandardCharsets.UTF_8)));
        long high = (digest.getLong() & ~0xF000L) | 0x8000L;
        long low = (digest.getLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
