package vn.txng.adapter.ingest;

import java.io.Closeable;
import java.util.Iterator;
import vn.txng.adapter.model.SourcedRecord;

/**
 * Streams the records of one file, one at a time, each with its position. A record the reader
 * cannot make sense of is reported to the file's report and skipped; a file that cannot be read
 * on makes {@link #hasNext()} or {@link #next()} throw {@link UnreadableFileException}.
 */
public interface RecordReader extends Iterator<SourcedRecord>, Closeable {

    @Override
    void close();
}
