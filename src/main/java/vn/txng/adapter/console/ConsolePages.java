package vn.txng.adapter.console;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.quartz.CronExpression;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.model.TraceRecord;
import vn.txng.adapter.ops.LastPass;
import vn.txng.adapter.outbox.CaptureLedger;
import vn.txng.adapter.outbox.CaptureState;
import vn.txng.adapter.outbox.DeliveryState;
import vn.txng.adapter.outbox.EpcisRepository;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.outbox.OutboxBrowser;
import vn.txng.adapter.outbox.OutboxBrowser.Delivery;
import vn.txng.adapter.outbox.OutboxBrowser.JourneyEvent;
import vn.txng.adapter.outbox.OutboxBrowser.RecordPage;
import vn.txng.adapter.outbox.OutboxBrowser.RecordQuery;
import vn.txng.adapter.outbox.OutboxRow;
import vn.txng.adapter.outbox.RecordCodec;
import vn.txng.adapter.outbox.StagedContent;
import vn.txng.adapter.outbox.TargetFault;
import vn.txng.adapter.source.SourceStates;

/**
 * What each console page shows, read from what status and retry read (the outbox's counts, its connection fault,
 * the sources' states, the last pass) and from {@link OutboxBrowser}'s paged queries; nothing here writes.
 */
public final class ConsolePages {

    /** Records per page of the records list. */
    static final int PAGE_SIZE = 50;
    /** File reports per page of the files list. */
    static final int FILES_PAGE_SIZE = 30;
    /** Refused and held records listed on a file's page (the report itself has up to FileReport.MAX_DETAILED_REJECTIONS). */
    static final int FILE_ROWS = 500;
    /** Events of a lot's journey. */
    static final int JOURNEY_EVENTS = 200;
    /** The overview's counts per kind are read at most this often, however many browsers refresh (one GROUP BY each time). */
    private static final Duration COUNTS_MAX_AGE = Duration.ofSeconds(5);

    /** The overview's figures. */
    public record Overview(String target, boolean sandbox, Map<RecordKind, Map<DeliveryState, Long>> counts, TargetFault fault,
            LastPass.Seen lastPass, String nextPass, List<SourceStates.Row> sources, DayChart chart, EpcisTarget epcis) {
    }

    /**
     * The EPCIS repository, as {@code status} prints it: its capture URL, the lots and events by capture state, its last
     * capture (null: none) and the fault that stopped its last pass (null: none).
     */
    public record EpcisTarget(String url, Map<CaptureState, Long> counts, Instant lastCapture, TargetFault fault) {
    }

    /**
     * A record's page: its row, its staged content (pretty JSON), its deliveries, for a lot the key of its journey, and
     * its capture at the EPCIS repository (null: no repository configured, or not an EPCIS event), the file and place its
     * content was read from (null: staged before the outbox kept them) and that file's latest report (null: none kept).
     */
    public record RecordView(OutboxRow row, String content, List<Delivery> deliveries, String lotKey, String epcisUrl,
            CaptureLedger.Capture epcis, String sourceFile, String sourcePosition, String report) {
    }

    /** A lot's journey: the lot's row and content, its product's, and its events in time order. */
    public record Journey(String lotKey, OutboxRow lot, LotRecord lotRecord, OutboxRow product, String productName,
            List<JourneyEvent> events) {
    }

    private final Outbox outbox;
    private final OutboxBrowser browser;
    private final SourceStates sources;
    private final LastPass lastPass;
    private final ReportFiles reports;
    private final String targetDescription;
    private final boolean sandbox;
    private final String cron;
    private final ZoneId zone;
    private final Clock clock;
    private final EpcisRepository repository;
    private final CaptureLedger ledger;
    private Map<RecordKind, Map<DeliveryState, Long>> counts;
    private Map<CaptureState, Long> captureCounts;
    private Instant countsAt = Instant.EPOCH;

    /**
     * @param cron the push schedule (txng.push.cron, Quartz syntax) in {@code zone} (txng.push.time-zone), also the zone
     *             the chart's days are counted in
     * @param repository the EPCIS repository (txng.epcis.capture-url), or null when none is configured
     */
    public ConsolePages(Outbox outbox, OutboxBrowser browser, SourceStates sources, LastPass lastPass, java.nio.file.Path reportsDir,
            String targetDescription, boolean sandbox, String cron, ZoneId zone, Clock clock, EpcisRepository repository) {
        this.outbox = outbox;
        this.browser = browser;
        this.sources = sources;
        this.lastPass = lastPass;
        this.reports = new ReportFiles(reportsDir);
        this.targetDescription = targetDescription;
        this.sandbox = sandbox;
        this.cron = cron;
        this.zone = zone;
        this.clock = clock;
        this.repository = repository;
        this.ledger = repository == null ? null : outbox.captureLedger(repository.id());
    }

