package vn.txng.adapter.ingest.edi;

/**
 * Turns the segments of one message into records, one line group at a time: a line is handed to
 * the sink as soon as the next one starts, so a message of any length maps in constant memory.
 */
public interface MessageMapper {

    /** Whether the mapper reads this segment; the others are not even captured. */
    boolean wants(String tag);

    void segment(EdiSegment segment, MessageSink sink);

    /** The message's trailer was reached: hand on the last line. */
    void end(MessageSink sink);
}
