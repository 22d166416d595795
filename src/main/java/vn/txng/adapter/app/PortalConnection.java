package vn.txng.adapter.app;

import java.net.URI;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.txng.adapter.portal.PortalClient;
import vn.txng.adapter.portal.PortalConfig;
import vn.txng.adapter.portal.Secret;
import vn.txng.adapter.portal.sandbox.SandboxServer;

/**
 * Where records go: the configured portal, or, when no client id is set, a sandbox portal started
 * in this process, which the adapter announces loudly because nothing then reaches the national
 * portal.
 */
public final class PortalConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PortalConnection.class);
    public static final String SANDBOX_NOTICE =
            "SANDBOX: no " + Settings.bothNames("txng.portal.client-id") + " is set, so records go to the adapter's built-in sandbox portal; NOTHING is sent to the national portal";

    private final PortalClient client;
    private final SandboxServer sandbox;
    private final URI apiBase;
    private final PortalConfig config;

    private PortalConnection(PortalConfig config, SandboxServer sandbox, URI apiBase) {
        this.config = config;
        this.client = PortalClient.create(config);
        this.sandbox = sandbox;
        this.apiBase = apiBase;
    }

    public static PortalConnection open(Settings settings) {
        Duration timeout = settings.duration("txng.portal.timeout");
        if (settings.sandboxMode()) {
            String clientId = settings.get("txng.sandbox.client-id");
            Secret secret = Secret.of(settings.get("txng.sandbox.client-secret"));
            SandboxServer sandbox = new SandboxServer(clientId, secret)
                    .organisationActivated(settings.sandboxOrganisationActivated())
                    .refuseCredentials(settings.sandboxRefusesCredentials())
                    .responseDelay(settings.duration("txng.sandbox.latency"));
            sandbox.start(0);
            LOG.warn(SANDBOX_NOTICE);
            LOG.warn("SANDBOX portal listening at {}", sandbox.apiBase());
            PortalConfig config = PortalConfig.of(sandbox.apiBase(), sandbox.tokenUrl(), clientId, secret).withRequestTimeout(timeout);
            return new PortalConnection(config, sandbox, sandbox.apiBase());
        }
        URI apiBase = URI.create(required(settings, "txng.portal.api-base"));
        URI tokenUrl = URI.create(required(settings, "txng.portal.token-url"));
        PortalConfig config = PortalConfig.of(apiBase, tokenUrl, settings.get("txng.portal.client-id"),
                        Secret.of(required(settings, "txng.portal.client-secret")))
                .withRequestTimeout(timeout);
        if (settings.isSet("txng.portal.scope")) {
            config = config.withScope(settings.get("txng.portal.scope"));
        }
        LOG.info("portal: {} (token endpoint {}), client id {}", apiBase, tokenUrl, settings.get("txng.portal.client-id"));
        return new PortalConnection(config, null, apiBase);
    }

    private static String required(Settings settings, String key) {
        if (!settings.isSet(key)) {
            throw new IllegalArgumentException(settings.nameOf(key) + " must be set when " + settings.nameOf("txng.portal.client-id")
                    + " is set");
        }
        return settings.get(key);
    }

    /** Where the portal is and who we are (the secret masked in toString). */
    public PortalConfig config() {
        return config;
    }

    public PortalClient client() {
        return client;
    }

    public boolean sandboxMode() {
        return sandbox != null;
    }

    /** The built-in sandbox, or null when a real portal is configured. */
    public SandboxServer sandbox() {
        return sandbox;
    }

    public String describe() {
        return sandboxMode() ? "SANDBOX portal at " + apiBase + " (nothing sent to the national portal)" : "portal " + apiBase;
    }

    @Override
    public void close() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }
}
