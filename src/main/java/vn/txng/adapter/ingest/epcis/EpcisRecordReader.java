package vn.txng.adapter.ingest.epcis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.ingest.RecordReader;
import vn.txng.adapter.ingest.UnreadableFileException;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;
import vn.txng.adapter.model.SourcedRecord;

/**
 * What the EPCIS readers share: each event read (one at a time, in the EPCIS 2.0 JSON-LD shape) counts as a record
 * read, is checked for its shape ({@link EventShape}), and if sound is handed to the {@link EpcisEventMapper}; the
 * records it gives wait in a queue and go out one at a time. A rejected event never stops the next one.
 */
abstract class EpcisRecordReader implements RecordReader {

    protected final String fileName;
    protected final FileReport report;
    private final EpcisEventMapper mapper;
    private final Deque<SourcedRecord> ready = new ArrayDeque<>();
    private boolean ended;

    EpcisRecordReader(String fileName, FileReport report, EpcisEventMapper mapper) {
        this.fileName = fileName;
        this.report = report;
        this.mapper = mapper;
    }

    /** Reads the next event of the document and hands it to {@link #take}; false once no event is left. */
    protected abstract boolean readEvent();

    @Override
    public final boolean hasNext() {
        while (ready.isEmpty() && !ended) {
            try {
                ended = !readEvent();
            } catch (UnreadableFileException e) {
                ended = true;
                throw e;
            }
        }
        return !ready.isEmpty();
    }

    @Override
    public final SourcedRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    /** One event read at {@code at}; {@code syntaxProblems} are what its syntax found wrong (XML: elements out of order). */
    protected final void take(ObjectNode event, SourcePosition at, List<Rejection> syntaxProblems) {
        report.recordRead();
        List<Rejection> problems = new ArrayList<>(syntaxProblems);
        problems.addAll(EventShape.problems(event, at));
        if (!problems.isEmpty()) {
            report.reject(problems);
            return;
        }
        ready.addAll(mapper.map(event, at, report));
    }

    /** One event that could not be read as an event at all (not an object, an unknown event type). */
    protected final void rejectUnread(Rejection reason) {
        report.recordRead();
        report.reject(reason);
    }
}
