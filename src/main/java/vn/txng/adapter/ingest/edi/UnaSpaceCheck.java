package vn.txng.adapter.ingest.edi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import vn.txng.adapter.ingest.UnreadableFileException;
import vn.txng.adapter.model.SourcePosition;

/**
 * Refuses an interchange whose {@code UNA} gives a space as its fifth character under syntax
 * version 4. Version 3 reserved that place (space); version 4 made it the repetition separator, so a
 * parser then splits every text at its spaces ("Nước mắm" becomes "Nước") without a word. Partners
 * who kept their version 3 {@code UNA:+.? '} send exactly this; refusing it loudly beats staging
 * cut names.
 */
final class UnaSpaceCheck {

    private static final int PEEK = 512;
    private static final int UNA_REPETITION = 7;

    private UnaSpaceCheck() {
    }

    /** Reads ahead in {@code in} (which must support mark) and throws when the header is of that kind. */
    static void check(InputStream in, String fileName) throws IOException {
        in.mark(PEEK);
        byte[] head = in.readNBytes(PEEK);
        in.reset();
        String text = new String(head, StandardCharsets.ISO_8859_1).replace("\uFEFF", "").stripLeading();
        if (!text.startsWith("UNA") || text.length() <= UNA_REPETITION || text.charAt(UNA_REPETITION) != ' ') {
            return;
        }
        char componentSeparator = text.charAt(3);
        char elementSeparator = text.charAt(4);
        int unb = text.indexOf("UNB" + elementSeparator);
        int version = unb < 0 ? -1 : unb + 4 + 4 + 1;
        if (version < 0 || text.length() <= version || text.charAt(version - 1) != componentSeparator || text.charAt(version) < '4') {
            return;
        }
        throw new UnreadableFileException("EDI_UNA_SPACE_REPETITION", SourcePosition.of(fileName, 1, "UNA"),
                "the UNA gives a space as the repetition separator (its fifth character) while UNB declares syntax version "
                        + text.charAt(version) + ": every text would be cut at its spaces. Ask the partner to write UNA"
                        + text.substring(3, UNA_REPETITION) + "*" + text.charAt(UNA_REPETITION + 1)
                        + " (or syntax version 3); nothing of this file was staged", null);
    }
}
