package vn.txng.adapter.ingest;

import java.io.File;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.ZoneId;
import vn.txng.adapter.ingest.edi.DespatchEvents;
import vn.txng.adapter.ingest.epcis.EpcisEventMapper;

/** The first step of an ingest route (bean {@code recordReaders}): opens a picked-up file for reading. */
public final class RecordReaders {

    private final int chunkSize;
    private final Charset ediCharset;
    private final DespatchEvents events;
    private final EpcisEventMapper epcis;

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
        this.chunkSize = chunkSize;
        this.ediCharset = ediCharset;
        this.events = events;
        this.epcis = epcis;
    }

    public FileIngestion open(File file) {
        return FileIngestion.open(file.toPath(), file.getName(), false, chunkSize, ediCharset, events, epcis);
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
        Charset charset = sourceCharset == null || sourceCharset.isBlank() ? ediCharset : Charset.forName(sourceCharset.strip());
        DespatchEvents zoned = sourceTimeZone == null || sourceTimeZone.isBlank() ? events : events.inZone(ZoneId.of(sourceTimeZone.strip()));
        FileIngestion ingestion = FileIngestion.open(Path.of(downloaded), name, false, chunkSize, charset, zoned, epcis);
        ingestion.report().source(sourceId);
        return ingestion;
    }
}
