package vn.txng.adapter.command;

import vn.txng.adapter.push.PushSummary;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.txng.adapter.outbox.DeliveryState;
import vn.txng.adapter.app.AdapterRuntime;
import vn.txng.adapter.app.CamelApp;
import vn.txng.adapter.app.PortalConnection;
import vn.txng.adapter.app.Settings;

@Command(name = "run", description = {"Starts every route in routes/ and runs until stopped.",
        "With --once: ingests what waits in the sources, pushes what is pending, prints a summary and exits",
        "(with --no-push: 0 once everything is staged;",
        "0: everything delivered or rejected as data; 2: records left pending for a later retry;",
        "3: the connection to the portal is not working, see the STOPPED line; nothing was rejected for it;",
        "4: a source could not be reached; the others were still read and the push still ran)."})
public final class RunCommand implements Callable<Integer> {

    static final int LEFT_PENDING = 2;
    /** The push stopped on a fault of the connection (credentials, host, TLS, path, organisation not activated). */
    public static final int CONNECTION_FAILED = 3;
    public static final int SOURCE_UNREACHABLE = 4;

    @Option(names = "--once", description = "one pass, then exit")
    boolean once;

    @Option(names = "--no-push", description = "with --once: ingest and stage only; push later with `push` or the schedule")
    boolean noPush;

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.load();
        try (AdapterRuntime runtime = AdapterRuntime.start(settings)) {
            CamelApp app = new CamelApp(settings, runtime, once);
            if (!once) {
                app.runForever();
                return 0;
            }
            PushSummary summary = app.runOnce(!noPush);
            int summaryCode = printSummary(runtime, summary);
            return onceExitCode(summaryCode, noPush, SourcesReport.printUnreachable(app.sources(), System.out));
        }
    }

    public static int printSummary(AdapterRuntime runtime, PushSummary summary) {
        System.out.println("TXNG Adapter: " + runtime.portal().describe());
        System.out.println("files: " + runtime.reports().processedCount() + " processed, " + runtime.reports().failedCount()
                + " failed (reports in " + runtime.settings().dataDir().resolve("reports") + ")");
        runtime.reports().summaries().forEach(line -> System.out.println("  " + line));
        System.out.println(summary);
        summary.deliveredList().forEach(line -> System.out.println("  delivered " + line));
        summary.problems().forEach(line -> System.out.println("  " + line));
        Map<DeliveryState, Long> counts = runtime.outbox().counts();
        System.out.println("outbox: " + StatusCommand.format(counts));
        // held records wait for a file to complete them, not for a retry: running again would not help
        long left = counts.getOrDefault(DeliveryState.PENDING, 0L) + counts.getOrDefault(DeliveryState.RETRY, 0L)
                + counts.getOrDefault(DeliveryState.IN_FLIGHT, 0L);
        if (runtime.portal().sandboxMode()) {
            System.out.println(PortalConnection.SANDBOX_NOTICE);
        }
        return exitCode(summary, left);
    }

    /**
     * The exit code of `run --once`, ranked 3 (portal connection) > 4 (a source unreachable) > 2 (left
     * for retry) > 0. Without the push the records left pending are what `--no-push` is for, so only a
     * source can make it fail.
     */
    static int onceExitCode(int summaryCode, boolean noPush, boolean sourceUnreachable) {
        int pushCode = noPush ? 0 : summaryCode;
        if (pushCode == CONNECTION_FAILED) {
            return CONNECTION_FAILED;
        }
        return sourceUnreachable ? SOURCE_UNREACHABLE : pushCode;
    }

    /** 3 when the connection failed, else 2 when records are left for a retry, else 0. */
    public static int exitCode(PushSummary summary, long leftPending) {
        if (summary.wasStoppedByConnection()) {
            return CONNECTION_FAILED;
        }
        return leftPending == 0 ? 0 : LEFT_PENDING;
    }
}
