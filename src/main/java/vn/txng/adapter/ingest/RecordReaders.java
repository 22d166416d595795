package vn.txng.adapter.ingest;

import java.io.File;
import java.nio.charset.Charset;
import java.nio.file.Path;

/** The first step of an ingest route (bean {@code recordReaders}): opens a picked-up file for reading. */
public final class RecordReaders {

    private final int chunkSize;
    private final Charset ediCharset;

    /** {@code ediCharset}: how to decode EDI whatever its syntax identifier says, or null to trust it. */
    public RecordReaders(int chunkSize, Charset ediCharset) {
        this.chunkSize = chunkSize;
        this.ediCharset = ediCharset;
    }

    public FileIngestion open(File file) {
        return FileIngestion.open(file.toPath(), file.getName(), false, chunkSize, ediCharset);
    }

    /**
     * A file a source template downloaded to its local work folder ({@code downloaded}, a path):
     * {@code name} is its name on the source; {@code sourceCharset} (empty: none) overrides the
     * EDI charset for this source.
     */
    public FileIngestion openDownloaded(String downloaded, String name, String sourceId, String sourceCharset) {
        Charset charset = sourceCharset == null || sourceCharset.isBlank() ? ediCharset : Charset.forName(sourceCharset.strip());
        FileIngestion ingestion = FileIngestion.open(Path.of(downloaded), name, false, chunkSize, charset);
        ingestion.report().source(sourceId);
        return ingestion;
    }
}
