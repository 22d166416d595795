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
    private int entries;

    /** The tag of the segment {@code edi} has just started. */
    String tag(EDIStreamReader edi) {
        int length = edi.getTextLength();
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
                return values[slot];
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
        String tag = new String(buffer, 0, length);
        if (entries < MAX_ENTRIES) {
            keys[slot] = key;
            values[slot] = tag;
            entries++;
        }
        return tag;
    }
}
