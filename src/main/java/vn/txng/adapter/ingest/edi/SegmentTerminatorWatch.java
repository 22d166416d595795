package vn.txng.adapter.ingest.edi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Watches the bytes of an interchange, as they come from the file ({@link ScannedInput}), for a segment that ends without its terminator:
 * a typographic apostrophe ({@code ’}, {@code ‘}), a backtick or an acute accent where {@code '} belongs, or a
 * line break after a segment that has none. A parser cannot see this (the next segment becomes data of the one
 * before, and every later segment an error of its own), so the reader asks the watch when it meets an error and
 * reports the one cause with its offset instead. Hand-written: StAEDI has no such diagnosis.
 *
 * <p>A boundary is taken as a segment's end when a segment tag (2 or 3 of A-Z, 0-9, a letter first) and the element
 * separator follow it, after any line breaks.
 */
final class SegmentTerminatorWatch {

    private static final int PEEK = 512;
    private static final int X12_TERMINATOR = 105;

    /**
     * A segment ending without its terminator: where (byte offset from the start of the interchange, and the
     * character offset, for comparing with the parser's position) and why.
     */
    record Fault(long offset, long characters, String reason) {
    }

    private final int terminator;
    private final int separator;
    private final int release;
    private final String terminatorShown;
    /** UTF-8: a character may take several bytes (the others: one each). */
    private final boolean utf8;
    private long offset;
    private long characters;
    private long boundaryCharacters;
    private boolean released;
    private boolean terminated = true;
    private boolean anything;
    private int previous;
    private int beforePrevious;
    private long lastSignificant = -1;
    private String lookalike;
    private long boundary = -1;
    private String boundaryCause;
    private int tagChars;
    private Fault fault;

    private SegmentTerminatorWatch(int terminator, int separator, int release, Charset charset) {
        this.utf8 = StandardCharsets.UTF_8.equals(charset);
        this.terminator = terminator;
        this.separator = separator;
        this.release = release;
        this.terminatorShown = "'" + (char) terminator + "'";
    }

    /**
     * An EDIFACT stream (which must support mark), watched with the separators of its UNA, else the defaults, and
     * given its terminator at the end when its last segment has none ({@link LastTerminator}).
     */
    static ScannedInput edifact(InputStream in, Charset charset) throws IOException {
        String head = peek(in);
        if (!head.startsWith("UNA")) {
            return new ScannedInput(new LastTerminator(in, '\''), new SegmentTerminatorWatch('\'', '+', '?', charset));
        }
        if (head.length() < 9) {
            return new ScannedInput(in, null);
        }
        LastTerminator end = new LastTerminator(in, head.charAt(8));
        if (!watchable(head.charAt(8), head.charAt(4))) {
            return new ScannedInput(end, null);
        }
        char releaseChar = head.charAt(6);
        return new ScannedInput(end, new SegmentTerminatorWatch(head.charAt(8), head.charAt(4),
                releaseChar == ' ' ? -1 : releaseChar, charset));
    }

    /** An X12 stream (which must support mark), watched with the separators its fixed-length ISA gives, its terminator added at the end as above. */
    static ScannedInput x12(InputStream in, Charset charset) throws IOException {
        String head = peek(in);
        if (!head.startsWith("ISA") || head.length() <= X12_TERMINATOR) {
            return new ScannedInput(in, null);
        }
        LastTerminator end = new LastTerminator(in, head.charAt(X12_TERMINATOR));
        if (!watchable(head.charAt(X12_TERMINATOR), head.charAt(3))) {
            return new ScannedInput(end, null);
        }
        return new ScannedInput(end, new SegmentTerminatorWatch(head.charAt(X12_TERMINATOR), head.charAt(3), -1, charset));
    }

    private static boolean watchable(char terminator, char separator) {
        return terminator > ' ' && terminator < 0x7F && separator > ' ' && separator < 0x7F;
    }

    private static String peek(InputStream in) throws IOException {
        in.mark(PEEK);
        byte[] head = in.readNBytes(PEEK);
        in.reset();
        return new String(head, StandardCharsets.ISO_8859_1).stripLeading();
    }

    /** The first segment found without its terminator, or null. */
    Fault fault() {
        return fault;
    }

    /** Watches the file's bytes {@code b[from, to)}, which follow those watched before. */
    void scan(byte[] b, int from, int to) {
        long base = offset - from;
        offset += to - from;
        int t = terminator;
        int r = release;
        int i = from;
        while (i < to && fault == null) {
            if (boundary < 0) {
                // the bulk of a file (tags, values, separators) only ends a run of terminator and release: skip it
                int run = i;
                while (i < to) {
                    int c = b[i] & 0xFF;
                    if (c <= ' ' || c >= '`' || c == t || c == r) {
                        break;
                    }
                    i++;
                }
                if (i > run) {
                    ordinaryRun(b, run, i, base);
                    if (i == to) {
                        break;
                    }
                }
            }
            watch(b[i] & 0xFF, base + i);
            i++;
        }
    }

    /** The state after the bytes {@code b[from, to)}, none of them a terminator, release, blank or lookalike. */
    private void ordinaryRun(byte[] b, int from, int to, long base) {
        characters += to - from;
        terminated = false;
        released = false;
        lookalike = null;
        anything = true;
        beforePrevious = to - from >= 2 ? b[to - 2] & 0xFF : previous;
        previous = b[to - 1] & 0xFF;
        lastSignificant = base + to - 1;
    }

    private void watch(int c, long at) {
        if (!utf8 || (c & 0xC0) != 0x80) {
            characters++;
        }
        if (fault != null) {
            return;
        }
        if (boundary >= 0 && followsBoundary(c)) {
            return;
        }
        if (c == '\n' || c == '\r') {
            if (!terminated && anything && boundary < 0) {
                open(lastSignificant + 1, lookalike != null ? lookalike : "no terminator " + terminatorShown
                        + " before its line break");
            }
            return;
        }
        anything = true;
        lastSignificant = at;
        if (released) {
            released = false;
            terminated = false;
        } else if (c == release) {
            released = true;
            terminated = false;
        } else {
            terminated = c == terminator;
        }
        lookalike = terminated || released ? null : lookalike(c);
        if (lookalike != null) {
            open(at - (c >= 0x98 && c <= 0x99 && previous == 0x80 ? 2 : 0), lookalike);
        }
        beforePrevious = previous;
        previous = c;
    }

    /** Whether {@code c} was taken as part of what follows a boundary (line breaks, then a tag and a separator). */
    private boolean followsBoundary(int c) {
        if (c == '\n' || c == '\r') {
            if (tagChars == 0) {
                return true;
            }
        } else if (tagChars < 3 && (c >= 'A' && c <= 'Z' || (tagChars > 0 && c >= '0' && c <= '9'))) {
            tagChars++;
            return false;
        } else if (tagChars >= 2 && c == separator) {
            fault = new Fault(boundary, boundaryCharacters, boundaryCause);
            return true;
        }
        boundary = -1;
        return false;
    }

    private void open(long at, String cause) {
        boundary = at;
        boundaryCharacters = Math.max(0, characters - 1);
        boundaryCause = cause;
        tagChars = 0;
    }

    /** The name of a character that is often typed, or converted by an editor, where the terminator belongs. */
    private String lookalike(int c) {
        if ((c == 0x99 || c == 0x98) && previous == 0x80 && beforePrevious == 0xE2) {
            return (c == 0x99 ? "'’' (U+2019" : "'‘' (U+2018") + ", a typographic quote) where its terminator "
                    + terminatorShown + " belongs";
        }
        if (c == '`') {
            return "'`' (a backtick) where its terminator " + terminatorShown + " belongs";
        }
        if ((c == 0x92 || c == 0xB4) && previous < 0x80) {
            return (c == 0x92 ? "'’' (Windows-1252 0x92" : "'´' (0xB4") + ", not an apostrophe) where its terminator "
                    + terminatorShown + " belongs";
        }
        return null;
    }
}
