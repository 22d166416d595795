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

    /** The trailer confirmed the message (its counts and references are right): what only a whole message gives goes on. */
    default void confirmed(MessageSink sink) {
        // most messages give nothing more than their lines
    }
}
