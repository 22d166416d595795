package vn.txng.adapter.source;

import java.io.File;
import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileEndpoint;
import org.apache.camel.component.file.GenericFileExclusiveReadLockStrategy;
import org.apache.camel.component.file.GenericFileOperations;
import org.apache.camel.component.file.remote.strategy.FtpChangedExclusiveReadLockStrategy;
import org.apache.camel.component.file.remote.strategy.SftpChangedExclusiveReadLockStrategy;
import org.apache.camel.component.file.strategy.FileChangedExclusiveReadLockStrategy;
import org.apache.commons.net.ftp.FTPFile;
import vn.txng.adapter.ingest.FileReportWriter;

/**
 * A file endpoint's read lock (its {@code exclusiveReadLockStrategy}) that says when it gives up:
 * Camel's {@code changed} strategy decides, with a finite time-out and no minimum length (an empty
 * file is a file). When the time-out ends on a file still changing, the file is named with the
 * reason in one WARN and in the reports' list of files left unread ({@link FileReportWriter#leftUnread});
 * Camel skips it for this poll, reads the others, and tries it again at the next poll.
 */
public final class ReadLockWatch<T> implements GenericFileExclusiveReadLockStrategy<T> {

    private final GenericFileExclusiveReadLockStrategy<T> lock;
    private final long timeoutMillis;
    private final String source;
    private final String reason;
    private final FileReportWriter reports;

    private ReadLockWatch(GenericFileExclusiveReadLockStrategy<T> lock, Duration timeout, String source, String reason,
            FileReportWriter reports) {
        this.lock = lock;
        this.timeoutMillis = timeout.toMillis();
        this.source = source;
        this.reason = reason;
        this.reports = reports;
        // the time-out's own line is this class's WARN
        lock.setReadLockLoggingLevel(LoggingLevel.DEBUG);
        lock.setTimeout(timeoutMillis);
    }

    /**
     * The local inbox's lock: a file is read once its modification time is {@code minAge} old, checked
     * every {@code checkInterval}, for at most {@code timeout}.
     */
    public static ReadLockWatch<File> inbox(Duration minAge, Duration timeout, Duration checkInterval, FileReportWriter reports) {
        FileChangedExclusiveReadLockStrategy changed = new FileChangedExclusiveReadLockStrategy();
        changed.setMinAge(minAge.toMillis());
        changed.setMinLength(0);
        changed.setCheckInterval(checkInterval.toMillis());
        return new ReadLockWatch<>(changed, timeout, FileReportWriter.INBOX_SOURCE,
                "still changing after txng.inbox.read-lock-timeout (" + text(timeout) + "; it must stay unchanged for txng.inbox.min-age, "
                        + text(minAge) + ")", reports);
    }

    /** An FTP or FTPS source's lock: the same size and time twice, {@code minAge} apart, within {@code timeout}. */
    static ReadLockWatch<FTPFile> ftp(String sourceId, Duration minAge, Duration timeout, FileReportWriter reports) {
        FtpChangedExclusiveReadLockStrategy changed = new FtpChangedExclusiveReadLockStrategy();
        changed.setMinLength(0);
        changed.setCheckInterval(minAge.toMillis());
        return new ReadLockWatch<>(changed, timeout, sourceId, remoteReason(minAge, timeout), reports);
    }

    /** An SFTP source's lock, as {@link #ftp}. */
    static ReadLockWatch<com.jcraft.jsch.ChannelSftp.LsEntry> sftp(String sourceId, Duration minAge, Duration timeout,
            FileReportWriter reports) {
        SftpChangedExclusiveReadLockStrategy changed = new SftpChangedExclusiveReadLockStrategy();
        changed.setMinLength(0);
        changed.setCheckInterval(minAge.toMillis());
        return new ReadLockWatch<>(changed, timeout, sourceId, remoteReason(minAge, timeout), reports);
    }

    private static String remoteReason(Duration minAge, Duration timeout) {
        return "still changing after " + text(timeout) + " (its size and time must stay the same for minAge, " + text(minAge) + ")";
    }

    private static String text(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
    }

    @Override
    public boolean acquireExclusiveReadLock(GenericFileOperations<T> operations, GenericFile<T> file, Exchange exchange) throws Exception {
        long start = System.nanoTime();
        if (lock.acquireExclusiveReadLock(operations, file, exchange)) {
            return true;
        }
        // refused sooner: the file is gone, another reader holds its marker, or the adapter is stopping
        if (Duration.ofNanos(System.nanoTime() - start).toMillis() >= timeoutMillis) {
            reports.leftUnread(source, file.getFileNameOnly(), reason);
        }
        return false;
    }

    @Override
    public void prepareOnStartup(GenericFileOperations<T> operations, GenericFileEndpoint<T> endpoint) throws Exception {
        lock.prepareOnStartup(operations, endpoint);
    }

    @Override
    public void releaseExclusiveReadLockOnAbort(GenericFileOperations<T> operations, GenericFile<T> file, Exchange exchange) throws Exception {
        lock.releaseExclusiveReadLockOnAbort(operations, file, exchange);
    }

    @Override
    public void releaseExclusiveReadLockOnRollback(GenericFileOperations<T> operations, GenericFile<T> file, Exchange exchange)
            throws Exception {
        lock.releaseExclusiveReadLockOnRollback(operations, file, exchange);
    }

    @Override
    public void releaseExclusiveReadLockOnCommit(GenericFileOperations<T> operations, GenericFile<T> file, Exchange exchange) throws Exception {
        lock.releaseExclusiveReadLockOnCommit(operations, file, exchange);
    }

    @Override
    public void setTimeout(long timeout) {
        // fixed when made: an endpoint option must not turn the time-out off
    }

    @Override
    public void setCheckInterval(long checkInterval) {
        lock.setCheckInterval(checkInterval);
    }

    @Override
    public void setReadLockLoggingLevel(LoggingLevel readLockLoggingLevel) {
        lock.setReadLockLoggingLevel(readLockLoggingLevel);
    }

    @Override
    public void setMarkerFiler(boolean markerFile) {
        lock.setMarkerFiler(markerFile);
    }

    @Override
    public void setDeleteOrphanLockFiles(boolean deleteOrphanLockFiles) {
        lock.setDeleteOrphanLockFiles(deleteOrphanLockFiles);
    }
}
