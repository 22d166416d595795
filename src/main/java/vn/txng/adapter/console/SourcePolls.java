package vn.txng.adapter.console;

import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Route;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * Polls a source now rather than at its next scheduled poll: a source polled by a scheduled consumer (file, FTP,
 * SFTP, the HTTP inbox's spool) runs one poll on its own scheduler's thread, so it never overlaps a scheduled one;
 * an HTTP source (a timer) has its route restarted, which fetches at once.
 */
public final class SourcePolls {

    private final java.util.function.Supplier<CamelContext> context;

    /** {@code context}: the running context, asked for at each poll (the console is made before Camel starts). */
    public SourcePolls(java.util.function.Supplier<CamelContext> context) {
        this.context = context;
    }

    /** True when the source's route was found and asked to poll; its outcome shows in the source's state. */
    public boolean pollNow(String sourceId) {
        CamelContext camel = context.get();
        Object monitor = camel.getRegistry().lookupByName("txng-source-" + sourceId);
        for (Route route : camel.getRoutes()) {
            Consumer consumer = route.getConsumer();
            if (monitor != null && consumer instanceof ScheduledPollConsumer scheduled && scheduled.getPollStrategy() == monitor
                    && scheduled.getScheduledExecutorService() != null) {
                scheduled.getScheduledExecutorService().execute(scheduled);
                return true;
            }
            if (route.getEndpoint().getEndpointUri().startsWith("timer://txng-http-" + sourceId)) {
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
