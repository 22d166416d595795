package vn.txng.adapter.ingest.edi;

import java.util.Arrays;

/**
 * The segment being read, element by element; one instance is reused for every segment so that
 * reading does not allocate per segment. An element's characters are copied into one shared
 * buffer as they are read; a {@link String} is made only when a mapper asks for the value (and
 * then once per value), so the elements no mapper reads never become strings.
 *
 * <p>Each slot (element, component) carries the number of the segment that last wrote it: a slot
 * written by an earlier segment reads as absent, so starting a segment clears nothing.
 */
public final class EdiSegment {

    /** Reads an element's characters into a buffer (StAEDI's reader copies them without allocating). */
    interface CharSource {
        int length();

        void copy(char[] target, int targetStart, int length);
    }

    private String tag;
    private int serial;
    private int elementCount;
    private char[] chars = new char[256];
    private int used;
    /** Per element (0-based), per component (0-based): the segment serial, start and length in {@link #chars}. */
    private int[][] stamps = new int[0][];
    private int[][] starts = new int[0][];
    private int[][] lengths = new int[0][];
    private String[][] strings = new String[0][];

    void start(String segmentTag) {
        this.tag = segmentTag;
        serial++;
        if (serial == 0) {
            // wrapped after 2^32 segments: old stamps could match again, so forget them
            for (int[] row : stamps) {
                Arrays.fill(row, 0);
            }
            serial = 1;
        }
        elementCount = 0;
        used = 0;
    }

    /** Keeps one value; positions are 1-based, a component position below 1 means a simple element. */
    void put(int element, int component, String text) {
        put(element, component, new CharSource() {
            @Override
            public int length() {
                return text.length();
            }

            @Override
            public void copy(char[] target, int targetStart, int length) {
                text.getChars(0, length, target, targetStart);
            }
        });
    }

    /** Keeps one value, copying its characters from {@code text}; positions as for {@link #put(int, int, String)}. */
    void put(int element, int component, CharSource text) {
        if (element < 1) {
            return;
        }
        int e = element - 1;
        int c = Math.max(component, 1) - 1;
        slot(e, c);
        int length = text.length();
        if (used + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + length));
        }
        text.copy(chars, used, length);
        stamps[e][c] = serial;
        starts[e][c] = used;
        lengths[e][c] = length;
        strings[e][c] = null;
        used += length;
        if (element > elementCount) {
            elementCount = element;
        }
    }

    private void slot(int e, int c) {
        if (e >= stamps.length) {
            int size = Math.max(e + 1, stamps.length * 2);
            stamps = Arrays.copyOf(stamps, size);
            starts = Arrays.copyOf(starts, size);
            lengths = Arrays.copyOf(lengths, size);
            strings = Arrays.copyOf(strings, size);
        }
        if (stamps[e] == null || c >= stamps[e].length) {
            int size = stamps[e] == null ? Math.max(c + 1, 4) : Math.max(c + 1, stamps[e].length * 2);
            stamps[e] = stamps[e] == null ? new int[size] : Arrays.copyOf(stamps[e], size);
            starts[e] = starts[e] == null ? new int[size] : Arrays.copyOf(starts[e], size);
            lengths[e] = lengths[e] == null ? new int[size] : Arrays.copyOf(lengths[e], size);
            strings[e] = strings[e] == null ? new String[size] : Arrays.copyOf(strings[e], size);
        }
    }

    public String tag() {
        return tag;
    }

    public String value(int element) {
        return value(element, 1);
    }

    /** The value at that position, or null when absent or empty. */
    public String value(int element, int component) {
        int length = length(element, component);
        if (length <= 0) {
            return null;
        }
        int e = element - 1;
        int c = component - 1;
        String text = strings[e][c];
        if (text == null) {
            text = new String(chars, starts[e][c], length);
            strings[e][c] = text;
        }
        return text;
    }

    /** Whether there is a value (not empty) at that position; makes no string. */
    public boolean has(int element, int component) {
        return length(element, component) > 0;
    }

    /** Whether the value at that position is {@code expected} (never true for an absent or empty value); makes no string. */
    public boolean is(int element, String expected) {
        return is(element, 1, expected);
    }

    /** As {@link #is(int, String)}, for a component. */
    public boolean is(int element, int component, String expected) {
        int length = length(element, component);
        if (length <= 0 || length != expected.length()) {
            return false;
        }
        int from = starts[element - 1][component - 1];
        for (int i = 0; i < length; i++) {
            if (chars[from + i] != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The length of the value at that position in this segment; -1 when absent. */
    private int length(int element, int component) {
        if (element < 1 || element > elementCount || component < 1) {
            return -1;
        }
        int e = element - 1;
        int c = component - 1;
        int[] row = stamps[e];
        if (row == null || c >= row.length || row[c] != serial) {
            return -1;
        }
        return lengths[e][c];
    }

    public int elementCount() {
        return elementCount;
    }
}
