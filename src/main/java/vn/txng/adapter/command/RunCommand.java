package vn.txng.adapter.command;

import vn.txng.adapter.capture.CaptureSummary;

import vn.txng.adapter.push.PushSummary;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.txng.adapter.ingest.RefusedFile;
import vn.txng.adapter.outbox.DeliveryState;
import vn.txng.adapter.app.AdapterRuntime;
import vn.txng.adapter.app.CamelApp;
import vn.txng.adapter.app.PortalConnection;
import vn.txng.adapter.app.Settings;
import vn.txng.adapter.ingest.UnreadFile;

@Command(name = "run", description = {"Starts every route in routes/ and runs until stopped.",
        "With --once: ingests what waits in the sources, pushes what is pending, prints a summary and exits with",
        "0: every file read, every record delivered or rejected as data;",
        "2: records left pending for a later retry;",
        "3: the connection to the portal is not working, see the STOPPED line; nothing was rejected for it;",
        "4: a source could not be reached; the others were still read and the push still ran;",
        "5: some files were refused whole (moved to failed) or left unread (still being written, read lock gave up,"
                + " txng.once.max-wait ran out); the summary names each with why.",
        "When several apply, the first of 3, 4, 5, 2 wins: the widest fault first, and a fault a person must fix"
                + " before records the next pass retries by itself.",
        "With --no-push: never 2 (records left pending are what it is for), and no push line."})
public final class RunCommand implements Callable<Integer> {

    static final int LEFT_PENDING = 2;
    /** The push stopped on a fault of the connection (credentials, host, TLS, path, organisation not activated). */
    public static final int CONNECTION_FAILED = 3;
    public static final int SOURCE_UNREACHABLE = 4;
    /** A file was refused whole (its report's fatal error) or left unread (still being written, its lock gave up, out of time). */
    public static final int FILES_NOT_READ = 5;

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
            return once(app, runtime, !noPush, System.out);
        }
    }

    /** {@code run --once} on {@code app}: one pass, its summary on {@code out}; returns the exit code ({@link #onceExitCode}). */
    public static int once(CamelApp app, AdapterRuntime runtime, boolean push, PrintStream out) throws Exception {
        PushSummary summary = app.runOnce(push);
        printFiles(runtime, out);
        boolean filesNotRead = printFilesNotRead(runtime, app, push, out);
        int pushCode = printPush(runtime, push ? summary : null, out);
        if (push) {
            capture(runtime, out);
        }
        return onceExitCode(pushCode, !push, SourcesReport.printUnreachable(app.sources(), out), filesNotRead);
    }

    /**
     * One capture pass to the EPCIS repository, when one is configured, and its summary on {@code out}: after the
     * portal's push, which never waits for it. Its outcome leaves the exit code alone (the codes are the portal's).
     */
    public static void capture(AdapterRuntime runtime, PrintStream out) {
        runtime.epcisCapture().ifPresent(capture -> {
            CaptureSummary summary = capture.pass();
            out.println(summary);
            out.println("  epcis: " + StatusCommand.formatCaptures(runtime.outbox().captureLedger(capture.repository().id()).counts()));
        });
    }

    /** {@code push}'s summary: the files line, then the push's. Returns {@link #exitCode}. */
    public static int printSummary(AdapterRuntime runtime, PushSummary summary) {
        printFiles(runtime, System.out);
        return printPush(runtime, summary, System.out);
    }

    private static void printFiles(AdapterRuntime runtime, PrintStream out) {
        out.println("TXNG Adapter: " + runtime.portal().describe());
        out.println("files: " + runtime.reports().processedCount() + " processed, " + runtime.reports().failedCount()
                + " failed (reports in " + runtime.settings().dataDir().resolve("reports") + ")");
        runtime.reports().summaries().forEach(line -> out.println("  " + line));
    }

    /** Names each file refused whole and each left unread, with why; true when there was one, or when the run stopped waiting after txng.once.max-wait. */
    private static boolean printFilesNotRead(AdapterRuntime runtime, CamelApp app, boolean push, PrintStream out) {
        List<RefusedFile> refused = runtime.reports().refusedFiles();
        long failed = runtime.reports().failedCount();
        if (failed > 0) {
            out.println("refused whole (moved to the failed folder; fix each file and drop it again):");
            refused.forEach(file -> out.println("  " + file));
            if (failed > refused.size()) {
                out.println("  ... and " + (failed - refused.size()) + " more, in the reports");
            }
        }
        List<UnreadFile> unread = app.unreadFiles();
        if (!unread.isEmpty()) {
            out.println("not read (left where they were; the next run tries them again):");
            unread.forEach(file -> out.println("  " + file));
        }
        if (app.outOfTime()) {
            out.println("stopped waiting after txng.once.max-wait (" + runtime.settings().get("txng.once.max-wait")
                    + "): the files and sources not done by then are above; what was staged by then was "
                    + (push ? "pushed" : "kept for the next push"));
        }
        return failed > 0 || !unread.isEmpty() || app.outOfTime();
    }

    /** The push's part of a summary ({@code summary} null: the push was skipped), then the outbox; returns {@link #exitCode}. */
    private static int printPush(AdapterRuntime runtime, PushSummary summary, PrintStream out) {
        if (summary == null) {
            out.println("not pushed (--no-push): staged records wait in the outbox for `push` or the schedule");
        } else {
            out.println(summary);
            summary.deliveredList().forEach(line -> out.println("  delivered " + line));
            summary.problems().forEach(line -> out.println("  " + line));
        }
        Map<DeliveryState, Long> counts = runtime.outbox().counts();
        out.println("outbox: " + StatusCommand.format(counts));
        // held records wait for a file to complete them, not for a retry: running again would not help
        long left = counts.getOrDefault(DeliveryState.PENDING, 0L) + counts.getOrDefault(DeliveryState.RETRY, 0L)
                + counts.getOrDefault(DeliveryState.IN_FLIGHT, 0L);
        if (runtime.portal().sandboxMode()) {
            out.println(PortalConnection.SANDBOX_NOTICE);
        }
        return summary == null ? 0 : exitCode(summary, left);
    }

    /**
     * The exit code of `run --once`, ranked 3 (portal connection) > 4 (a source unreachable) > 5 (files
     * refused whole or left unread) > 2 (left for retry) > 0: a fault that stops everything before one
     * that stops a whole source, before one of single files, and each of those (a person must act)
     * before records the next pass retries by itself. Without the push the records left pending are
     * what `--no-push` is for, so only a source or a file can make it fail.
     */
    static int onceExitCode(int summaryCode, boolean noPush, boolean sourceUnreachable, boolean filesNotRead) {
        int pushCode = noPush ? 0 : summaryCode;
        if (pushCode == CONNECTION_FAILED) {
            return CONNECTION_FAILED;
        }
        if (sourceUnreachable) {
            return SOURCE_UNREACHABLE;
        }
        return filesNotRead ? FILES_NOT_READ : pushCode;
    }

    /** 3 when the connection failed, else 2 when records are left for a retry, else 0. */
    public static int exitCode(PushSummary summary, long leftPending) {
        if (summary.wasStoppedByConnection()) {
            return CONNECTION_FAILED;
        }
        return leftPending == 0 ? 0 : LEFT_PENDING;
    }
}
