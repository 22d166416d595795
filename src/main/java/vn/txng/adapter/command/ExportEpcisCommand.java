package vn.txng.adapter.command;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javax.sql.DataSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.txng.adapter.app.Databases;
import vn.txng.adapter.capture.StagedEpcisEvents;
import vn.txng.adapter.app.Settings;
import vn.txng.adapter.epcis.EpcisDocumentWriter;
import vn.txng.adapter.epcis.EpcisJsonWriter;
import vn.txng.adapter.epcis.EpcisXmlWriter;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.outbox.Outbox;

@Command(name = "export-epcis", description = {"Writes the staged events, and for every staged lot an ObjectEvent ADD / commissioning with its ILMD,",
        "as one EPCIS 2.0 document (JSON-LD, or XML with --xml) to standard output or --out FILE: a file for a buyer",
        "who wants GS1 EPCIS. With --from/--to, only the events of that time range and the lots produced in it."})
public final class ExportEpcisCommand implements Callable<Integer> {

    /** Rows per outbox query: what the export holds in memory at most. */
    private static final int PAGE = 500;

    @Option(names = "--xml", description = "EPCIS 2.0 XML (urn:epcglobal:epcis:xsd:2) instead of JSON-LD")
    boolean xml;

    @Option(names = "--out", paramLabel = "FILE", description = "write the document to FILE (written whole or not at all) instead of standard output")
    Path out;

    @Option(names = "--from", paramLabel = "WHEN", converter = ExportRange.BoundConverter.class,
            description = {"only events from this time on: a date-time with its offset (2026-11-21T08:00:00+07:00) or a date",
                    "(2026-11-21, from the start of that day in txng.events.time-zone); lots produced on or after its day"})
    ExportRange.Bound from;

    @Option(names = "--to", paramLabel = "WHEN", converter = ExportRange.BoundConverter.class,
            description = "only events up to this time (a date: to the end of that day), lots produced up to its day")
    ExportRange.Bound to;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Supplier<Settings> settings;
    private final PrintStream stdout;

    /** As the jar runs it: the settings of the environment, the document on standard output. */
    public ExportEpcisCommand() {
        this(Settings::load, System.out);
    }

    private ExportEpcisCommand(Supplier<Settings> settings, PrintStream stdout) {
        this.settings = settings;
        this.stdout = stdout;
    }

    /**
     * Runs {@code export-epcis args} on these settings, the document (without {@code --out}) on {@code stdout}: the
     * command's exit code, 2 for a wrong option (picocli's message on standard error).
     */
    public static int run(Settings settings, PrintStream stdout, String... args) {
        CommandLine line = new CommandLine(new ExportEpcisCommand(() -> settings, stdout));
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("error: " + e.getMessage());
            return 1;
        });
        return line.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        Settings current = settings.get();
        ExportRange range = new ExportRange(from, to, current.eventTimeZone());
        try {
            range.check();
        } catch (java.time.DateTimeException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (out == null) {
            // the summary goes to standard error: standard output is the document
            Counts counts = export(current, range, stdout);
            System.err.println(counts.summary(range, "standard output"));
            return 0;
        }
        Path partial = out.resolveSibling(out.getFileName() + ".part");
        Counts counts;
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial))) {
            counts = export(current, range, file);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        stdout.println(counts.summary(range, out.toString()));
        return 0;
    }

    /**
     * How many lot commissionings and events the document holds, how many of those events commission their one lot
     * (with its ILMD), and how many lots and events the outbox has in all.
     */
    record Counts(long lots, long events, long productions, long stagedLots, long stagedEvents) {
        String summary(ExportRange range, String where) {
            if (stagedLots + stagedEvents == 0) {
                return "the outbox holds no lots or events: the EPCIS document written to " + where + " has no events"
                        + " (stage ERP files first: `run --once --no-push`, or `run`)";
            }
            return "wrote " + (lots + events) + " EPCIS events to " + where + ": " + events + " of " + stagedEvents + " staged events, "
                    + (lots + productions) + " lot commissionings of " + stagedLots + " staged lots (" + productions
                    + " of them the lot's production event, with its ILMD; " + lots + " of their own) (" + range.describe() + ")";
        }
    }

    private Counts export(Settings settings, ExportRange range, OutputStream target) throws IOException {
        ZoneId zone = settings.eventTimeZone();
        OffsetDateTime now = OffsetDateTime.now(zone).truncatedTo(ChronoUnit.SECONDS);
        DataSource dataSource = Databases.dataSource(settings);
        try (EpcisDocumentWriter writer = xml ? EpcisXmlWriter.open(target, now) : EpcisJsonWriter.open(target, now)) {
            Outbox outbox = Databases.openOutbox(settings, dataSource);
            long[] lots = {0};
            long[] productions = {0};
            StagedEpcisEvents.Walked walked = StagedEpcisEvents.walk(outbox, PAGE, zone, (version, event) -> {
                boolean inRange = version.record() instanceof EventRecord staged ? range.contains(staged.time())
                        : range.containsDay(((LotRecord) version.record()).productionDate());
                if (event != null && inRange) {
                    write(writer, event);
                    lots[0] += version.record() instanceof LotRecord ? 1 : 0;
                    // a production event of one lot is that lot's commissioning: it carries the lot's ILMD
                    productions[0] += version.record() instanceof EventRecord && !event.ilmd().isEmpty() ? 1 : 0;
                }
            });
            return new Counts(lots[0], writer.written() - lots[0], productions[0], walked.lots(), walked.events());
        } finally {
            Databases.close(settings, dataSource);
        }
    }

    private static void write(EpcisDocumentWriter writer, vn.txng.adapter.epcis.EpcisEvent event) {
        try {
            writer.write(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
