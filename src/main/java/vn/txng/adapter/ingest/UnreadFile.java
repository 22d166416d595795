package vn.txng.adapter.ingest;

import java.time.Instant;

/**
 * A file a poll listed and left where it was, unread: its read lock gave up (the file kept changing
 * for the whole time-out). It is tried again at the next poll. {@code source}: the template
 * instance's sourceId, or {@value FileReportWriter#INBOX_SOURCE} for the local inbox.
 */
public record UnreadFile(String source, String file, String reason, Instant at) {

    @Override
    public String toString() {
        return source + ": " + file + ": " + reason;
    }
}
