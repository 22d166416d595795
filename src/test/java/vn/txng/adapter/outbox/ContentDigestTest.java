package vn.txng.adapter.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.model.RecordKind;

class ContentDigestTest {

    private final ContentDigest digest = new ContentDigest();

    @Test
    void should_hash_as_lower_case_sha256_hex() {
        assertThat(digest.hash("abc".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void should_derive_the_same_idempotency_key_for_the_same_content_and_revision() {
        assertThat(digest.idempotencyKey(RecordKind.LOT, "k", "h", 1))
                .isEqualTo(new ContentDigest().idempotencyKey(RecordKind.LOT, "k", "h", 1));
    }

    @Test
    void should_derive_a_new_idempotency_key_for_a_new_revision_of_the_same_content() {
        assertThat(digest.idempotencyKey(RecordKind.LOT, "k", "h", 1))
                .isNotEqualTo(digest.idempotencyKey(RecordKind.LOT, "k", "h", 3));
    }

    @Test
    void should_shape_the_idempotency_key_as_a_version_8_uuid() {
        UUID key = UUID.fromString(digest.idempotencyKey(RecordKind.PRODUCT, "08934563123451", "h", 1));

        assertThat(key.version()).isEqualTo(8);
        assertThat(key.variant()).isEqualTo(2);
    }
}
