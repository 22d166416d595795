package vn.txng.adapter.ingest.edi;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The interchange's bytes, with the segment terminator added at the end of the file when its last segment has none
 * ({@code ...IEA*1*000000049} and the end): a parser drops such a segment, and the file is then reported as
 * missing its trailer, hiding the trailer's own faults. Line breaks, spaces and tabs after the last segment (unless
 * they are the terminator) stay after the added terminator. The reader warns when one was added.
 */
final class LastTerminator extends InputStream {

    private final InputStream in;
    private final int terminator;
    /** Blanks read after the last other byte, handed on once more follows (or after the added terminator). */
    private byte[] blanks = new byte[64];
    private int blankCount;
    private byte[] chunk = new byte[8192];
    /** Bytes {@code due[dueFrom, dueEnd)} go out before the file is read further. */
    private byte[] due = chunk;
    private int dueFrom;
    private int dueEnd;
    private int last = -1;
    private boolean ended;
    private boolean added;

    /** Watches {@code in} for a last segment without {@code terminator} (one byte: ASCII). */
    LastTerminator(InputStream in, char terminator) {
        this.in = in;
        this.terminator = terminator;
    }

    /** Whether the file's last segment had no terminator and one was added. */
    boolean added() {
        return added;
    }

    /** The terminator as a person reads it: "the line break", or the character in quotes. */
    String terminatorShown() {
        return terminator == '\n' || terminator == '\r' ? "the line break" : "'" + (char) terminator + "'";
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (dueFrom >= dueEnd) {
            if (ended) {
                return -1;
            }
            fill(len);
        }
        int n = Math.min(len, dueEnd - dueFrom);
        System.arraycopy(due, dueFrom, b, off, n);
        dueFrom += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void fill(int wanted) throws IOException {
        if (chunk.length < wanted) {
            chunk = new byte[wanted];
        }
        int n = in.read(chunk, 0, chunk.length);
        dueFrom = 0;
        if (n < 0) {
            ended = true;
            added = last >= 0 && last != terminator;
            due = new byte[blankCount + 1];
            due[0] = (byte) terminator;
            System.arraycopy(blanks, 0, due, 1, blankCount);
            dueFrom = added ? 0 : 1;
            dueEnd = due.length;
            blankCount = 0;
            return;
        }
        int end = n;
        while (end > 0 && blank(chunk[end - 1] & 0xFF)) {
            end--;
        }
        if (end == 0) {
            hold(chunk, 0, n);
            dueEnd = 0;
            return;
        }
        if (blankCount == 0) {
            due = chunk; // the usual case: no copy
            dueEnd = end;
        } else {
            due = new byte[blankCount + end];
            System.arraycopy(blanks, 0, due, 0, blankCount);
            System.arraycopy(chunk, 0, due, blankCount, end);
            dueEnd = due.length;
            blankCount = 0;
        }
        last = chunk[end - 1] & 0xFF;
        hold(chunk, end, n);
    }

    private boolean blank(int c) {
        // any control byte counts: legacy exports end with a DOS end-of-file (0x1A) or NUL padding after the trailer
        return c != terminator && (c == ' ' || c < 0x20 || c == 0x7F);
    }

    private void hold(byte[] chunk, int from, int to) {
        if (blankCount + to - from > blanks.length) {
            blanks = Arrays.copyOf(blanks, Math.max(blanks.length * 2, blankCount + to - from));
        }
        System.arraycopy(chunk, from, blanks, blankCount, to - from);
        blankCount += to - from;
    }
}
