package vn.txng.adapter.portal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth 2.0 client-credentials tokens for the portal (RFC 6749 section 4.4). A token is reused
 * until shortly before it expires; callers that need a token while there is none share one token
 * request; {@link #invalidate(String)} drops a token the portal refused so that the next caller
 * fetches exactly one new one.
 */
public final class TokenProvider {

    private static final Logger LOG = LoggerFactory.getLogger(TokenProvider.class);
    /** Used when the token answer has no expires_in: short, so a wrong guess costs little. */
    static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);
    private static final Duration MAX_RENEWAL_MARGIN = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI tokenUrl;
    private final String clientId;
    private final Secret clientSecret;
    private final String scope;
    private final Duration requestTimeout;
    private final Clock clock;

    private final ReentrantLock fetchLock = new ReentrantLock();
    private volatile AccessToken current;
    /** Counts token requests; a caller that waited through a failed one gets its failure. */
    private volatile long attempts;
    private PortalTokenException lastFailure;

    public TokenProvider(PortalConfig config, HttpClient http) {
        this(config, http, Clock.systemUTC());
    }

    public TokenProvider(PortalConfig config, HttpClient http, Clock clock) {
        this.http = Objects.requireNonNull(http, "http");
        this.tokenUrl = config.tokenUrl();
        this.clientId = config.clientId();
        this.clientSecret = config.clientSecret();
        this.scope = config.scope();
        this.requestTimeout = config.requestTimeout();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A bearer token that is valid for a while yet, fetched if needed.
     *
     * @throws PortalTokenException when the token endpoint cannot be reached or refuses us
     */
    public String token() {
        AccessToken token = current;
        if (token != null && token.usableAt(clock.instant())) {
            return token.value();
        }
        long seenAttempts = attempts;
        fetchLock.lock();
        try {
            token = current;
            if (token != null && token.usableAt(clock.instant())) {
                return token.value(); // another caller fetched it while we waited
            }
            if (attempts != seenAttempts && lastFailure != null) {
                throw lastFailure.again(); // we waited through a failed request: share its outcome
            }
            attempts++;
            try {
                current = fetch();
                lastFailure = null;
                return current.value();
            } catch (PortalTokenException failure) {
                lastFailure = failure;
                throw failure;
            }
        } finally {
            fetchLock.unlock();
        }
    }

    /**
     * Forget {@code staleToken} (the portal answered 401 to it). When the current token is
     * already a newer one this does nothing, so many callers reporting the same 401 cause one
     * new token, not many.
     */
    public void invalidate(String staleToken) {
        fetchLock.lock();
        try {
            AccessToken token = current;
            if (token != null && token.value().equals(staleToken)) {
                current = null;
                LOG.info("Access token refused by the API it was sent to; a new one will be requested from {}", tokenUrl);
            }
        } finally {
            fetchLock.unlock();
        }
    }

    /** Token requests made so far (the metric {@code txng_portal_token_requests_total}). */
    public long requests() {
        return attempts;
    }

    public URI tokenUrl() {
        return tokenUrl;
    }

    private AccessToken fetch() {
        Instant requestedAt = clock.instant();
        HttpRequest request = HttpRequest.newBuilder(tokenUrl)
                .timeout(requestTimeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form(), StandardCharsets.UTF_8))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException network) {
            NetworkFailure failure = NetworkFailure.of(tokenUrl, network, requestTimeout);
            throw failure(null, failure.problem(), true, failure.message(), network);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw failure(null, null, true, "interrupted", interrupted);
        }
        JsonNode body = PortalJson.parseOrNull(response.body());
        int status = response.statusCode();
        if (status != 200) {
            String error = PortalJson.text(body, "error");
            String description = PortalJson.text(body, "error_description");
            boolean transientFailure = status == 429 || status >= 500;
            String detail = "HTTP " + status + (error == null ? "" : " " + error)
                    + (description == null ? "" : " (" + description + ")");
            ConnectionProblem problem = transientFailure ? null
                    : status == 404 ? ConnectionProblem.API_PATH_NOT_FOUND : ConnectionProblem.CREDENTIALS_REFUSED;
            throw failure(error, problem, transientFailure, detail, null);
        }
        String accessToken = PortalJson.text(body, "access_token");
        String tokenType = PortalJson.text(body, "token_type");
        if (accessToken == null || accessToken.isEmpty() || !"bearer".equalsIgnoreCase(tokenType)) {
            throw failure(null, null, true, "HTTP 200 without a bearer access_token", null);
        }
        JsonNode expiresIn = body.get("expires_in");
        Duration lifetime = expiresIn != null && expiresIn.canConvertToLong() && expiresIn.asLong() > 0
                ? Duration.ofSeconds(expiresIn.asLong())
                : DEFAULT_LIFETIME;
        LOG.info("Access token obtained from {} for client {}, valid {} s", tokenUrl, clientId, lifetime.toSeconds());
        return new AccessToken(accessToken, requestedAt.plus(lifetime).minus(renewalMargin(lifetime)));
    }

    /** Renew 30 s before expiry, or at 90% of a short lifetime. */
    static Duration renewalMargin(Duration lifetime) {
        Duration tenth = lifetime.dividedBy(10);
        return tenth.compareTo(MAX_RENEWAL_MARGIN) < 0 ? tenth : MAX_RENEWAL_MARGIN;
    }

    private String form() {
        StringBuilder form = new StringBuilder("grant_type=client_credentials")
                .append("&client_id=").append(encode(clientId))
                .append("&client_secret=").append(encode(clientSecret.reveal()));
        if (scope != null) {
            form.append("&scope=").append(encode(scope));
        }
        return form.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private PortalTokenException failure(String oauthError, ConnectionProblem problem, boolean transientFailure, String detail,
                                         Throwable cause) {
        String message = clientSecret.redact("Token request to " + tokenUrl + " failed: " + detail);
        return new PortalTokenException(tokenUrl, oauthError, problem, transientFailure, message, cause);
    }

    /** A token and the instant from which it should no longer be used. */
    private record AccessToken(String value, Instant renewAt) {

        boolean usableAt(Instant now) {
            return now.isBefore(renewAt);
        }

        @Override
        public String toString() {
            return "AccessToken[renewAt=" + renewAt + "]"; // the token is a credential too
        }
    }
}
