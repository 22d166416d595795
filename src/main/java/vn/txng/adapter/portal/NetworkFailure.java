package vn.txng.adapter.portal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * A failed HTTP call told in words a person can act on ({@code cannot connect to 127.0.0.1:9
 * (connection refused)}, not {@code ConnectException null}), and whether it is a fault of the
 * connection (nothing can be sent) or a transient one (this call may be retried).
 *
 * @param problem the connection fault, or null when the failure is transient (a timeout, a reset)
 * @param message the sentence, naming the host and port or the URL and the time waited
 */
public record NetworkFailure(ConnectionProblem problem, String message) {

    /** Reads {@code failure} of a call to {@code uri} that may take {@code requestTimeout} end to end. */
    public static NetworkFailure of(URI uri, IOException failure, Duration requestTimeout) {
        String where = hostAndPort(uri);
        if (failure instanceof HttpConnectTimeoutException) {
            return new NetworkFailure(ConnectionProblem.UNREACHABLE, "cannot connect to " + where + " (no answer to the connection)");
        }
        if (failure instanceof HttpTimeoutException) {
            return new NetworkFailure(null, "no answer from " + uri + " within " + seconds(requestTimeout));
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SSLException tls) {
                return new NetworkFailure(ConnectionProblem.TLS, "TLS handshake with " + where + " failed"
                        + (tls.getMessage() == null ? "" : ": " + tls.getMessage()));
            }
            if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
                return new NetworkFailure(ConnectionProblem.UNREACHABLE, "cannot connect to " + where + " (unknown host)");
            }
            if (cause instanceof NoRouteToHostException) {
                return new NetworkFailure(ConnectionProblem.UNREACHABLE, "cannot connect to " + where + " (no route to host)");
            }
        }
        if (failure instanceof ConnectException) {
            return new NetworkFailure(ConnectionProblem.UNREACHABLE, "cannot connect to " + where + " (" + reason(failure) + ")");
        }
        return new NetworkFailure(null, "connection to " + uri + " broken: " + reason(failure));
    }

    public boolean isConnectionFault() {
        return problem != null;
    }

    /** The deepest message in the chain, in lower case, or "connection refused" for a bare ConnectException. */
    private static String reason(Throwable failure) {
        String text = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                text = cause.getMessage();
            }
        }
        if (text == null) {
            return failure instanceof ConnectException ? "connection refused" : failure.getClass().getSimpleName();
        }
        return text.toLowerCase(Locale.ROOT);
    }

    static String hostAndPort(URI uri) {
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getHost() + ":" + port;
    }

    private static String seconds(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }
}
