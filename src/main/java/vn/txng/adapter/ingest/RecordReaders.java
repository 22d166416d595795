package vn.txng.adapter.ingest;

import java.io.File;

/** The first step of an ingest route (bean {@code recordReaders}): opens a picked-up file for reading. */
public final class RecordReaders {

    private final int chunkSize;

    public RecordReaders(int chunkSize) {
        this.chunkSize = chunkSize;
    }

    public FileIngestion open(File file) {
        return FileIngestion.open(file, false, chunkSize);
    }
}
