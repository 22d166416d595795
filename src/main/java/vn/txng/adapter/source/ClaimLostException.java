package vn.txng.adapter.source;

/**
 * This node no longer holds its claim on a source's file: its lease ran out and another node took
 * the file over (or processed it). The file is the other node's; this node stops reading it. Not a
 * fault of the data.
 */
public final class ClaimLostException extends RuntimeException {

    public ClaimLostException(String message) {
        super(message, null, false, false);
    }
}