    ZoneId zone() {
        return zone;
    }

    Overview overview() {
        Instant now = clock.instant();
        return new Overview(targetDescription, sandbox, countsByKind(now), outbox.connectionFault().orElse(null), lastPass.seen(),
                nextPass(now), sources.list(), DayChart.of(browser.perDay(DayChart.DAYS, zone, now)), epcisTarget(now));
    }

    private EpcisTarget epcisTarget(Instant now) {
        if (ledger == null) {
            return null;
        }
        countsByKind(now);
        return new EpcisTarget(repository.description(), captureCounts, ledger.lastCaptureAt().orElse(null), ledger.fault().orElse(null));
    }

    private synchronized Map<RecordKind, Map<DeliveryState, Long>> countsByKind(Instant now) {
        if (counts == null || !now.isBefore(countsAt.plus(COUNTS_MAX_AGE))) {
            counts = outbox.countsByKind();
            captureCounts = ledger == null ? null : ledger.counts();
            countsAt = now;
        }
        return counts;
    }

    /** The next fire of the push schedule, or why there is none. */
    String nextPass(Instant now) {
        try {
            CronExpression expression = new CronExpression(cron);
            expression.setTimeZone(TimeZone.getTimeZone(zone));
            Date next = expression.getNextValidTimeAfter(Date.from(now));
            return next == null ? "-" : ConsoleView.time(next.toInstant(), zone);
        } catch (ParseException e) {
            return "txng.push.cron: " + e.getMessage();
        }
    }

    RecordPage records(RecordQuery query) {
        return browser.search(query);
    }

    Optional<RecordView> record(RecordKind kind, String key) {
        return browser.record(kind, key).map(found -> {
            OutboxRow row = found.row();
            String lotKey = kind == RecordKind.LOT ? key : null;
            CaptureLedger.Capture capture = ledger == null ? null : ledger.capture(row.id()).orElse(null);
            String report = found.sourceFile() == null ? null : reports.latestOf(found.sourceFile()).orElse(null);
            return new RecordView(row, ConsoleView.prettyJson(found.payload()), browser.deliveries(row.id()), lotKey,
                    repository == null ? null : repository.description(), capture, found.sourceFile(), found.sourcePosition(), report);
        });
    }

    /** A lot's journey by its key ({@code <GTIN-14>/<lot>}); empty when the outbox holds no such lot. */
    Optional<Journey> journey(String lotKey) {
        int slash = lotKey.indexOf('/');
        if (slash < 1) {
            return Optional.empty();
        }
        String gtin = lotKey.substring(0, slash);
        Optional<OutboxBrowser.BrowsedRecord> lot = browser.record(RecordKind.LOT, lotKey);
        if (lot.isEmpty()) {
            return Optional.empty();
        }
        LotRecord lotRecord = (LotRecord) RecordCodec.fromJson(RecordKind.LOT, lot.get().payload());
        Optional<OutboxBrowser.BrowsedRecord> product = browser.record(RecordKind.PRODUCT, gtin);
        String productName = product.map(p -> productName(RecordCodec.fromJson(RecordKind.PRODUCT, p.payload()))).orElse(gtin);
        return Optional.of(new Journey(lotKey, lot.get().row(), lotRecord, product.map(OutboxBrowser.BrowsedRecord::row).orElse(null), productName,
                browser.eventsOfLot(gtin, lotRecord.lotNumber(), JOURNEY_EVENTS)));
    }

    private static String productName(TraceRecord product) {
        return ((vn.txng.adapter.model.ProductRecord) product).name();
    }

    /** The place an event happened, for the journey: the staged location's name and GLN, else the GLN marked not described yet. */
    public String placeOf(EventRecord event, Texts t) {
        if (event.locationGln() == null) {
            return "";
        }
        String key = vn.txng.adapter.model.LocationRecord.traceCode(event.locationGln(), event.locationExtension());
        String name = outbox.stagedContent(RecordKind.LOCATION, key).map(StagedContent::record)
                .map(record -> ((vn.txng.adapter.model.LocationRecord) record).name()).orElse(null);
        return placeLabel(name, event.locationGln(), t);
    }

    /** {@code name (gln)}, or {@code gln (not described yet)} while no location names it. */
    static String placeLabel(String name, String gln, Texts t) {
        return name == null || name.isBlank() ? gln + " (" + t.get("lot.place.undescribed") + ")" : name + " (" + gln + ")";
    }

    ReportFiles.ReportPage files(int page) {
        return reports.page(page, FILES_PAGE_SIZE);
    }

    Optional<ReportFiles.Report> file(String name) {
        return reports.report(name);
    }

    /** The sources' ids, for checking the one a poll is asked for. */
    boolean hasSource(String sourceId) {
        return sources.list().stream().anyMatch(row -> row.sourceId().equals(sourceId));
    }
}
