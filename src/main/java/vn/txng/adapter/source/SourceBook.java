package vn.txng.adapter.source;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import vn.txng.adapter.ingest.FileReport;

/**
 * The sources this process runs (bean {@code sourceBook}): each source's monitor and its processed
 * files, both in the outbox database. Source templates register here when an instance is created.
 */
public final class SourceBook {

    private final DataSource dataSource;
    private final SourceStates states;
    private final Clock clock;
    private final String node;
    private final Duration claimLease;
    private final Map<String, SourceMonitor> monitors = new ConcurrentHashMap<>();

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

    public SourceStates states() {
        return states;
    }
}
