package vn.txng.adapter.ingest;

import vn.txng.adapter.model.SourcePosition;

/**
 * A file that cannot be read at all (not a supported format, malformed XML, a refused DOCTYPE):
 * the file goes to the failed folder. Records read before the break have already been handled.
 */
public final class UnreadableFileException extends RuntimeException {

    private final String code;
    private final transient SourcePosition position;

    public UnreadableFileException(String code, SourcePosition position, String message, Throwable cause) {
        super(position + ": " + code + ": " + message, cause);
        this.code = code;
        this.position = position;
    }

    public String code() {
        return code;
    }

    public SourcePosition position() {
        return position;
    }
}
