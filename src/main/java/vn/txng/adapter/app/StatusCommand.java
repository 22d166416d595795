package vn.txng.adapter.app;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import picocli.CommandLine.Command;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.outbox.OutboxRow;
import vn.txng.adapter.outbox.DeliveryState;

@Command(name = "status", description = "Outbox counts by delivery state, the last delivery, the last error, the records rejected and held.")
final class StatusCommand implements Callable<Integer> {

    private static final int LISTED = 20;

    @Override
    public Integer call() {
        return print(Settings.load(), System.out);
    }

    static int print(Settings settings, PrintStream out) {
        DataSource dataSource = Databases.dataSource(settings);
        try {
            Outbox outbox = Outbox.open(dataSource);
            out.println("portal: " + (settings.sandboxMode() ? "SANDBOX (no txng.portal.client-id set)" : settings.get("txng.portal.api-base")));
            out.println("outbox: " + format(outbox.counts()));
            out.println("last delivery: " + outbox.lastDeliveryAt().map(Object::toString).orElse("none"));
            out.println("last error: " + outbox.lastError().orElse("none"));
            List<OutboxRow> rejected = outbox.list(DeliveryState.REJECTED, LISTED);
            if (!rejected.isEmpty()) {
                out.println("rejected by the portal (first " + LISTED + "; a changed record is sent again):");
                rejected.forEach(row -> out.println("  " + row.kind().name().toLowerCase() + " " + row.businessKey()
                        + ": " + row.rejectCode() + ": " + row.rejectReason()));
            }
            List<OutboxRow> held = outbox.list(DeliveryState.HELD, LISTED);
            if (!held.isEmpty()) {
                out.println("held, not sent until a file completes the product (first " + LISTED + "):");
                held.forEach(row -> out.println("  " + row.kind().name().toLowerCase() + " " + row.businessKey()
                        + ": " + row.rejectCode() + ": " + row.rejectReason()));
            }
            SourcesReport.print(dataSource, out);
            return 0;
        } finally {
            Databases.close(dataSource);
        }
    }

    static String format(Map<DeliveryState, Long> counts) {
        return Stream.of(DeliveryState.values())
                .map(state -> state.name().toLowerCase().replace('_', '-') + " " + counts.getOrDefault(state, 0L))
                .collect(Collectors.joining(", "));
    }
}
