package vn.txng.adapter.ingest;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import vn.txng.adapter.ingest.edi.DespatchEvents;
import vn.txng.adapter.ingest.edi.EdiRecordReader;
import vn.txng.adapter.ingest.epcis.EpcisEventMapper;
import vn.txng.adapter.ingest.epcis.EpcisJsonReader;
import vn.txng.adapter.ingest.epcis.EpcisXmlReader;
import vn.txng.adapter.ingest.epcis.UnmappedEpcisEvents;
import vn.txng.adapter.ingest.sheet.SheetReaders;
import vn.txng.adapter.ingest.sheet.SheetSettings;
import vn.txng.adapter.ingest.xml.XmlRecordReader;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;
import vn.txng.adapter.model.SourcedRecord;

/**
 * One file on its way in: its format sniffed, its reader, and its report. Iterating gives the
 * file's records in chunks; a file that breaks off marks its report failed and throws
 * {@link UnreadableFileException} from {@code next()}, once the chunks before the break are taken.
 */
public final class FileIngestion implements Iterable<RecordChunk>, Closeable {

    public static final int DEFAULT_CHUNK_SIZE = 1000;
    /** What an EPCIS document's events become when no mapper is given: each rejected as not mapped yet. */
    public static final EpcisEventMapper DEFAULT_EPCIS_MAPPER = new UnmappedEpcisEvents();

    private final FileReport report;
    private final RecordReader reader;
    private final int chunkSize;
    private boolean iterated;
    private ReadAhead<RecordChunk> readAhead;

    private FileIngestion(FileReport report, RecordReader reader, int chunkSize) {
        this.report = report;
        this.reader = reader;
        this.chunkSize = chunkSize;
    }

    public static FileIngestion open(File file, boolean validateOnly, int chunkSize) {
        return open(file.toPath(), file.getName(), validateOnly, chunkSize);
    }

    public static FileIngestion open(Path file, String displayName, boolean validateOnly, int chunkSize) {
        return open(file, displayName, validateOnly, chunkSize, null);
    }

    /** As above; {@code ediCharset} (null: as declared) overrides the character set an EDI file declares. */
    public static FileIngestion open(Path file, String displayName, boolean validateOnly, int chunkSize, Charset ediCharset) {
        return open(file, displayName, validateOnly, chunkSize, ediCharset, DespatchEvents.DEFAULT);
    }

    /** As above; {@code events} says how a despatch advice (DESADV, 856) becomes a shipping event. */
    public static FileIngestion open(Path file, String displayName, boolean validateOnly, int chunkSize, Charset ediCharset,
                                     DespatchEvents events) {
        return open(file, displayName, validateOnly, chunkSize, ediCharset, events, DEFAULT_EPCIS_MAPPER);
    }

    /** As above; {@code epcis} turns each event of an EPCIS document into records. */
    public static FileIngestion open(Path file, String displayName, boolean validateOnly, int chunkSize, Charset ediCharset,
                                     DespatchEvents events, EpcisEventMapper epcis) {
        return open(file, displayName, validateOnly, chunkSize, ediCharset, events, epcis, SheetSettings.DEFAULT);
    }

