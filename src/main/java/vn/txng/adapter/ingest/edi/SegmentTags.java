package vn.txng.adapter.ingest.edi;

import io.xlate.edi.stream.EDIStreamReader;

/**
 * Segment tags as strings, made once per distinct tag: a file repeats a handful of tags millions
 * of times, and one String per segment was garbage. Tags of up to three characters (every
 * EDIFACT and X12 tag) are looked up by their characters; a longer one, or one met after the table
 * is full, is made afresh, which is only slower.
 */
final class SegmentTags {

    private static final int SLOTS = 512;
    private static final int MAX_ENTRIES = SLOTS / 2;

    private final long[] keys = new long[SLOTS];
    private final String[] values = new String[SLOTS];
    private final char[] buffer = new char[3];
    /** Per slot: 0 not yet asked, 1 an envelope segment, 2 not; and the mapper last asked whether it wants the tag, with its answer. */
    private final byte[] envelope = new byte[SLOTS];
    private final MessageMapper[] askedMapper = new MessageMapper[SLOTS];
    private final boolean[] wanted = new boolean[SLOTS];
    private int entries;
    private int current = -1;

    /** The tag of the segment {@code edi} has just started. */
    String tag(EDIStreamReader edi) {
        int length = edi.getTextLength();
        current = -1;
        if (length < 1 || length > 3 || edi.getTextStart() != 0) {
            return edi.getText();
        }
        edi.getTextCharacters(0, buffer, 0, length);
        // 16 bits a character and the length in the top bits: distinct tags, distinct keys (never 0)
        long key = (long) length << 48;
        for (int i = 0; i < length; i++) {
            key |= (long) buffer[i] << (16 * i);
        }
        int slot = Long.hashCode(key * 0x9E3779B97F4A7C15L) & (SLOTS - 1);
        while (keys[slot] != 0) {
            if (keys[slot] == key) {
                current = slot;
                return values[slot];
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
        String tag = new String(buffer, 0, length);
        if (entries < MAX_ENTRIES) {
            keys[slot] = key;
            values[slot] = tag;
            entries++;
            current = slot;
        }
        return tag;
    }

    /** Whether the standard captures the tag last returned as an envelope segment; asked once a tag. */
    boolean envelope(EdiStandard standard, String tag) {
        if (current < 0) {
            return standard.envelope(tag);
        }
        if (envelope[current] == 0) {
            envelope[current] = standard.envelope(tag) ? (byte) 1 : (byte) 2;
        }
        return envelope[current] == 1;
    }

    /** Whether {@code mapper} wants the tag last returned; asked once a tag and mapper. */
    boolean wants(MessageMapper mapper, String tag) {
        if (current < 0) {
            return mapper.wants(tag);
        }
        if (askedMapper[current] != mapper) {
            wanted[current] = mapper.wants(tag);
            askedMapper[current] = mapper;
        }
        return wanted[current];
    }
}
