package vn.txng.adapter.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * The UTF-8 byte-order mark ({@code EF BB BF}) that Windows tools write before a file's first character. It is
 * no part of the content in any of the formats read here (XML, EDIFACT, X12), whatever charset decodes the rest,
 * so it is skipped before the format is sniffed or the file decoded.
 */
public final class ByteOrderMark {

    private static final int LENGTH = 3;

    private ByteOrderMark() {
    }

    /** Reads past a UTF-8 byte-order mark at the current position of {@code in} (which must support mark), if any: true then. */
    public static boolean skip(InputStream in) throws IOException {
        in.mark(LENGTH);
        byte[] head = in.readNBytes(LENGTH);
        boolean mark = head.length == LENGTH && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF;
        if (!mark) {
            in.reset();
        }
        return mark;
    }
}