    /** As above; {@code sheets}: how workbooks and CSV files are read (column mapping, charset, decimal mark). */
    public static FileIngestion open(Path file, String displayName, boolean validateOnly, int chunkSize, Charset ediCharset,
                                     DespatchEvents events, EpcisEventMapper epcis, SheetSettings sheets) {
        FileReport report = new FileReport(displayName, validateOnly);
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            try {
                boolean utf8Mark = ByteOrderMark.skip(in);
                if (InboundFormat.blank(in)) {
                    // an ERP's export of a day with nothing in it: a file like any other, with nothing to stage
                    in.close();
                    report.empty();
                    return new FileIngestion(report, new NoRecords(), chunkSize);
                }
                InboundFormat format = InboundFormat.sniff(in, displayName);
                report.format(format);
                if (format == InboundFormat.XLSX) {
                    // a workbook is a ZIP read by random access, from the file itself
                    in.close();
                    return new FileIngestion(report, SheetReaders.workbook(file, displayName, report, sheets, events.zone()), chunkSize);
                }
                RecordReader reader = format == InboundFormat.CSV
                        ? SheetReaders.delimited(in, utf8Mark, displayName, report, sheets, events.zone())
                        : readerFor(format, in, displayName, report, ediCharset, events, epcis);
                return new FileIngestion(report, reader, chunkSize);
            } catch (UnreadableFileException e) {
                in.close();
                report.fail(new Rejection(e.code(), e.position(), null, reason(e)));
                report.finish();
                throw e;
            }
        } catch (IOException e) {
            UnreadableFileException failure = new UnreadableFileException("FILE_UNREADABLE",
                    SourcePosition.of(displayName, 0, null), "the file cannot be opened: " + e.getMessage(), e);
            report.fail(new Rejection(failure.code(), failure.position(), null, reason(failure)));
            throw failure;
        }
    }

    private static RecordReader readerFor(InboundFormat format, InputStream in, String name, FileReport report, Charset ediCharset,
                                          DespatchEvents events, EpcisEventMapper epcis) {
        return switch (format) {
            case XML -> new XmlRecordReader(in, name, report);
            case EDIFACT -> EdiRecordReader.edifact(in, name, report, ediCharset, events);
            case X12 -> EdiRecordReader.x12(in, name, report, ediCharset, events);
            case EPCIS_JSON -> new EpcisJsonReader(in, name, report, epcis);
            case EPCIS_XML -> new EpcisXmlReader(in, name, report, epcis);
            case XLSX, CSV -> throw new IllegalStateException(format + " is opened from the file, not this stream");
        };
    }

    /** The rejection message without the position prefix that the exception text carries. */
    public static String reason(UnreadableFileException e) {
        String message = e.getMessage();
        String prefix = e.position() + ": " + e.code() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    public FileReport report() {
        return report;
    }

    @Override
    public Iterator<RecordChunk> iterator() {
        if (iterated) {
            throw new IllegalStateException("a file's records can be iterated once");
        }
        iterated = true;
        readAhead = new ReadAhead<>(chunks(), report.file());
        return readAhead;
    }

    private Iterator<RecordChunk> chunks() {
        return new Iterator<>() {
            // a break in the middle of a chunk: the records before it are handed on first
            private UnreadableFileException pending;

            @Override
            public boolean hasNext() {
                if (pending != null) {
                    throw pending;
                }
                return guarded(reader::hasNext);
            }

            @Override
            public RecordChunk next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                List<SourcedRecord> records = new ArrayList<>(chunkSize);
                try {
                    while (records.size() < chunkSize && guarded(reader::hasNext)) {
                        records.add(reader.next());
                    }
                } catch (UnreadableFileException e) {
                    if (records.isEmpty()) {
                        throw e;
                    }
                    pending = e;
                }
                return new RecordChunk(report, records);
            }
        };
    }

    private boolean guarded(java.util.function.BooleanSupplier step) {
        try {
            return step.getAsBoolean();
        } catch (UnreadableFileException e) {
            report.fail(new Rejection(e.code(), e.position(), null, reason(e)));
            // only the reader: this may run on the read-ahead thread, which must live to hand the failure on
            reader.close();
            throw e;
        }
    }

    /** The reader of a file with nothing in it. */
    private static final class NoRecords implements RecordReader {
        @Override
        public boolean hasNext() {
            return false;
        }

        @Override
        public SourcedRecord next() {
            throw new NoSuchElementException();
        }

        @Override
        public void close() {
            // nothing is open
        }
    }

    @Override
    public void close() {
        if (readAhead != null) {
            readAhead.close();
        }
        reader.close();
    }
}
