package vn.txng.adapter.ingest.sheet;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.txng.adapter.ingest.UnreadableFileException;
import vn.txng.adapter.model.SourcePosition;

/**
 * A delimited text file (RFC 4180 CSV, or {@code ;}- or tab-separated as Excel writes them) as one table. Commons CSV
 * parses it (quoted fields with delimiters and line breaks, doubled quotes; it streams and keeps the line it is on) rather
 * than Jackson's CSV module, which maps rows onto POJOs or schemas this reader does not need. The charset: UTF-16 by
 * its byte-order mark (Excel's "Unicode text"), UTF-8 by its mark or by default, else the source's; bytes the charset
 * cannot decode fail the file at their line. Windows-1258 and TCVN3 write a tone as a mark after its letter: their text
 * is composed (NFC) as the other charsets give it. The delimiter: as {@link Delimiters} tells it.
 */
final class DelimitedTables implements Iterator<SheetTable>, Closeable {

    static final String CSV_MALFORMED = "CSV_MALFORMED";
    static final String CSV_CHARSET = "CSV_CHARSET";
    private static final int HEAD_BYTES = 1 << 16;

    private final String fileName;
    private final CSVParser parser;
    private final char delimiter;
    private final Charset charset;
    private boolean given;
    /** Lines read before the parser's first: Excel's {@code sep=} line. */
    private final int skippedLines;

    private DelimitedTables(String fileName, CSVParser parser, char delimiter, Charset charset, int skippedLines) {
        this.fileName = fileName;
        this.skippedLines = skippedLines;
        this.parser = parser;
        this.delimiter = delimiter;
        this.charset = charset;
    }

    /**
     * {@code in}: the file past a UTF-8 byte-order mark ({@code utf8Mark}: there was one), supporting mark/reset;
     * {@code declared}: the source's charset, or null for UTF-8.
     */
    static DelimitedTables open(InputStream in, String fileName, boolean utf8Mark, Charset declared) throws IOException {
        Charset charset = utf8Mark ? StandardCharsets.UTF_8 : declared == null ? StandardCharsets.UTF_8 : declared;
        in.mark(2);
        int first = in.read();
        int second = in.read();
        if (first == 0xFF && second == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
        } else if (first == 0xFE && second == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
        } else {
            in.reset();
        }
        CharBuffer head = head(in, charset);
        char found = Delimiters.of(head);
        // a file of one column: a comma
        char delimiter = found == 0 ? ',' : found;
        boolean hinted = Delimiters.hint(head) != 0;
        // bytes the charset cannot decode become U+FFFD, and fail the file at the record that holds them (its line)
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get();
        Reader reader = new BufferedReader(new InputStreamReader(in, decoder));
        if (hinted) {
            skipLine(reader);
        }
        CSVParser parser = format.parse(reader);
        return new DelimitedTables(fileName, parser, delimiter, charset, hinted ? 1 : 0);
    }

    /** Reads past the end of the first line ({@code sep=;} and its line break, CR, LF or CRLF). */
    private static void skipLine(Reader reader) throws IOException {
        reader.mark(2);
        int c;
        while ((c = reader.read()) >= 0 && c != '\n' && c != '\r') {
            reader.mark(2);
        }
        if (c == '\r') {
            reader.mark(1);
            if (reader.read() != '\n') {
                reader.reset();
            }
        }
    }

    /** The start of the file, decoded, to find its delimiter. */
    private static CharBuffer head(InputStream in, Charset charset) throws IOException {
        in.mark(HEAD_BYTES);
        byte[] head = in.readNBytes(HEAD_BYTES);
        in.reset();
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(head));
    }

    char delimiter() {
        return delimiter;
    }

    @Override
    public boolean hasNext() {
        return !given;
    }

    @Override
    public SheetTable next() {
        if (given) {
            throw new NoSuchElementException();
        }
        given = true;
        return new SheetTable(null, new Lines());
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** The records of the file, each with the line it starts on. */
    private final class Lines implements Iterator<SheetRow> {
        private final Iterator<CSVRecord> records = parser.iterator();
        private final boolean compose = !charset.name().startsWith("UTF");

        @Override
        public boolean hasNext() {
            try {
                return records.hasNext();
            } catch (UncheckedIOException e) {
                throw broken(e.getCause());
            }
        }

        @Override
        public SheetRow next() {
            CSVRecord record;
            try {
                record = records.next();
            } catch (UncheckedIOException e) {
                throw broken(e.getCause());
            }
            List<SheetCell> cells = new ArrayList<>(record.size());
            long breaks = 0;
            boolean undecodable = false;
            for (int column = 0; column < record.size(); column++) {
                String value = record.get(column);
                breaks += value.chars().filter(c -> c == '\n').count();
                undecodable |= value.indexOf('\uFFFD') >= 0;
                if (!value.isBlank()) {
                    cells.add(SheetCell.text(column, compose ? Normalizer.normalize(value, Normalizer.Form.NFC) : value));
                }
            }
            long line = parser.getCurrentLineNumber() - breaks + skippedLines;
            if (undecodable) {
                throw new UnreadableFileException(CSV_CHARSET, SourcePosition.of(fileName, line, null), "the bytes on this line are not "
                        + charset.name() + "; save the file as UTF-8, or declare the source's charset (textCharset: windows-1258, TCVN3)", null);
            }
            return new SheetRow(line, cells);
        }

        private UnreadableFileException broken(IOException e) {
            long line = parser.getCurrentLineNumber() + 1 + skippedLines;
            return new UnreadableFileException(CSV_MALFORMED, SourcePosition.of(fileName, line, null),
                    "the file breaks here: " + e.getMessage() + "; a field that starts with a quote must end with one", e);
        }
    }
}
