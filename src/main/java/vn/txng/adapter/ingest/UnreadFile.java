package vn.txng.adapter.ingest;

/**
 * A file a poll or a one-pass run ({@code run --once}) left where it was, unread: {@code source} the
 * template instance's sourceId or {@value FileReportWriter#INBOX_SOURCE}; {@code file} its name (null
 * when a whole source's files are meant: its poll did not finish); {@code reason} why, in words a
 * person can act on (its read lock gave up, still being written, out of time). The next poll or run
 * tries it again.
 */
public record UnreadFile(String source, String file, String reason) {

    @Override
    public String toString() {
        return (file == null ? "every file not read of " + source : file + " (" + source + ")") + ": " + reason;
    }
}
