package vn.txng.adapter.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.txng.adapter.ingest.FileReportWriter;
import vn.txng.adapter.ingest.UnreadFile;

/**
 * The files in the local inbox folder that its route would pick up, and, after a one-pass run, why
 * each one still there was not read. Only the folder's own files count: not its subfolders (the
 * processed and failed folders may be inside it), hidden files, or Camel's {@code .camelLock} markers.
 */
final class InboxLeftovers {

    private static final Logger LOG = LoggerFactory.getLogger(InboxLeftovers.class);
    private static final String LOCK_SUFFIX = ".camelLock";

    private InboxLeftovers() {
    }

    /** The files waiting in {@code inbox}, by name; none when the folder does not exist or cannot be listed. */
    static List<Path> waiting(Path inbox) {
        if (!Files.isDirectory(inbox)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(inbox)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith(".") && !file.getFileName().toString().endsWith(LOCK_SUFFIX))
                    .toList();
        } catch (IOException e) {
            LOG.warn("cannot list the inbox {}: {}", inbox, e.getMessage());
            return List.of();
        }
    }

    /**
     * After a one-pass run ended at {@code end}: each file left in {@code inbox}, with why. A file that
     * changed within {@code minAge} (txng.inbox.min-age) of the end was still being written; one with
     * a {@code .camelLock} beside it is held by another reader; else the run ran out of time
     * ({@code outOfTime}, after {@code maxWait} as set) or the read lock gave up on it (in the words
     * {@code reports} kept of it).
     */
    static List<UnreadFile> list(Path inbox, Duration minAge, boolean outOfTime, String maxWait, Instant end, FileReportWriter reports) {
        List<UnreadFile> unread = new ArrayList<>();
        for (Path file : waiting(inbox).stream().sorted().toList()) {
            unread.add(new UnreadFile(FileReportWriter.INBOX_SOURCE, file.getFileName().toString(),
                    reason(file, minAge, outOfTime, maxWait, end, reports)));
        }
        return unread;
    }

    private static String reason(Path file, Duration minAge, boolean outOfTime, String maxWait, Instant end, FileReportWriter reports) {
        Instant modified;
        try {
            modified = Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            modified = FileTime.fromMillis(0).toInstant();
        }
        if (modified.isAfter(end.minus(minAge))) {
            String age = minAge.toMillis() % 1000 == 0 ? minAge.toSeconds() + "s" : minAge.toMillis() + "ms";
            return "still being written: it changed less than txng.inbox.min-age (" + age + ") before the run ended";
        }
        Path lock = file.resolveSibling(file.getFileName() + LOCK_SUFFIX);
        if (Files.exists(lock)) {
            return "another reader holds its lock (" + lock.getFileName() + ")";
        }
        if (outOfTime) {
            return "not read before txng.once.max-wait (" + maxWait + ") ran out";
        }
        String gaveUp = reports.lockGaveUp(FileReportWriter.INBOX_SOURCE, file.getFileName().toString());
        return gaveUp != null ? "its read lock gave up: " + gaveUp : "its read lock gave up on it (the file kept changing)";
    }
}
