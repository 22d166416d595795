package vn.txng.adapter.ops;

import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Health check {@code txng/portal}: the portal connection as the last push pass saw it (never a
 * call of its own). Always UP, since the adapter still ingests and stages while the portal is
 * down; its message (and details) say {@code connection DOWN} with the fault that stopped the last
 * pass, or {@code UP}, or {@code UNKNOWN} before the first pass. Readiness only.
 */
public final class PortalHealthCheck extends AbstractHealthCheck {

    private final LastPass lastPass;
    private final String portal;

    /** @param portal the configured portal target, as status names it (no secret) */
    public PortalHealthCheck(LastPass lastPass, String portal) {
        super("txng", "portal");
        this.lastPass = lastPass;
        this.portal = portal;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("portal", portal);
        LastPass.Seen seen = lastPass.seen();
        builder.detail("connection", seen.connection());
        if (seen.at() != null) {
            builder.detail("last.pass.at", seen.at().toString());
        }
        if (seen.fault() != null) {
            builder.detail("last.fault", seen.fault());
        }
        // the message shows in /observe/health without ?data=true, which the details need
        builder.message(switch (seen.connection()) {
            case "DOWN" -> "connection DOWN: the last push pass (" + seen.at() + ") stopped: " + seen.fault();
            case "UP" -> "connection UP at the last push pass (" + seen.at() + ")";
            default -> "connection UNKNOWN: no push pass yet";
        });
        builder.up();
    }
}
