package vn.txng.adapter.portal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.model.TraceRecord;
import vn.txng.adapter.portal.PortalAnswer.ConnectionFault;
import vn.txng.adapter.portal.PortalAnswer.Rejected;
import vn.txng.adapter.portal.PortalAnswer.RetryLater;

/**
 * Sends one record to the portal and says what became of it. Thread-safe: the caller runs up to
 * {@code txng.portal.max-concurrency} sends at once; they share one token.
 */
public final class PortalClient {

    private static final Logger LOG = LoggerFactory.getLogger(PortalClient.class);
    static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private final PortalConfig config;
    private final PortalProfile profile;
    private final TokenProvider tokens;
    private final HttpClient http;

    public PortalClient(PortalConfig config, PortalProfile profile, TokenProvider tokens, HttpClient http) {
        this.config = Objects.requireNonNull(config, "config");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.http = Objects.requireNonNull(http, "http");
    }

    /** A client with its own HTTP client and token provider, for profile {@code txng-v5}. */
    public static PortalClient create(PortalConfig config) {
        HttpClient http = httpClient(config);
        return new PortalClient(config, PortalProfile.txngV5(), new TokenProvider(config, http), http);
    }

    /** The JDK HTTP client the portal side uses: HTTP/1.1 (no h2c upgrade attempt on plain http). */
    public static HttpClient httpClient(PortalConfig config) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public TokenProvider tokens() {
        return tokens;
    }

    /**
     * Upsert {@code record} and read the answer. Never throws for anything the portal or the
     * network does: a transient failure is {@link RetryLater}; a fault of the connection (token
     * endpoint refusing the credentials, unreachable host, TLS, a persisting 401, a 404 on the
     * path, the organisation not activated) is {@link ConnectionFault}, and the caller should stop.
     */
    public PortalAnswer send(RecordKind kind, TraceRecord record, String idempotencyKey) {
        return send(kind, record, idempotencyKey, Map.of());
    }

    /** As {@link #send(RecordKind, TraceRecord, String)}; an event's lots by their 25T identifiers where they have one (see {@link PortalProfile#body(TraceRecord, Map)}). */
    public PortalAnswer send(RecordKind kind, TraceRecord record, String idempotencyKey, Map<String, String> uii25TByLotKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        if (record.kind() != kind) {
            throw new IllegalArgumentException("record " + record.businessKey() + " is a " + record.kind()
                    + ", not a " + kind);
        }
        byte[] body;
        try {
            body = PortalJson.bytes(profile.body(record, uii25TByLotKey));
        } catch (UnmappableRecordException unmappable) {
            return new Rejected("ERR_MAPPING", unmappable.getMessage());
        }
        URI endpoint = profile.endpoint(config.apiBase(), kind);
        PortalAnswer answer = sendWithToken(endpoint, body, idempotencyKey);
        LOG.debug("{} {} key {} -> {}", kind, record.businessKey(), idempotencyKey, answer);
        return answer;
    }

    private PortalAnswer sendWithToken(URI endpoint, byte[] body, String idempotencyKey) {
        try {
            String token = tokens.token();
            HttpResponse<byte[]> response = post(endpoint, token, body, idempotencyKey);
            if (response.statusCode() == 401) {
                tokens.invalidate(token); // the portal revoked or expired it: one new token, one repeat
                response = post(endpoint, tokens.token(), body, idempotencyKey);
                if (response.statusCode() == 401) {
                    return new ConnectionFault(ConnectionProblem.TOKEN_NOT_ACCEPTED,
                            "the portal answered HTTP 401 to " + endpoint + " again with a new token from " + tokens.tokenUrl());
                }
            }
            return PortalAnswerReader.read(response.statusCode(),
                    response.headers().firstValue("Retry-After").orElse(null), response.body());
        } catch (PortalTokenException tokenFailure) {
            if (tokenFailure.problem() != null) {
                return new ConnectionFault(tokenFailure.problem(), tokenFailure.getMessage());
            }
            return new RetryLater(tokenFailure.getMessage(), null, true);
        } catch (IOException network) {
            NetworkFailure failure = NetworkFailure.of(endpoint, network, config.requestTimeout());
            return failure.isConnectionFault() ? new ConnectionFault(failure.problem(), failure.message())
                    : new RetryLater(failure.message(), null, true);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt(); // the caller is shutting down; the record stays pending
            return new RetryLater("interrupted calling " + endpoint, null);
        }
    }

    private HttpResponse<byte[]> post(URI endpoint, String token, byte[] body, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(config.requestTimeout())
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", CONTENT_TYPE)
                .header("Accept", "application/json")
                .header(PortalProfile.IDEMPOTENCY_KEY_HEADER, idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
