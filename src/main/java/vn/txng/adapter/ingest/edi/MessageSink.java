package vn.txng.adapter.ingest.edi;

import java.util.List;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;
import vn.txng.adapter.model.TraceRecord;

/** Where a mapper puts what it made of a message's lines. */
public interface MessageSink {

    /** The position of the segment being mapped. */
    SourcePosition here();

    void accept(TraceRecord record, SourcePosition at);

    /** A line that gives no record, for every reason found. */
    void reject(List<Rejection> reasons);

    /** Something the file should say otherwise, for the report's warnings; the record it concerns still goes on. */
    void warn(Rejection warning);

    /** {@code lines} lines of the message gave one lot, read as one (reported, not an error). */
    void merged(LotRecord lot, SourcePosition at, int lines);
}
