package vn.txng.adapter.ingest;

import java.io.File;
import java.nio.charset.Charset;

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
}
