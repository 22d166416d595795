package vn.txng.adapter.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Boots Camel Main with the YAML routes and the adapter's beans. {@link #runForever()} serves until
 * the process is stopped; {@link #runOnce()} ingests what waits in the inbox, pushes, and stops.
 */
public final class CamelApp {

    private static final Logger LOG = LoggerFactory.getLogger(CamelApp.class);
    private static final Duration DRAIN_CHECK = Duration.ofMillis(200);
    /** The route file of the push schedule, left out of a one-pass run. */
    static final String PUSH_SCHEDULE_ROUTES = "push-portal.camel.yaml";

    private final Settings settings;
    private final AdapterRuntime runtime;
    private final Main main = new Main();

    public CamelApp(Settings settings, AdapterRuntime runtime, boolean once) {
        this.settings = settings;
        this.runtime = runtime;
        Properties properties = settings.forCamel();
        if (once) {
            // one pass: poll the inbox often so the pass ends soon after the last file; the push runs once, below
            properties.setProperty("txng.inbox.poll-delay", "250");
        }
        main.setOverrideProperties(properties);
        main.configure().withRoutesIncludePattern(settings.routesPattern());
        if (once) {
            main.configure().withRoutesExcludePattern("**/" + PUSH_SCHEDULE_ROUTES);
        }
        main.configure().withName("txng-adapter");
        main.bind("outboxDataSource", runtime.dataSource());
        main.bind("recordReaders", runtime.readers());
        main.bind("identifierNormalizer", runtime.normalizer());
        main.bind("outboxStaging", runtime.staging());
        main.bind("fileReports", runtime.reports());
        main.bind("portalPush", runtime.push());
    }

    /** Runs every route until the process gets SIGTERM or Ctrl-C. */
    public void runForever() throws Exception {
        main.run();
    }

    /** Starts the routes, waits until the inbox is drained, pushes once, and stops. */
    public PushSummary runOnce() throws Exception {
        return runOnce(true);
    }

    /** As {@link #runOnce()}; with {@code push} false it only ingests (the summary then counts nothing sent). */
    public PushSummary runOnce(boolean push) throws Exception {
        main.start();
        try {
            waitForInboxDrain(main.getCamelContext());
        } finally {
            main.stop();
        }
        return push ? runtime.push().pushPending() : new PushSummary();
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

    private void waitForInboxDrain(CamelContext context) throws InterruptedException {
        Path inbox = settings.inboxDir();
        Instant deadline = Instant.now().plus(settings.duration("txng.once.max-wait"));
        int quietChecks = 0;
        while (quietChecks < 3) {
            if (Instant.now().isAfter(deadline)) {
                LOG.warn("the inbox {} did not drain within txng.once.max-wait; pushing what is staged so far", inbox);
                return;
            }
            Thread.sleep(DRAIN_CHECK.toMillis());
            boolean quiet = waitingFiles(inbox) == 0 && context.getInflightRepository().size() == 0;
            quietChecks = quiet ? quietChecks + 1 : 0;
        }
    }

    /** Files the inbox route would still pick up (hidden files and Camel's lock files are not). */
    static long waitingFiles(Path inbox) {
        if (!Files.isDirectory(inbox)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(inbox)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith(".") && !name.endsWith(".camelLock"))
                    .count();
        } catch (IOException e) {
            LOG.warn("cannot list the inbox {}: {}", inbox, e.getMessage());
            return 0;
        }
    }
}
