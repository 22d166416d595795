package vn.txng.adapter.app;

import vn.txng.adapter.push.PushSummary;
import vn.txng.adapter.push.ScheduleFires;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import vn.txng.adapter.ingest.FileReportWriter;
import vn.txng.adapter.ingest.UnreadFile;
import vn.txng.adapter.console.ConsoleRoutes;
import vn.txng.adapter.source.HttpInbox;
import vn.txng.adapter.source.ReadLockWatch;
import vn.txng.adapter.source.SourceBook;
import vn.txng.adapter.source.SourceTemplates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Boots Camel Main with the YAML routes and the adapter's beans; its properties component is
 * configured by {@link Settings#configure}, so a route resolves a key as every command does.
 * {@link #runForever()} serves until the process is stopped; {@link #runOnce()} ingests what waits
 * in the inbox, pushes, and stops.
 */
public final class CamelApp {

    private static final Logger LOG = LoggerFactory.getLogger(CamelApp.class);
    // a file stays in the inbox until its records are staged, so a short check costs nothing and ends the pass sooner
    private static final Duration DRAIN_CHECK = Duration.ofMillis(50);
    /** The route file of the push schedule, left out of a one-pass run. */
    static final String PUSH_SCHEDULE_ROUTES = "push-schedule.camel.yaml";
    /** The route file of the EPCIS repository's capture schedule, loaded by `run` when a repository is configured. */
    static final String CAPTURE_SCHEDULE_ROUTES = "push-epcis.camel.yaml";
    /** The route file of the push flow, which the schedule, `push` and `run --once` share. */
    static final String PUSH_FLOW_ROUTES = "push-portal.camel.yaml";
    /** The endpoint of the push flow; its reply is the pass's {@link PushSummary}. */
    static final String PUSH_FLOW = "direct:push-portal";
    /** The id of the push flow's entry route. */
    static final String PUSH_FLOW_ROUTE_ID = "push-portal";
    /** The thread pool profile the push flow's split sends on, sized by txng.portal.max-concurrency. */
    static final String SENDERS_PROFILE = "portalSenders";

    /** The data folder resolved against the working folder, for the routes (txng.data.dir may be relative). */
    static final String DATA_DIR = "txng.data.absolute-dir";
    // how often the inbox looks again at a file that may still be changing
    private static final Duration INBOX_CHECK_INTERVAL = Duration.ofMillis(250);

    /** Which routes a run loads. */
    enum Mode {
        /** every route: the inbox, the push flow and its schedule */
        SERVE,
        /** `run --once`: the inbox and the push flow, no schedule */
        ONCE,
        /** `push`: only the push flow */
        PUSH
    }

    private final Settings settings;
    private final AdapterRuntime runtime;
    private final SourceBook sources;
    /** What the last one-pass run left: see {@link #runOnce(boolean)}. */
    private volatile List<UnreadFile> unreadFiles = List.of();
    private volatile boolean outOfTime;
    /** What this run adds to the settings, for Camel only: one-pass polling, the embedded HTTP server. */
    private final Properties camelOnly = new Properties();
    private final Main main = new Main() {
        @Override
        protected CamelContext createCamelContext() {
            CamelContext context = super.createCamelContext();
            // the routes' {{placeholders}} read what every command reads, from the same configuration
            settings.configure(context.getPropertiesComponent(), camelOnly);
            return context;
        }
    };

    public CamelApp(Settings settings, AdapterRuntime runtime, boolean once) {
        this(settings, runtime, once ? Mode.ONCE : Mode.SERVE);
    }

    CamelApp(Settings settings, AdapterRuntime runtime, Mode mode) {
        this.settings = settings;
        this.runtime = runtime;
        boolean once = mode != Mode.SERVE;
        camelOnly.setProperty("camel.main.shutdownTimeout", String.valueOf(settings.duration("txng.shutdown.timeout").toSeconds()));
        String senders = "camel.threadpool.config[" + SENDERS_PROFILE + "].";
        String concurrency = String.valueOf(settings.integer("txng.portal.max-concurrency"));
        camelOnly.setProperty(senders + "pool-size", concurrency);
        camelOnly.setProperty(senders + "max-pool-size", concurrency);
        // a queue, not caller-runs: a send and the split's next step wait together for a free sender (+1 for a pool of one)
        camelOnly.setProperty(senders + "max-queue-size", String.valueOf(settings.integer("txng.portal.max-concurrency") + 1));
        if (once) {
            // a one-shot command serves no probes, and must not take the port of a running adapter
            camelOnly.setProperty("camel.management.enabled", "false");
            camelOnly.setProperty("camel.metrics.enabled", "false");
            // one pass: poll the inbox often so the pass ends soon after the last file; the push runs once, below
            camelOnly.setProperty("txng.inbox.poll-delay", "250");
            camelOnly.setProperty("txng.inbox.initial-delay", "0");
            camelOnly.setProperty(SourceTemplates.REPEAT_COUNT, "1");
        }
        // a file endpoint's relative move goes below the folder it polls: the inbox route moves to this absolute one
        camelOnly.setProperty(DATA_DIR, settings.dataDir().toString());
        boolean httpInbox = usesHttpInbox(settings.routesPattern());
        boolean console = mode == Mode.SERVE && ConsoleSetup.enabled(settings);
        if (mode == Mode.SERVE) {
            // said once at start: a console that does not answer is most often one without a password
            if (console) {
                LOG.info("console: http://{}:{}/console/ (sign in as {})", ConsoleSetup.host(settings), settings.integer("txng.http.port"),
                        settings.get("txng.console.user"));
            } else {
                LOG.info("console: off ({} not set)", settings.nameOf("txng.console.password"));
            }
        }
        if (httpInbox || console) {
            // the embedded HTTP server (Vert.x) serves the HTTP inbox and the console; it listens only when one of them is on
            camelOnly.setProperty("camel.server.enabled", "true");
            camelOnly.setProperty("camel.server.port", Integer.toString(settings.integer("txng.http.port")));
            ConsoleSetup.bindHost(settings, httpInbox, console).ifPresent(host -> camelOnly.setProperty("camel.server.host", host));
        }
        if (httpInbox) {
            // an inbox body arrives whole before the route sees it: past 128 KB it waits on disk, not in the heap
            camelOnly.setProperty("camel.main.streamCachingSpoolEnabled", "true");
            camelOnly.setProperty("camel.main.streamCachingSpoolDirectory",
                    settings.dataDir().resolve("work").resolve("http-bodies").toString());
        }
        String routes = settings.routesPattern();
        main.configure().withRoutesIncludePattern(mode == Mode.PUSH
                ? routes.substring(0, routes.lastIndexOf('/') + 1) + PUSH_FLOW_ROUTES : routes);
        if (once) {
            main.configure().withRoutesExcludePattern("**/" + PUSH_SCHEDULE_ROUTES + ",**/" + CAPTURE_SCHEDULE_ROUTES);
        } else if (runtime.epcisCapture().isEmpty()) {
            // no EPCIS repository: its schedule's bean is not there, and nothing is to be captured
            main.configure().withRoutesExcludePattern("**/" + CAPTURE_SCHEDULE_ROUTES);
        }
        main.configure().withName("txng-adapter");
        // the environment and -D reach Camel Main as every key does, from the properties component that Settings
        // configures (env, then -D, then the files); Camel Main's own readers would rank -D above the environment
        // and skip every *_PORT variable (as a Kubernetes service link), CAMEL_MANAGEMENT_PORT included
        main.configure().setAutoConfigurationEnvironmentVariablesEnabled(false);
        main.configure().setAutoConfigurationSystemPropertiesEnabled(false);
        // the source templates ship in the jar: routes/ holds only their instances
        main.configure().addRoutesBuilder(new SourceTemplates(httpInbox));
        String node = settings.nodeName();
        this.sources = new SourceBook(runtime.dataSource(), Clock.systemUTC(), node, settings.duration("txng.sources.claim-lease"));
        if (mode == Mode.SERVE && Databases.isPostgres(settings)) {
            // several nodes share the database: the schedule too, so that each tick fires on one node
            main.bind("quartz", ClusteredSchedule.component(runtime.dataSource(), node, settings.duration("txng.node.checkin-interval")));
        }
        main.bind("scheduleFires", new ScheduleFires(runtime.dataSource(), node));
        main.bind("sourceBook", sources);
        main.bind("httpInbox", new HttpInbox(settings.dataDir().resolve("reports")));
        main.bind("outboxDataSource", runtime.dataSource());
        if (console) {
            main.configure().addRoutesBuilder(new ConsoleRoutes());
            main.bind("console", ConsoleSetup.console(settings, runtime, sources.states(), () -> main.getCamelContext()));
        }
        main.bind("inboxReadLock", ReadLockWatch.inbox(settings.duration("txng.inbox.min-age"), inboxReadLockTimeout(settings),
                INBOX_CHECK_INTERVAL, runtime.reports()));
        runtime.bindBeans(main);
    }

    /** txng.inbox.read-lock-timeout, or 2 x txng.inbox.min-age + 1 s: a quiet file passes, a file still written waits its next poll. */
    static Duration inboxReadLockTimeout(Settings settings) {
        if (settings.isSet("txng.inbox.read-lock-timeout")) {
            return settings.duration("txng.inbox.read-lock-timeout");
        }
        return settings.duration("txng.inbox.min-age").multipliedBy(2).plusSeconds(1);
    }

    /** `push`: one pass of the push flow on its own (no inbox, no schedule). */
    public static PushSummary pushOnce(Settings settings, AdapterRuntime runtime) throws Exception {
        CamelApp app = new CamelApp(settings, runtime, Mode.PUSH);
        app.start();
        try {
            return app.push();
        } finally {
            app.stop();
        }
    }

    /** One pass of the push flow in the running context. */
    public PushSummary push() {
        if (main.getCamelContext().getRoute(PUSH_FLOW_ROUTE_ID) == null) {
            // a routes folder of the user's own without the job files: say which file, not "no consumers on direct:..."
            throw new IllegalStateException("the routes folder (" + settings.routesPattern() + ") has no " + PUSH_FLOW_ROUTES
                    + ", the push flow: copy it (with push-schedule.camel.yaml) from the project's routes/ folder");
        }
        return main.getCamelContext().createFluentProducerTemplate().to(PUSH_FLOW).request(PushSummary.class);
    }

    /**
     * Runs every route until the process gets SIGTERM or Ctrl-C, then stops gracefully: the push
     * pass in progress finishes its calls in flight (Camel waits up to txng.shutdown.timeout),
     * records them, puts back what it claimed and did not send, and the process exits 0.
     */
    public void runForever() throws Exception {
        // the JVM's own handling of SIGTERM exits 143 whatever the hooks do; this one lets run() return and the command exit 0
        sun.misc.SignalHandler stop = signal -> requestStop();
        sun.misc.Signal.handle(new sun.misc.Signal("TERM"), stop);
        sun.misc.Signal.handle(new sun.misc.Signal("INT"), stop);
        main.run();
    }

    /** The sources the routes folder instantiated, with their state. */
    public SourceBook sources() {
        return sources;
    }

    /** Stops pushing at once and lets {@link #runForever()} stop the routes and return. */
    public void requestStop() {
        LOG.info("stopping: the push pass in progress finishes its calls in flight and puts back the rest");
        runtime.stopPushing();
        main.completed();
    }

    /** Starts the routes, waits until the inbox is drained and every source polled once, pushes once, and stops. */
    public PushSummary runOnce() throws Exception {
        return runOnce(true);
    }

    /**
     * As {@link #runOnce()}; with {@code push} false it only ingests (the summary then counts nothing
     * sent). Afterwards {@link #unreadFiles()} and {@link #outOfTime()} tell what the pass left.
     */
    public PushSummary runOnce(boolean push) throws Exception {
        main.start();
        try {
            outOfTime = !waitForInboxDrain(main.getCamelContext());
            return push ? push() : new PushSummary();
        } finally {
            main.stop();
            // once the routes are stopped: what is still in the inbox or claimed and unconfirmed was not read
            String maxWait = settings.get("txng.once.max-wait");
            List<UnreadFile> left = new ArrayList<>(InboxLeftovers.list(settings.inboxDir(), settings.duration("txng.inbox.min-age"),
                    outOfTime, maxWait, Instant.now(), runtime.reports()));
            left.addAll(sources.unreadFiles(outOfTime, maxWait, runtime.reports()));
            unreadFiles = List.copyOf(left);
        }
    }

    /** After {@link #runOnce}: the files it left unread in the inbox and the sources, each with why. */
    public List<UnreadFile> unreadFiles() {
        return unreadFiles;
    }

    /** After {@link #runOnce}: true when it stopped waiting for the inbox and the sources after txng.once.max-wait. */
    public boolean outOfTime() {
        return outOfTime;
    }

    /** Visible for tests: the running context (after {@link #start()}). */
    public CamelContext context() {
        return main.getCamelContext();
    }

    public void start() throws Exception {
        main.start();
    }

    public void stop() throws Exception {
        main.stop();
    }

    /** False when txng.once.max-wait ran out first. */
    private boolean waitForInboxDrain(CamelContext context) throws InterruptedException {
        Path inbox = settings.inboxDir();
        Instant deadline = Instant.now().plus(settings.duration("txng.once.max-wait"));
        int quietChecks = 0;
        while (quietChecks < 3) {
            if (Instant.now().isAfter(deadline)) {
                LOG.warn("the inbox {} did not drain, or a source did not finish its poll, within txng.once.max-wait;"
                        + " pushing what is staged so far", inbox);
                return false;
            }
            Thread.sleep(DRAIN_CHECK.toMillis());
            boolean quiet = waitingFiles(inbox, runtime.reports()) == 0 && sources.everySourcePolled(1)
                    && context.getInflightRepository().size() == 0;
            quietChecks = quiet ? quietChecks + 1 : 0;
        }
        return true;
    }

    /** True when a route file of the folder the pattern names instantiates {@code txng-http-inbox} (the jar's never does). */
    static boolean usesHttpInbox(String routesPattern) {
        if (!routesPattern.startsWith("file:")) {
            return false;
        }
        Path dir = Path.of(routesPattern.substring("file:".length())).getParent();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".camel.yaml")).anyMatch(f -> {
                try {
                    return Files.readString(f).contains(SourceTemplates.HTTP_INBOX_TEMPLATE);
                } catch (IOException e) {
                    return false;
                }
            });
        } catch (IOException e) {
            LOG.warn("cannot list the routes folder {}: {}", dir, e.getMessage());
            return false;
        }
    }

    /**
     * Files the inbox route would still pick up: not hidden files nor Camel's lock files, nor those whose read lock
     * gave up (they wait for the next poll, which this run does not wait for).
     */
    static long waitingFiles(Path inbox, FileReportWriter reports) {
        return InboxLeftovers.waiting(inbox).stream()
                .filter(file -> reports.lockGaveUp(FileReportWriter.INBOX_SOURCE, file.getFileName().toString()) == null).count();
    }
}
