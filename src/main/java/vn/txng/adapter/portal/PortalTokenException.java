package vn.txng.adapter.portal;

import java.net.URI;

/**
 * No token could be had. The message names the token URL and the OAuth error code, never the
 * secret. {@link #isTransient()} tells an outage (retry later) from a refusal of our credentials
 * (fix the configuration: every call would fail the same way).
 */
public class PortalTokenException extends RuntimeException {

    private final URI tokenUrl;
    private final String oauthError;
    private final boolean transientFailure;
    private final ConnectionProblem problem;

    public PortalTokenException(URI tokenUrl, String oauthError, ConnectionProblem problem, boolean transientFailure,
            String message, Throwable cause) {
        super(message, cause);
        this.tokenUrl = tokenUrl;
        this.oauthError = oauthError;
        this.problem = problem;
        this.transientFailure = transientFailure;
    }

    /** Why no call can succeed (unreachable, TLS, credentials refused...), or null for a transient failure. */
    public ConnectionProblem problem() {
        return problem;
    }

    public URI tokenUrl() {
        return tokenUrl;
    }

    /** The OAuth {@code error} code (e.g. {@code invalid_client}), or null when there was none. */
    public String oauthError() {
        return oauthError;
    }

    /** True for network failures, timeouts, 429 and 5xx; false when the portal refused us. */
    public boolean isTransient() {
        return transientFailure;
    }

    /** The same failure, thrown again to a caller that waited for the attempt that made it. */
    PortalTokenException again() {
        return new PortalTokenException(tokenUrl, oauthError, problem, transientFailure, getMessage(), this);
    }
}
