package vn.txng.adapter.ops;

import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.outbox.OutboxException;

/**
 * Health check {@code txng/database}: UP while the outbox database answers a query; DOWN with the
 * database's own message when it does not. Readiness only: restarting the adapter does not bring a
 * database back.
 */
public final class DatabaseHealthCheck extends AbstractHealthCheck {

    private final Outbox outbox;
    private final String database;

    /** @param database where the outbox is, for the details (the JDBC URL without its options, no credentials) */
    public DatabaseHealthCheck(Outbox outbox, String database) {
        super("txng", "database");
        this.outbox = outbox;
        this.database = database;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("database", database);
        try {
            outbox.ping();
            builder.up();
        } catch (OutboxException unreachable) {
            builder.message("the outbox database does not answer (" + unreachable.getMessage() + ")").down();
        }
    }
}
