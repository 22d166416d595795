package vn.txng.adapter.command;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.lang.management.MemoryType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.txng.adapter.app.Settings;

/** {@code java -jar txng-adapter.jar COMMAND}: the adapter's command line. */
@Command(name = "txng-adapter", mixinStandardHelpOptions = true, version = "TXNG Adapter 0.1.0 (portal profile txng-v5)",
        description = "Moves product and lot records from ERP files to Vietnam's National Product Traceability Portal.",
        subcommands = {RunCommand.class, ValidateCommand.class, IdentifiersCommand.class, PushCommand.class, StatusCommand.class,
                SandboxCommand.class, CheckCommand.class, RetryCommand.class, ExportEpcisCommand.class})
public final class TxngCommand implements Runnable {

    private static final String JUL_MANAGER = "java.util.logging.manager";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // java.util.logging (StAEDI writes through it) into Log4j, so its lines follow log4j2.properties instead of
        // going to standard error in JUL's own format; set before any JUL logger exists (a user's -D wins)
        if (System.getProperty(JUL_MANAGER) == null) {
            System.setProperty(JUL_MANAGER, "org.apache.logging.log4j.jul.LogManager");
        }
        // H2's object cache interns every value it is given, hashing each staged payload twice: 5% of
        // the CPU of staging a large file, for no use here (set before any H2 class loads; a user's -D wins)
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
        applyLogFormat();
        HeapPeak heapPeak = Boolean.getBoolean("txng.print-peak-heap") ? HeapPeak.start() : null;
        int status = execute(args);
        if (heapPeak != null) {
            System.err.println(heapPeak.stop());
        }
        System.exit(status);
    }

    /** txng.log.format=json: the console as one ECS JSON object per line (log4j2-json.properties); text otherwise. */
    static void applyLogFormat() {
        String format = Settings.load().get("txng.log.format").strip();
        if (format.equalsIgnoreCase("json")) {
            try {
                org.apache.logging.log4j.core.config.Configurator.reconfigure(
                        TxngCommand.class.getResource("/log4j2-json.properties").toURI());
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException("log4j2-json.properties is missing from the jar", e);
            }
        } else if (!format.isEmpty() && !format.equalsIgnoreCase("text")) {
            System.err.println("txng.log.format must be text or json, not '" + format + "': logging as text");
        }
    }

    public static int execute(String... args) {
        // Vietnamese names in reports and summaries: print UTF-8 whatever the locale
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        CommandLine line = new CommandLine(new TxngCommand());
        // `retry --kind event` as well as EVENT
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // a setting or environment problem: say what is wrong, without a stack trace
            cmd.getErr().println("error: " + e.getMessage());
            return 1;
        });
        return line.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
