package vn.txng.adapter.ingest.edi;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.ingest.UnreadableFileException;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;

/**
 * Refuses an interchange whose {@code UNA} does not give exactly six service characters (ISO 9735: component and
 * element separators, decimal mark, release character, reserved or repetition separator, segment terminator). With
 * five ({@code UNA:+.?'}) the line break after it becomes the terminator and every segment ends with a stray
 * {@code '}; with seven the terminator is the wrong one. A parser then reports side effects in every segment; this
 * names the cause once, at the UNA, and says whether the rest of the file reads cleanly with {@code '}.
 */
final class UnaServiceCharacters {

    /** Error code of a UNA with other than six service characters. */
    static final String CODE = "EDI_BAD_UNA";

    private static final int PEEK = 4096;
    private static final int REQUIRED = 6;

    /** Reads a trial interchange into a report: how the rest of the file fares under a mended UNA. */
    interface Trial {
        EdiRecordReader reader(InputStream in, FileReport report);
    }

    private UnaServiceCharacters() {
    }

    /**
     * Reads ahead in {@code in} (which must support mark) and, when its UNA has other than six service characters,
     * reads the rest of the file with {@code '} as terminator (consuming {@code in}) and throws {@value #CODE}.
     */
    static void check(InputStream in, String fileName, Trial trial) throws IOException {
        in.mark(PEEK);
        byte[] head = in.readNBytes(PEEK);
        in.reset();
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int una = text.length() - text.stripLeading().length();
        if (!text.startsWith("UNA", una)) {
            return;
        }
        int unb = text.indexOf("UNB", una + 3);
        if (unb < 0) {
            return;
        }
        String given = text.substring(una + 3, unb);
        String service = given.replaceAll("[\r\n]+$", "");
        int count = service.length();
        if (count == REQUIRED || (count > REQUIRED && service.substring(REQUIRED).isBlank())
                || (count < REQUIRED && given.length() > count && !unbLineEndsWith(text, unb, service))) {
            return; // six, six and blanks, or a line break meant as the terminator: segments end at line breaks
        }
        int sixth = una + 3 + REQUIRED - 1; // in the UNB when the UNA is short
        char terminator = sixth < text.length() ? text.charAt(sixth) : '\n';
        String reason = "UNA has " + count + " service characters, 6 are required; the segment terminator would be "
                + (terminator == '\n' || terminator == '\r' ? "the line break" : "'" + terminator + "'")
                + (count > REQUIRED ? " and the characters after it would begin the next segment" : "");
        String mended = mended(service, text.substring(unb));
        in.skipNBytes(unb);
        InputStream rest = new BufferedInputStream(new SequenceInputStream(
                new ByteArrayInputStream(("UNA" + mended + "\n").getBytes(StandardCharsets.ISO_8859_1)), in));
        throw new UnreadableFileException(CODE, SourcePosition.of(fileName, 1, "UNA"), reason + "; "
                + trialRead(rest, fileName, trial, mended) + ". Nothing of this file was staged", null);
    }

    /** Whether the UNB's line ends with the UNA's last character: the one the partner meant as terminator. */
    private static boolean unbLineEndsWith(String text, int unb, String service) {
        if (service.isEmpty()) {
            return false;
        }
        int end = text.indexOf('\n', unb);
        String line = (end < 0 ? text.substring(unb) : text.substring(unb, end)).strip();
        return !line.isEmpty() && line.charAt(line.length() - 1) == service.charAt(service.length() - 1);
    }

    /**
     * The six characters the partner most likely meant: the separators the UNB uses, the UNA's decimal mark and
     * release character where it gives them, the reserved space (a {@code *} repetition separator under version 4)
     * and {@code '}.
     */
    private static String mended(String service, String unb) {
        char element = unb.length() > 3 ? unb.charAt(3) : '+';
        char component = unb.length() > 8 ? unb.charAt(8) : ':';
        char decimal = service.indexOf(',') >= 0 && service.indexOf('.') < 0 ? ',' : '.';
        char release = '?';
        for (char c : service.toCharArray()) {
            if (c != element && c != component && c != decimal && c != '\'' && c != ' ' && c != '*') {
                release = c;
                break;
            }
        }
        char repetition = unb.length() > 9 && unb.charAt(9) >= '4' ? '*' : ' ';
        return "" + component + element + decimal + release + repetition + '\'';
    }

    private static String trialRead(InputStream rest, String fileName, Trial trial, String mended) {
        FileReport scratch = new FileReport(fileName, true);
        UnreadableFileException failure = null;
        try (EdiRecordReader reader = trial.reader(rest, scratch)) {
            while (reader.hasNext()) {
                reader.next();
            }
        } catch (UnreadableFileException e) {
            failure = e;
        } catch (RuntimeException e) {
            // the trial only words the EDI_BAD_UNA message: whatever stops it, the file's error stays EDI_BAD_UNA
            return "read with ''' as the segment terminator (UNA" + mended + ") the rest could not be read either ("
                    + e.getClass().getSimpleName() + ")";
        }
        List<Rejection> faults = scratch.rejections();
        if (failure == null && faults.isEmpty()) {
            return "read with ''' as the segment terminator, the rest of the file reads cleanly: the partner most likely meant UNA"
                    + mended;
        }
        Rejection first = failure != null ? new Rejection(failure.code(), failure.position(), null, failure.getMessage()) : faults.get(0);
        return "even read with ''' as the segment terminator (UNA" + mended + ") the rest of the file has faults, the first: " + first;
    }
}
