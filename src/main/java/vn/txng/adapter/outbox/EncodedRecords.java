package vn.txng.adapter.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.model.TraceRecord;

/**
 * A chunk of records in the form the outbox stores them (canonical JSON and its SHA-256), made by {@link Outbox#encode} before the staging
 * transaction, so that encoding and writing can run on two threads. Where a key occurs more than
 * once, only its last occurrence is staged. Immutable; safe to hand to another thread.
 */
public final class EncodedRecords {

    private final RecordRef[] refs;
    private final int[] lastIndex;
    private final int[] staged;
    // by record index; null for an occurrence that a later one of the same key replaces
    // bytes: most records of a nightly file are unchanged and never need their JSON as a String
    private final byte[][] payloads;
    private final String[] hashes;

    private EncodedRecords(RecordRef[] refs, int[] lastIndex, int[] staged, byte[][] payloads, String[] hashes) {
        this.refs = refs;
        this.lastIndex = lastIndex;
        this.staged = staged;
        this.payloads = payloads;
        this.hashes = hashes;
    }

    /**
     * Encodes the records (see {@link RecordCodec}).
     *
     * @throws IllegalArgumentException when a record has no business key
     */
    static EncodedRecords of(List<? extends TraceRecord> records) {
        int size = records.size();
        RecordRef[] refs = new RecordRef[size];
        Map<RecordRef, Integer> last = new HashMap<>(size * 2);
        for (int i = 0; i < size; i++) {
            refs[i] = RecordRef.of(records.get(i), i);
            last.put(refs[i], i);
        }
        int[] lastIndex = new int[size];
        int[] indexes = new int[size];
        int n = 0;
        byte[][] payloads = new byte[size][];
        String[] hashes = new String[size];
        ContentDigest digest = new ContentDigest();
        for (int i = 0; i < size; i++) {
            lastIndex[i] = last.get(refs[i]);
            if (lastIndex[i] == i) {
                indexes[n++] = i;
                payloads[i] = RecordCodec.toUtf8(records.get(i));
                hashes[i] = digest.hash(payloads[i]);
            }
        }
        return new EncodedRecords(refs, lastIndex, Arrays.copyOf(indexes, n), payloads, hashes);
    }

    /** How many records were encoded, repeated keys included. */
    public int size() {
        return refs.length;
    }

    RecordRef ref(int i) {
        return refs[i];
    }

    int lastIndexOf(int i) {
        return lastIndex[i];
    }

    /** Indexes of the occurrences that are staged, in input order. */
    int[] lastIndexes() {
        return staged;
    }

    String payload(int i) {
        return new String(payloads[i], StandardCharsets.UTF_8);
    }

    String hash(int i) {
        return hashes[i];
    }

    List<String> keysOf(RecordKind kind) {
        List<String> keys = new ArrayList<>();
        for (int i : staged) {
            if (refs[i].kind() == kind) {
                keys.add(refs[i].businessKey());
            }
        }
        return keys;
    }
}
