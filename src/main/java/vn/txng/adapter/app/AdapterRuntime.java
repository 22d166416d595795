package vn.txng.adapter.app;

import java.util.Optional;
import vn.txng.adapter.capture.EpcisCapture;

import vn.txng.adapter.model.LocationRecord;

import vn.txng.adapter.model.RecordKind;

import java.time.Clock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.txng.adapter.ingest.FileReportWriter;
import vn.txng.adapter.ingest.RecordNormalizer;
import vn.txng.adapter.ingest.RecordReaders;
import vn.txng.adapter.outbox.GiveUp;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.outbox.StageResult;
import vn.txng.adapter.ops.AdapterMetrics;
import vn.txng.adapter.ops.DatabaseHealthCheck;
import vn.txng.adapter.ops.PortalHealthCheck;
import vn.txng.adapter.outbox.TargetUse;
import vn.txng.adapter.push.DeliveryOutcome;
import vn.txng.adapter.push.DueRecords;
import vn.txng.adapter.push.PassControl;
import vn.txng.adapter.push.PortalBreaker;
import vn.txng.adapter.push.PortalSend;
import vn.txng.adapter.push.RetryPolicy;
import vn.txng.adapter.push.SendGate;
import vn.txng.adapter.staging.OutboxStaging;
import vn.txng.adapter.staging.WriteBehind;

/**
 * The adapter's parts, made from the settings and wired together: the beans the routes name and
 * the commands use. Closing it releases the portal connection and the database.
 */
