package vn.txng.adapter.ingest.edi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The character set an EDIFACT interchange declares in UNB S001 0001. StAEDI decodes a whole file
 * with one charset, so it is taken from the first UNB; a source's override wins (ERPs that
 * declare UNOC and write Windows-1258).
 */
public final class EdiCharsets {

    private static final int PEEK = 512;
    private static final Map<String, Charset> BY_SYNTAX = Map.ofEntries(
            Map.entry("UNOA", StandardCharsets.ISO_8859_1),
            Map.entry("UNOB", StandardCharsets.ISO_8859_1),
            Map.entry("UNOC", StandardCharsets.ISO_8859_1),
            Map.entry("UNOD", Charset.forName("ISO-8859-2")),
            Map.entry("UNOE", Charset.forName("ISO-8859-5")),
            Map.entry("UNOF", Charset.forName("ISO-8859-7")),
            Map.entry("UNOW", StandardCharsets.UTF_8),
            Map.entry("UNOY", StandardCharsets.UTF_8));

    private EdiCharsets() {
    }

    /** The charset of a syntax identifier, or null when unknown. */
    public static Charset forSyntax(String syntaxIdentifier) {
        return syntaxIdentifier == null ? null : BY_SYNTAX.get(syntaxIdentifier);
    }

    /** The syntax identifier of the first UNB in {@code in} (which must support mark), or null. */
    static String peekSyntax(InputStream in) throws IOException {
        in.mark(PEEK);
        byte[] head = in.readNBytes(PEEK);
        in.reset();
        String text = new String(head, StandardCharsets.ISO_8859_1).stripLeading().replace("\uFEFF", "");
        char elementSeparator = text.startsWith("UNA") && text.length() > 4 ? text.charAt(4) : '+';
        int unb = text.indexOf("UNB" + elementSeparator);
        if (unb < 0 || text.length() < unb + 8) {
            return null;
        }
        return text.substring(unb + 4, unb + 8);
    }
}
