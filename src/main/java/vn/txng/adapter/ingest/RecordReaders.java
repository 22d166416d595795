package vn.txng.adapter.ingest;

import java.io.File;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.txng.adapter.ingest.edi.DespatchEvents;
import vn.txng.adapter.ingest.epcis.EpcisEventMapper;
import vn.txng.adapter.ingest.sheet.ColumnMapping;
import vn.txng.adapter.ingest.sheet.DecimalMark;
import vn.txng.adapter.ingest.sheet.SheetSettings;
import vn.txng.adapter.ingest.sheet.TextCharsets;

/** The first step of an ingest route (bean {@code recordReaders}): opens a picked-up file for reading. */
public final class RecordReaders {

    private final int chunkSize;
    private final Charset ediCharset;
    private final DespatchEvents events;
    private final EpcisEventMapper epcis;
    private final SheetSettings sheets;
    /** The sources' column mappings, each read once. */
    private final Map<String, ColumnMapping> mappings = new ConcurrentHashMap<>();

    /** {@code ediCharset}: how to decode EDI whatever its syntax identifier says, or null to trust it. */
    public RecordReaders(int chunkSize, Charset ediCharset) {
        this(chunkSize, ediCharset, DespatchEvents.DEFAULT);
    }

    /** As above; {@code events}: how a despatch advice becomes a shipping event. */
    public RecordReaders(int chunkSize, Charset ediCharset, DespatchEvents events) {
        this(chunkSize, ediCharset, events, FileIngestion.DEFAULT_EPCIS_MAPPER);
    }

    /** As above; {@code epcis}: how an EPCIS document's event becomes records. */
    public RecordReaders(int chunkSize, Charset ediCharset, DespatchEvents events, EpcisEventMapper epcis) {
        this(chunkSize, ediCharset, events, epcis, SheetSettings.DEFAULT);
    }

    /** As above; {@code sheets}: how the local inbox's workbooks and CSV files are read, and every source's unless it says otherwise. */
    public RecordReaders(int chunkSize, Charset ediCharset, DespatchEvents events, EpcisEventMapper epcis, SheetSettings sheets) {
        this.chunkSize = chunkSize;
        this.ediCharset = ediCharset;
        this.events = events;
        this.epcis = epcis;
        this.sheets = sheets;
    }

    public FileIngestion open(File file) {
        return FileIngestion.open(file.toPath(), file.getName(), false, chunkSize, ediCharset, events, epcis, sheets);
    }

    /**
     * A file a source template downloaded to its local work folder ({@code downloaded}, a path):
     * {@code name} is its name on the source; {@code sourceCharset} (empty: none) overrides the
     * EDI charset for this source.
     */
    public FileIngestion openDownloaded(String downloaded, String name, String sourceId, String sourceCharset) {
        return openDownloaded(downloaded, name, sourceId, sourceCharset, "");
    }

    /** As above; {@code sourceTimeZone} (an IANA name; empty: none) is the zone of this source's times without an offset. */
    public FileIngestion openDownloaded(String downloaded, String name, String sourceId, String sourceCharset, String sourceTimeZone) {
        return openDownloaded(downloaded, name, sourceId, sourceCharset, sourceTimeZone, "", "", "");
    }

    /**
     * As above; {@code sheetMapping} (a path; empty: none), {@code textCharset} and {@code decimalMark} (empty: the
     * inbox's) say how this source's workbooks and CSV files are read.
     */
    public FileIngestion openDownloaded(String downloaded, String name, String sourceId, String sourceCharset, String sourceTimeZone,
                                        String sheetMapping, String textCharset, String decimalMark) {
        Charset charset = sourceCharset == null || sourceCharset.isBlank() ? ediCharset : Charset.forName(sourceCharset.strip());
        DespatchEvents zoned = sourceTimeZone == null || sourceTimeZone.isBlank() ? events : events.inZone(ZoneId.of(sourceTimeZone.strip()));
        ColumnMapping mapping = sheetMapping == null || sheetMapping.isBlank() ? null
                : mappings.computeIfAbsent(sheetMapping.strip(), file -> ColumnMapping.load(Path.of(file)));
        SheetSettings own = sheets.with(mapping, TextCharsets.forName(textCharset), DecimalMark.parse(decimalMark));
        FileIngestion ingestion = FileIngestion.open(Path.of(downloaded), name, false, chunkSize, charset, zoned, epcis, own);
        ingestion.report().source(sourceId);
        return ingestion;
    }
}
