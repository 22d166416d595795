package vn.txng.adapter.ingest.edi;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The interchange's bytes as the parser reads them, each shown once to a {@link SegmentTerminatorWatch} as it comes
 * from the file (a parser's mark and reset read bytes again; the watch sees them once). Buffered without locks:
 * StAEDI reads one byte per call, and {@link java.io.BufferedInputStream} takes a lock on every one of them.
 */
final class ScannedInput extends InputStream {

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final SegmentTerminatorWatch watch;
    private byte[] buffer = new byte[BUFFER];
    private int position;
    private int count;
    private int markPosition = -1;
    private int markLimit;

    /** {@code watch} may be null: a terminator the watch cannot tell from blanks (a line break), or none known. */
    ScannedInput(InputStream in, SegmentTerminatorWatch watch) {
        this.in = in;
        this.watch = watch;
    }

    /** Null when no watch could be set up. */
    SegmentTerminatorWatch watch() {
        return watch;
    }

    /** The stream that adds a missing last terminator, or null when the terminator is not known ahead. */
    LastTerminator lastTerminator() {
        return in instanceof LastTerminator end ? end : null;
    }

    @Override
    public int read() throws IOException {
        if (position >= count && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (position >= count && !fill()) {
            return -1;
        }
        int n = Math.min(len, count - position);
        System.arraycopy(buffer, position, b, off, n);
        position += n;
        return n;
    }

    @Override
    public int available() throws IOException {
        return count - position + in.available();
    }

    @Override
    public boolean markSupported() {
        return true;
    }

    @Override
    public void mark(int readLimit) {
        markPosition = position;
        markLimit = readLimit;
    }

    @Override
    public void reset() throws IOException {
        if (markPosition < 0) {
            throw new IOException("reset without a valid mark");
        }
        position = markPosition;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** More bytes from the file after what is buffered, keeping a valid mark's bytes; false at the end. */
    private boolean fill() throws IOException {
        if (markPosition < 0) {
            position = 0;
            count = 0;
        } else if (count >= buffer.length) {
            if (markPosition > 0) {
                System.arraycopy(buffer, markPosition, buffer, 0, count - markPosition);
                position -= markPosition;
                count -= markPosition;
                markPosition = 0;
            } else if (buffer.length < markLimit) {
                buffer = Arrays.copyOf(buffer, Math.max(markLimit, buffer.length * 2));
            } else {
                markPosition = -1;
                position = 0;
                count = 0;
            }
        }
        int n = in.read(buffer, count, buffer.length - count);
        if (n <= 0) {
            return false;
        }
        if (watch != null) {
            watch.scan(buffer, count, count + n);
        }
        count += n;
        return true;
    }
}
