package vn.txng.adapter.ingest.xml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Notes whether the parser has read to the end of the file, so that a parse error met there can
 * be named for what it is, a file cut short, rather than in the parser's words alone.
 */
public final class EndOfInputWatch extends FilterInputStream {

    private volatile boolean reached;

    public EndOfInputWatch(InputStream in) {
        super(in);
    }

    /** True once a read has found no more bytes. */
    public boolean reached() {
        return reached;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        reached |= b < 0;
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        reached |= count < 0;
        return count;
    }
}
