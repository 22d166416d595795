package vn.txng.adapter.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.txng.adapter.model.EventLot;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.model.SourcePosition;
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
    // where each record was read (null when the caller did not say); kept beside the content, never in its hash
    private final SourcePosition[] sources;
    // by record index, an event's lots by their keys (outbox_event_lot); null for other kinds
    private final List<String>[] lotKeys;

    private EncodedRecords(RecordRef[] refs, int[] lastIndex, int[] staged, byte[][] payloads, String[] hashes, SourcePosition[] sources,
            List<String>[] lotKeys) {
        this.refs = refs;
        this.lastIndex = lastIndex;
        this.staged = staged;
        this.payloads = payloads;
        this.hashes = hashes;
        this.sources = sources;
        this.lotKeys = lotKeys;
    }

    /**
     * Encodes the records (see {@link RecordCodec}).
     *
     * @throws IllegalArgumentException when a record has no business key
     */
    static EncodedRecords of(List<? extends TraceRecord> records) {
        return of(records, null);
    }

    /**
     * As {@link #of(List)}, with where each record was read ({@code sources}: one per record, an element may be null;
     * null: unknown for all).
     */
    @SuppressWarnings("unchecked")
    static EncodedRecords of(List<? extends TraceRecord> records, List<SourcePosition> sources) {
        int size = records.size();
        if (sources != null && sources.size() != size) {
            throw new IllegalArgumentException(size + " records but " + sources.size() + " source positions");
        }
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
        SourcePosition[] positions = new SourcePosition[size];
        List<String>[] lots = new List[size];
        ContentDigest digest = new ContentDigest();
        for (int i = 0; i < size; i++) {
            lastIndex[i] = last.get(refs[i]);
            if (lastIndex[i] == i) {
                indexes[n++] = i;
                TraceRecord record = records.get(i);
                payloads[i] = RecordCodec.toUtf8(record);
                hashes[i] = digest.hash(payloads[i]);
                positions[i] = sources == null ? null : sources.get(i);
                if (record instanceof EventRecord event) {
                    lots[i] = event.lots().stream().map(EventLot::lotKey).distinct().toList();
                }
            }
        }
        return new EncodedRecords(refs, lastIndex, Arrays.copyOf(indexes, n), payloads, hashes, positions, lots);
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

    /** The file record {@code i} was read from (at most 600 characters), or null when unknown. */
    String sourceFile(int i) {
        SourcePosition source = sources[i];
        return source == null ? null : clip(source.file(), 600);
    }

    /** Where in its file record {@code i} was read ({@link SourcePosition#where()}, at most 200 characters), or null. */
    String sourcePosition(int i) {
        SourcePosition source = sources[i];
        return source == null ? null : clip(source.where(), 200);
    }

    /** The keys of the lots event {@code i} names, or null when record {@code i} is no event. */
    List<String> lotKeys(int i) {
        return lotKeys[i];
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
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
