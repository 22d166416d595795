package vn.txng.adapter.command;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import vn.txng.adapter.source.SourceBook;
import vn.txng.adapter.source.SourceMonitor;
import vn.txng.adapter.source.SourceStates;

/** The sources' part of {@code status} and of {@code run --once}'s summary. */
final class SourcesReport {

    private SourcesReport() {
    }

    /** {@code status}: each source with its last poll, last file processed and last error. */
    static void print(DataSource dataSource, PrintStream out) {
        List<SourceStates.Row> rows = new SourceStates(dataSource).list();
        if (rows.isEmpty()) {
            return;
        }
        out.println("sources:");
        for (SourceStates.Row row : rows) {
            out.println("  " + row.sourceId() + " (" + row.template() + ", " + row.location() + ")"
                    + (row.failingSince() != null ? " FAILING since " + row.failingSince() : ""));
            out.println("    last poll: " + orNone(row.lastPollAt()));
            out.println("    last file: " + (row.lastFile() == null ? "none" : row.lastFile() + " at " + row.lastFileAt()));
            out.println("    last error: " + (row.lastError() == null ? "none" : row.lastErrorAt() + ": " + row.lastError()));
        }
    }

    /** {@code run --once}: names each source whose poll failed; true when there was one. */
    static boolean printUnreachable(SourceBook sources, PrintStream out) {
        List<SourceMonitor> failing = sources.failing();
        for (SourceMonitor source : failing) {
            out.println("source " + source.sourceId() + " could not be read (" + source.location() + "): " + source.lastError());
        }
        return !failing.isEmpty();
    }

    private static String orNone(Instant instant) {
        return instant == null ? "none" : instant.toString();
    }
}
