package vn.txng.adapter.portal;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the portal is and who we are. {@code toString()} shows the secret as {@code ******}.
 *
 * @param apiBase        base of the calls, e.g. {@code https://quantri.truyxuatnguongoc.gov.vn/gwdev}
 * @param tokenUrl       the OAuth token endpoint
 * @param clientId       the Client ID the National Barcode Center issued
 * @param clientSecret   its Secret
 * @param scope          OAuth scope, or null for none
 * @param requestTimeout how long one call (or token request) may take, end to end
 * @param connectTimeout how long opening a connection may take
 */
public record PortalConfig(
        URI apiBase,
        URI tokenUrl,
        String clientId,
        Secret clientSecret,
        String scope,
        Duration requestTimeout,
        Duration connectTimeout) {

    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    public PortalConfig {
        Objects.requireNonNull(apiBase, "apiBase");
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        scope = scope == null || scope.isBlank() ? null : scope;
        requestTimeout = requestTimeout == null ? DEFAULT_REQUEST_TIMEOUT : requestTimeout;
        connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
    }

    /** A config with no scope and the default timeouts. */
    public static PortalConfig of(URI apiBase, URI tokenUrl, String clientId, Secret clientSecret) {
        return new PortalConfig(apiBase, tokenUrl, clientId, clientSecret, null, null, null);
    }

    public PortalConfig withRequestTimeout(Duration timeout) {
        return new PortalConfig(apiBase, tokenUrl, clientId, clientSecret, scope, timeout, connectTimeout);
    }

    public PortalConfig withScope(String newScope) {
        return new PortalConfig(apiBase, tokenUrl, clientId, clientSecret, newScope, requestTimeout, connectTimeout);
    }
}
