package vn.txng.adapter.console;

import java.util.function.Supplier;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * Polls a source now rather than at its next scheduled poll, by restarting its route: a restart clears the back-off
 * a failing source keeps (FTP, FTPS, SFTP skip polls after an error) and polls after the consumer's initial delay
 * (1 s for a file server; at once for an HTTP source's timer). Camel stops the route gracefully: a file being read
 * is finished first.
 */
public final class SourcePolls {

    private final Supplier<CamelContext> context;

    /** {@code context}: the running context, asked for at each poll (the console is made before Camel starts). */
    public SourcePolls(Supplier<CamelContext> context) {
        this.context = context;
    }

    /** True when the source's route was found and restarted; the poll's outcome shows in the source's state. */
    public boolean pollNow(String sourceId) {
        CamelContext camel = context.get();
        Object monitor = camel.getRegistry().lookupByName("txng-source-" + sourceId);
        for (Route route : camel.getRoutes()) {
            boolean polledByMonitor = monitor != null && route.getConsumer() instanceof ScheduledPollConsumer scheduled
                    && scheduled.getPollStrategy() == monitor;
            if (polledByMonitor || route.getEndpoint().getEndpointUri().startsWith("timer://txng-http-" + sourceId)) {
                try {
                    camel.getRouteController().stopRoute(route.getRouteId());
                    camel.getRouteController().startRoute(route.getRouteId());
                    return true;
                } catch (Exception e) {
                    throw new IllegalStateException("cannot restart the route of source " + sourceId + ": " + e.getMessage(), e);
                }
            }
        }
        return false;
    }
}
