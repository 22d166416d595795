package vn.txng.adapter.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import vn.txng.adapter.model.SourcePosition;

/** The formats a file can hold, told apart by its first bytes, never by its name. */
public enum InboundFormat {
    XML,
    EDIFACT,
    X12;

    private static final int SNIFF_BYTES = 64;
    /** How much of a file {@link #blank} reads at most, past which it calls the file not blank. */
    private static final int BLANK_BYTES = 1 << 16;

    /**
     * True when {@code in} (which must support mark/reset, past its byte-order mark) holds nothing but
     * white space: 0 bytes, or a line break an ERP wrote for a day with nothing to export. Leaves
     * {@code in} where it was.
     */
    public static boolean blank(InputStream in) throws IOException {
        in.mark(BLANK_BYTES);
        try {
            for (int i = 0; i < BLANK_BYTES; i++) {
                int b = in.read();
                if (b < 0) {
                    return true;
                }
                if (!Character.isWhitespace(b)) {
                    return false;
                }
            }
            return false;
        } finally {
            in.reset();
        }
    }

    /**
     * Looks at the start of {@code in} (which must support mark/reset) past a byte-order mark (which
     * {@link ByteOrderMark#skip} takes away before the file is read) and white space: {@code <} is XML, {@code UNA}/{@code UNB} EDIFACT, {@code ISA} X12.
     * XML may also be UTF-16 (with its byte-order mark, or starting {@code <} as 00 3C): the XML parser reads its encoding itself.
     */
    public static InboundFormat sniff(InputStream in, String fileName) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        String text = decode(head).stripLeading();
        String start = text.substring(0, Math.min(3, text.length()));
        if (start.startsWith("<")) {
            return XML;
        }
        if (start.equals("UNA") || start.equals("UNB")) {
            return EDIFACT;
        }
        if (start.equals("ISA")) {
            return X12;
        }
        throw new UnreadableFileException("UNKNOWN_FORMAT", SourcePosition.of(fileName, 1, null),
                "the file is neither XML (starts with '<') nor EDIFACT (UNA/UNB) nor X12 (ISA); check the ERP export format",
                null);
    }

    /** The first bytes as characters: UTF-16 when its byte-order mark or a 00 3C start says so, else byte for byte. */
    private static String decode(byte[] head) {
        int length = head.length;
        if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new String(head, 2, length - 2, StandardCharsets.UTF_16BE);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new String(head, 2, length - 2, StandardCharsets.UTF_16LE);
        }
        if (length >= 2 && head[0] == 0 && head[1] == '<') {
            return new String(head, StandardCharsets.UTF_16BE);
        }
        int from = length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        return new String(head, from, length - from, StandardCharsets.ISO_8859_1);
    }
}
