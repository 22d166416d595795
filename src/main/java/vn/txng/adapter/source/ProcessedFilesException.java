package vn.txng.adapter.source;

/**
 * The files a source claimed and processed (table {@code source_file}) could not be read or written:
 * the database's failure, not the file's. The message names the source, the operation and the
 * database's reason.
 */
public final class ProcessedFilesException extends RuntimeException {

    public ProcessedFilesException(String message, Throwable cause) {
        super(message, cause);
    }
}
