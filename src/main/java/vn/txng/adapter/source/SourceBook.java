package vn.txng.adapter.source;

import vn.txng.adapter.ingest.UnreadFile;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.ingest.FileReportWriter;

/**
 * The sources this process runs (bean {@code sourceBook}): each source's monitor and its processed
 * files, both in the outbox database. Source templates register here when an instance is created.
 */
public final class SourceBook {

    private static final Pattern FILE_KEY = Pattern.compile("(.+)-\\d+-\\d+");

    private final DataSource dataSource;
    private final SourceStates states;
    private final Clock clock;
    private final String node;
    private final Duration claimLease;
    private final Map<String, SourceMonitor> monitors = new ConcurrentHashMap<>();
    private final Map<String, ProcessedFiles> processedFiles = new ConcurrentHashMap<>();

    /** {@code node}: this node's name, which claims the files it reads for {@code claimLease}. */
    public SourceBook(DataSource dataSource, Clock clock, String node, Duration claimLease) {
        this.dataSource = dataSource;
        this.node = node;
        this.claimLease = claimLease;
        this.states = new SourceStates(dataSource);
        this.clock = clock;
    }

    /**
     * Registers a source instance, with the credentials its monitor gives the endpoint and masks in every message.
     *
     * @throws IllegalArgumentException when another source already has this id
     */
    public SourceMonitor register(String sourceId, String template, String location, SourceCredentials credentials) {
        SourceMonitor monitor = new SourceMonitor(sourceId, location, credentials, states, clock);
        if (monitors.putIfAbsent(sourceId, monitor) != null) {
            throw new IllegalArgumentException("two sources are named '" + sourceId + "'; every sourceId must be unique");
        }
        states.register(sourceId, template, location);
        return monitor;
    }

    /** The persistent idempotent repository of one source's files, shared by the nodes on one database. */
    public ProcessedFiles processedFiles(String sourceId) {
        ProcessedFiles files = processedBodies(sourceId);
        processedFiles.put(sourceId, files);
        return files;
    }

    /**
     * As {@link #processedFiles}, for an HTTP source's bodies: a body it claimed and did not read is its
     * failed fetch, which the source's monitor reports, so {@link #unreadFiles} does not list it.
     */
    public ProcessedFiles processedBodies(String sourceId) {
        return new ProcessedFiles(dataSource, sourceId, node, claimLease, clock);
    }

    /** Route step after a file's report: the source's last file, for {@code status}. Returns the report. */
    public FileReport fileDone(FileReport report) {
        SourceMonitor monitor = report.source() == null ? null : monitors.get(report.source());
        if (monitor != null) {
            monitor.fileProcessed(report.file());
        }
        return report;
    }

    public List<SourceMonitor> monitors() {
        return new ArrayList<>(monitors.values());
    }

    /** True once every registered source has finished at least {@code polls} polls since it started. */
    public boolean everySourcePolled(long polls) {
        return monitors.values().stream().allMatch(m -> m.completedPolls() >= polls);
    }

    /** The sources whose last poll failed. */
    public List<SourceMonitor> failing() {
        return monitors.values().stream().filter(SourceMonitor::failing).sorted((a, b) -> a.sourceId().compareTo(b.sourceId())).toList();
    }

    /**
     * After a one-pass run: the files each source listed and this process did not read, from the
     * claims it left unconfirmed, and each source whose poll had not finished when the run stopped
     * waiting. {@code outOfTime}: the run stopped waiting after txng.once.max-wait ({@code maxWait}, as
     * set: {@code 10m}).
     */
    public List<UnreadFile> unreadFiles(boolean outOfTime, String maxWait, FileReportWriter reports) {
        String late = "not read before txng.once.max-wait (" + maxWait + ") ran out";
        List<UnreadFile> unread = new ArrayList<>();
        for (String sourceId : new TreeMap<>(monitors).keySet()) {
            ProcessedFiles files = processedFiles.get(sourceId);
            Map<String, Boolean> unconfirmed = files == null ? Map.of() : new TreeMap<>(files.unconfirmed());
            SourceMonitor monitor = monitors.get(sourceId);
            String notBegun = monitor.lastError() == null ? "its read lock gave up: the file was still being written"
                    : "its read lock gave up, or its download failed (the source's last error: " + monitor.lastError() + ")";
            unconfirmed.forEach((key, begun) -> {
                String lock = reports.lockGaveUp(sourceId, fileName(key));
                unread.add(new UnreadFile(sourceId, fileName(key), begun ? "its staging failed (see the log)" : outOfTime ? late
                        : lock != null ? "its read lock gave up: " + lock : notBegun));
            });
            if (outOfTime && monitor.completedPolls() == 0) {
                unread.add(new UnreadFile(sourceId, null, "its poll did not finish within txng.once.max-wait ("
                        + maxWait + ")"));
            }
        }
        return unread;
    }

    /** The file's name in its claim's key ({@code name-size-modified}, the endpoints' idempotentKey), else the key. */
    static String fileName(String key) {
        Matcher parts = FILE_KEY.matcher(key);
        return parts.matches() ? parts.group(1) : key;
    }

    public SourceStates states() {
        return states;
    }
}