public final class AdapterRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AdapterRuntime.class);

    private final Settings settings;
    private final DataSource dataSource;
    private final Outbox outbox;
    private final WriteBehind writes = new WriteBehind();
    private final RecordNormalizer normalizer;
    private final FileReportWriter reports;
    private final PortalConnection portal;
    private final PortalBreaker breaker;
    private final AdapterMetrics metrics;
    private final PassControl passControl;
    private final DueRecords dueRecords;
    private final SendGate sendGate;
    private final PortalSend portalSend;
    private final DeliveryOutcome deliveryOutcome;
    private final StageResult configuredLocationsStaged;
    private final Optional<EpcisCapture> epcisCapture;

    private AdapterRuntime(Settings settings, DataSource dataSource, Outbox outbox, PortalConnection portal, Clock clock) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.outbox = outbox;
        // products and locations are read back once what the files staged so far is written (a later chunk merges with an earlier one)
        this.normalizer = IngestChecks.normalizer(settings, (kind, keys) -> {
            writes.awaitAll();
            return IngestChecks.staged(outbox, kind, keys);
        });
        // the organisation's own sites, staged by every command that stages or pushes: a site no file names reaches the
        // portal, a location a file gave by GLN only is completed, and the events waiting for them can go
        this.configuredLocationsStaged = outbox.stage(normalizer.completeConfiguredLocations());
        if (configuredLocationsStaged.accepted() > 0) {
            LOG.info("configured locations (txng.locations.*): {} staged new or changed, {} unchanged",
                    configuredLocationsStaged.accepted(), configuredLocationsStaged.unchanged());
        }
        this.reports = new FileReportWriter(settings.dataDir().resolve("reports"));
        this.portal = portal;
        int maxConcurrency = settings.integer("txng.portal.max-concurrency");
        RetryPolicy retry = new RetryPolicy(settings.duration("txng.push.retry-initial"), settings.duration("txng.push.retry-max"));
        this.breaker = new PortalBreaker(settings.integer("txng.push.breaker-threshold"));
        this.passControl = new PassControl(outbox, settings.portalTarget().id(), breaker, clock);
        // a few batches' worth per claim keeps every sender busy without holding many leases
        this.dueRecords = new DueRecords(outbox, Math.max(50, maxConcurrency * 8), settings.duration("txng.push.lease"), breaker, passControl);
        this.sendGate = new SendGate(outbox, retry, clock, passControl);
        this.metrics = new AdapterMetrics(outbox, portal.client().tokens());
        // the source label is the report's: a template instance's sourceId, or the local inbox
        reports.onReport(report -> metrics.fileDone(FileReportWriter.sourceOf(report), report));
        this.portalSend = new PortalSend(portal.client(), metrics, outbox);
        this.deliveryOutcome = new DeliveryOutcome(outbox, sendGate, retry,
                new GiveUp(settings.integer("txng.push.max-attempts"), settings.duration("txng.push.give-up-after")), clock, metrics);
        this.epcisCapture = EpcisTarget.capture(settings, outbox, clock);
    }

    /** Opens the database (migrating it) and the portal connection, or the built-in sandbox. */
    public static AdapterRuntime start(Settings settings) {
        DataSource dataSource = Databases.dataSource(settings);
        try {
            Outbox outbox = Databases.openOutbox(settings, dataSource);
            LOG.info("outbox database: {}", Databases.displayUrl(settings));
            // the connection first: it refuses incomplete portal settings before the outbox switches target
            PortalConnection portal = PortalConnection.open(settings);
            try {
                logTargetUse(outbox.useTarget(settings.portalTarget()));
                return new AdapterRuntime(settings, dataSource, outbox, portal, Clock.systemUTC());
            } catch (RuntimeException e) {
                portal.close();
                throw e;
            }
        } catch (RuntimeException e) {
            Databases.close(settings, dataSource);
            throw e;
        }
    }

    /** Says once, in the log, when the outbox adopted or switched its portal target. */
    public static void logTargetUse(TargetUse use) {
        switch (use.change()) {
            case ADOPTED -> LOG.warn("outbox upgraded to delivery state per portal target: its {} delivered records (and every"
                    + " other delivery state) are attributed to {}, the portal configured now", use.delivered(), use.target());
            case SWITCHED -> LOG.warn("portal target changed from {} to {}: {} records will be sent to it; {} it had confirmed"
                    + " before stay delivered", use.previous(), use.target(), use.toSend(), use.delivered());
            default -> LOG.debug("portal target {}", use.target());
        }
    }

    public Settings settings() {
        return settings;
    }

    /**
     * The outbox database's one pool, which also keeps the sources' processed files and state: the
     * bean {@code outboxDataSource} for components that need the database.
     */
    public DataSource dataSource() {
        return dataSource;
    }

    public Outbox outbox() {
        return outbox;
    }

    /** What staging the configured locations ({@code txng.locations.*}) did when this runtime started. */
    public StageResult configuredLocationsStaged() {
        return configuredLocationsStaged;
    }

    public RecordNormalizer normalizer() {
        return normalizer;
    }

    public FileReportWriter reports() {
        return reports;
    }

    public RecordReaders readers() {
        return new RecordReaders(settings.integer("txng.ingest.chunk-size"), settings.ediCharset(), settings.despatchEvents(),
                IngestChecks.epcisMapper(settings, traceCode -> outbox.staged(RecordKind.LOCATION, traceCode)
                        .map(location -> ((LocationRecord) location).locationKind())), settings.sheetSettings());
    }

    public OutboxStaging staging() {
        return new OutboxStaging(outbox, normalizer, writes);
    }

    /** How the last push pass of this process ended, for the health check and the console. */
    public vn.txng.adapter.ops.LastPass lastPass() {
        return passControl.lastPass();
    }

    public PortalConnection portal() {
        return portal;
    }

    /** The EPCIS repository's capture pass, or empty when {@code txng.epcis.capture-url} is not set. */
    public Optional<EpcisCapture> epcisCapture() {
        return epcisCapture;
    }

    /** The adapter is stopping: the push pass in progress sends nothing more than what is in flight. */
    void stopPushing() {
        passControl.stopPushing();
    }

    /** Binds the beans the routes name (the push flow's steps, the ingest steps) in Camel's registry. */
    void bindBeans(org.apache.camel.main.Main main) {
        main.bind("recordReaders", readers());
        main.bind("identifierNormalizer", normalizer);
        main.bind("productionEvents", settings.productionEvents());
        main.bind("outboxStaging", staging());
        main.bind("fileReports", reports);
        main.bind("outbox", outbox);
        main.bind("pushPass", passControl);
        main.bind("dueRecords", dueRecords);
        main.bind("sendGate", sendGate);
        main.bind("portalSend", portalSend);
        main.bind(PortalBreaker.BEAN, breaker.circuitBreaker());
        main.bind("portalBreakerSteps", breaker);
        // operations: Camel's micrometer-prometheus serves this registry; the health checks join Camel's registry
        main.bind(AdapterMetrics.REGISTRY_BEAN, metrics.registry());
        main.bind("txngDatabaseHealth", new DatabaseHealthCheck(outbox, Databases.displayUrl(settings)));
        main.bind("txngPortalHealth", new PortalHealthCheck(passControl.lastPass(), settings.portalTarget().toString()));
        main.bind("deliveryOutcome", deliveryOutcome);
        epcisCapture.ifPresent(capture -> main.bind("epcisCapture", capture));
    }

    @Override
    public void close() {
        portal.close();
        Databases.close(settings, dataSource);
    }
}
