package vn.txng.adapter.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.model.Rejection;

/**
 * Ends a file's ingestion (bean {@code fileReports}): writes its report as JSON under
 * {@code <data>/reports/} and logs its one-line summary, with each rejection on a line of its own.
 */
public final class FileReportWriter {

    private static final Logger LOG = LoggerFactory.getLogger(FileReportWriter.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    /** The local inbox's name where a source's id would be (logs, metrics). */
    public static final String INBOX_SOURCE = "inbox";
    /** Rejections logged one per line; the rest are in the JSON report. */
    private static final int LOGGED_REJECTIONS = 50;
    private static final int RECENT = 100;
    /** A file's warnings shown under its summary by {@code run --once}; the rest are in its JSON report. */
    private static final int SHOWN_WARNINGS = 10;
    /** Refused files named in a summary; {@link #failedCount()} counts on past it. */
    private static final int LISTED_REFUSALS = 1_000;

    private final Path reportsDir;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    /** Per file: its summary, then its first warnings as {@code   warning ...} lines. */
    private final Deque<List<String>> recent = new ArrayDeque<>();
    /** By source and file name; the oldest go first past {@value #RECENT} (a long run's files renamed or removed meanwhile). */
    private final Map<String, UnreadFile> unread = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, UnreadFile> eldest) {
            return size() > RECENT;
        }
    };
    private final List<RefusedFile> refused = new ArrayList<>();

    private final List<Consumer<FileReport>> listeners = new CopyOnWriteArrayList<>();

    public FileReportWriter(Path reportsDir) {
        this.reportsDir = reportsDir;
    }

    /** The file was read to its end. Returns the report for whoever comes next. */
    public FileReport completed(FileIngestion ingestion) {
        FileReport report = ingestion.report();
        ingestion.close();
        return write(report);
    }

    /**
     * The file could not be read on (or not at all): it goes to the failed folder. {@code body} is
     * the {@link FileIngestion} when reading had begun, else the file itself.
     */
    public FileReport failed(Object body, Exception cause, String fileName) {
        return failed(body, cause, fileName, null);
    }

    /** As {@link #failed(Object, Exception, String)}, for a file of the source {@code sourceId} (null: the local inbox). */
    public FileReport failed(Object body, Exception cause, String fileName, String sourceId) {
        FileReport report;
        if (body instanceof FileIngestion ingestion) {
            ingestion.close();
            report = ingestion.report();
        } else {
            report = new FileReport(fileName, false);
            report.source(sourceId);
        }
        if (report.fatal() == null) {
            if (cause instanceof UnreadableFileException unreadable) {
                report.fail(new Rejection(unreadable.code(), unreadable.position(), null, FileIngestion.reason(unreadable)));
            } else {
                report.fail(new Rejection("FILE_FAILED", vn.txng.adapter.model.SourcePosition.of(fileName, 0, null), null,
                        cause == null ? "unknown failure" : cause.getClass().getSimpleName() + ": " + cause.getMessage()));
            }
        }
        return write(report);
    }

    /** Also tells {@code listener} of every report written (the adapter's metrics count files and records). */
    public FileReportWriter onReport(Consumer<FileReport> listener) {
        listeners.add(listener);
        return this;
    }

    public FileReport write(FileReport report) {
        report.settle();
        report.finish();
        log(report);
        listeners.forEach(listener -> listener.accept(report));
        (report.failed() ? failed : processed).incrementAndGet();
        synchronized (unread) {
            unread.remove(unreadKey(sourceOf(report), report.file()));
        }
        if (report.failed()) {
            synchronized (refused) {
                if (refused.size() < LISTED_REFUSALS) {
                    refused.add(new RefusedFile(report.file(), sourceOf(report), report.fatal()));
                }
            }
        }
        synchronized (recent) {
            if (recent.size() == RECENT) {
                recent.removeFirst();
            }
            List<String> lines = new java.util.ArrayList<>();
            lines.add(report.summary());
            report.warnings().stream().limit(SHOWN_WARNINGS).forEach(w -> lines.add("  warning " + w));
            recent.addLast(lines);
        }
        try {
            Files.createDirectories(reportsDir);
            String prefix = report.source() == null ? "" : report.source() + ".";
            Path target = reportsDir.resolve(prefix + safeName(report.file()) + "." + STAMP.format(report.startedAt()) + ".json");
            json.writeValue(target.toFile(), toJson(report));
        } catch (IOException e) {
            LOG.error("could not write the report of {} to {}: {}", report.file(), reportsDir, e.getMessage());
        }
        return report;
    }

    /** Files whose report this writer wrote, read to their end. */
    public long processedCount() {
        return processed.get();
    }

    /** Files that went to the failed folder. */
    public long failedCount() {
        return failed.get();
    }

    /**
     * A poll left the file where it was, unread ({@code reason}: why, e.g. its read lock gave up): one WARN
     * naming it, and it joins {@link #unreadFiles()} until a report of it is written. {@code source}: the
     * template instance's sourceId, or {@value #INBOX_SOURCE}.
     */
    public void leftUnread(String source, String file, String reason) {
        try (org.slf4j.MDC.MDCCloseable fileField = org.slf4j.MDC.putCloseable("file", file);
                org.slf4j.MDC.MDCCloseable sourceField = org.slf4j.MDC.putCloseable("source", source)) {
            LOG.warn("{}: {}: left unread: {}; it is tried again at the next poll", source, file, reason);
        }
        synchronized (unread) {
            String key = unreadKey(source, file);
            // the latest time and reason
            unread.remove(key);
            unread.put(key, new UnreadFile(source, file, reason));
        }
    }

    /** The files polls left unread and not read since, oldest first: what `run --once` lists as not read. */
    public List<UnreadFile> unreadFiles() {
        synchronized (unread) {
            return List.copyOf(unread.values());
        }
    }

    /** Why the read lock gave up on the file, as it said; null when it did not, or a report of the file came since. */
    public String lockGaveUp(String source, String file) {
        synchronized (unread) {
            UnreadFile left = unread.get(unreadKey(source, file));
            return left == null ? null : left.reason();
        }
    }

    private static String unreadKey(String source, String file) {
        return source + "/" + file;
    }

    /** The files refused whole since start (the first {@value #LISTED_REFUSALS}), oldest first. */
    public List<RefusedFile> refusedFiles() {
        synchronized (refused) {
            return List.copyOf(refused);
        }
    }

    /** The summary lines of the last files, oldest first, each followed by its file's first warnings (indented). */
    public List<String> summaries() {
        synchronized (recent) {
            return recent.stream().flatMap(List::stream).toList();
        }
    }

    /**
     * Logs the file's summary and its first rejections, holds and merges, each line with the file and
     * its source (the sourceId, or {@code inbox} for the local inbox) as MDC fields ({@code file},
     * {@code source}): their own fields in JSON logs (txng.log.format=json).
     */
    public static void log(FileReport report) {
        try (org.slf4j.MDC.MDCCloseable file = org.slf4j.MDC.putCloseable("file", report.file());
                org.slf4j.MDC.MDCCloseable source = org.slf4j.MDC.putCloseable("source", sourceOf(report))) {
            if (report.failed()) {
                LOG.error("{}", report.summary());
            } else if (report.rejected() > 0 || report.held() > 0 || report.isEmpty()) {
                LOG.warn("{}", report.summary());
            } else {
                LOG.info("{}", report.summary());
            }
            report.rejections().stream().limit(LOGGED_REJECTIONS).forEach(r -> LOG.warn("  rejected {}", r));
            if (report.rejected() > LOGGED_REJECTIONS) {
                LOG.warn("  ... and {} more rejections in the file's JSON report", report.rejected() - LOGGED_REJECTIONS);
            }
            report.holds().stream().limit(LOGGED_REJECTIONS).forEach(h -> LOG.warn("  held {}", h));
            report.warnings().stream().limit(LOGGED_REJECTIONS).forEach(w -> LOG.warn("  warning {}", w));
            report.mergedLots().stream().limit(LOGGED_REJECTIONS).forEach(m -> LOG.info("  merged {}", m));
            if (report.held() > LOGGED_REJECTIONS) {
                LOG.warn("  ... and {} more held records in the file's JSON report", report.held() - LOGGED_REJECTIONS);
            }
        }
    }

    /** The file's source as logs and metrics name it: the template instance's sourceId, or {@value #INBOX_SOURCE}. */
    public static String sourceOf(FileReport report) {
        return report.source() == null ? INBOX_SOURCE : report.source();
    }

    public ObjectNode toJson(FileReport report) {
        ObjectNode root = json.createObjectNode();
        root.put("source", sourceOf(report));
        root.put("file", report.file());
        root.put("format", report.format() == null ? null : report.format().name());
        root.put("status", report.failed() ? "FAILED" : "PROCESSED");
        root.put("validateOnly", report.validateOnly());
        root.put("startedAt", report.startedAt().toString());
        root.put("finishedAt", report.finishedAt() == null ? null : report.finishedAt().toString());
        root.put("records", report.read());
        root.put("accepted", report.accepted());
        root.put("unchanged", report.unchanged());
        root.put("held", report.held());
        root.put("rejected", report.rejected());
        root.put("productionEvents", report.productionEvents());
        root.put("notForPortal", report.notForPortal());
        ObjectNode kinds = root.putObject("kinds");
        for (RecordKind kind : RecordKind.values()) {
            ObjectNode counts = kinds.putObject(kind.name().toLowerCase(java.util.Locale.ROOT));
            counts.put("checked", report.checkedCount(kind));
            counts.put("held", report.heldCount(kind));
        }
        if (report.fatal() != null) {
            root.set("fatal", rejection(report.fatal()));
        }
        ArrayNode rejections = root.putArray("rejections");
        report.rejections().forEach(r -> rejections.add(rejection(r)));
        ArrayNode heldProducts = root.putArray("heldProducts");
        ArrayNode heldLocations = root.putArray("heldLocations");
        for (HeldRecord h : report.holds()) {
            if (h instanceof HeldProduct product) {
                heldProducts.add(held(h).put("gtin", product.product().gtin()));
            } else {
                heldLocations.add(held(h).put("location", h.record().businessKey()));
            }
        }
        ArrayNode warnings = root.putArray("warnings");
        report.warnings().forEach(warnings::add);
        ArrayNode merged = root.putArray("mergedLots");
        for (MergedLot lot : report.mergedLots()) {
            ObjectNode node = merged.addObject();
            node.put("gtin", lot.gtin());
            node.put("lot", lot.lot());
            node.put("lines", lot.lines());
            node.put("line", lot.position().line());
            node.put("locator", lot.position().locator());
        }
        return root;
    }

    private ObjectNode rejection(Rejection r) {
        ObjectNode node = json.createObjectNode();
        node.put("code", r.code());
        node.put("file", r.position().file());
        node.put("line", r.position().line());
        node.put("locator", r.position().locator());
        node.put("field", r.field());
        node.put("message", r.message());
        return node;
    }

    private ObjectNode held(HeldRecord h) {
        ObjectNode node = json.createObjectNode();
        node.put("code", h.code());
        node.put("file", h.position().file());
        node.put("line", h.position().line());
        node.put("locator", h.position().locator());
        ArrayNode fields = node.putArray("fields");
        h.missingFields().forEach(fields::add);
        node.put("message", h.reason());
        return node;
    }

    /** A file's name as its report's name holds it: every character but letters, digits, {@code .}, {@code _}, {@code -} made {@code _}. */
    public static String safeName(String file) {
        return file.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
