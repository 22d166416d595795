package vn.txng.adapter.app;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import picocli.CommandLine.Command;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.outbox.DeliveryState;

@Command(name = "status", description = "Outbox counts by delivery state, the last delivery and the last error.")
final class StatusCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        Settings settings = Settings.load();
        DataSource dataSource = Databases.dataSource(settings);
        try {
            Outbox outbox = Outbox.open(dataSource);
            System.out.println("portal: " + (settings.sandboxMode() ? "SANDBOX (no txng.portal.client-id set)" : settings.get("txng.portal.api-base")));
            System.out.println("outbox: " + format(outbox.counts()));
            System.out.println("last delivery: " + outbox.lastDeliveryAt().map(Object::toString).orElse("none"));
            System.out.println("last error: " + outbox.lastError().orElse("none"));
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
