package vn.txng.adapter.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.txng.adapter.portal.NetworkFailure;
import vn.txng.adapter.portal.PortalAnswerReader;
import vn.txng.adapter.portal.PortalTokenException;

/**
 * Captures batches of events into an EPCIS 2.0 repository through the standard capture interface (EPCIS 2.0 section
 * 12.7, the REST binding's {@code /capture}): {@code POST} of one JSON-LD {@code EPCISDocument} with
 * {@code GS1-Capture-Error-Behaviour: proceed}, {@code 202} with the capture job's {@code Location}, that job polled
 * ({@code GET}) until {@code running} is false, its {@code errors} (RFC 7807 problems) naming the events refused. An
 * error of status 409, or of a type or title saying duplicate, is an event captured before: it is there. Never throws
 * for what the repository or the network does. Thread-safe.
 */
public final class EpcisCaptureClient {

    /** The capture's error behaviour: the good events of a batch are captured whatever the bad ones do. */
    public static final String ERROR_BEHAVIOUR_HEADER = "GS1-Capture-Error-Behaviour";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_REASON = 500;

    private final URI captureUrl;
    private final CaptureCredentials credentials;
    private final HttpClient http;
    private final Duration timeout;
    private final Duration pollInterval;
    private final Duration jobTimeout;
    private final Clock clock;

    /**
     * @param timeout      how long one call may take, end to end
     * @param pollInterval the wait between two looks at a running capture job
     * @param jobTimeout   how long a job may run before its batch is left for a later pass (captured again then: a
     *                     duplicate of what the job did)
     */
    public EpcisCaptureClient(URI captureUrl, CaptureCredentials credentials, HttpClient http, Duration timeout,
                              Duration pollInterval, Duration jobTimeout, Clock clock) {
        this.captureUrl = Objects.requireNonNull(captureUrl, "captureUrl");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.http = Objects.requireNonNull(http, "http");
        this.timeout = timeout;
        this.pollInterval = pollInterval;
        this.jobTimeout = jobTimeout;
        this.clock = clock;
    }

    /** The JDK HTTP client the capture uses: HTTP/1.1, no redirects (a credential never follows one). */
    public static HttpClient httpClient(Duration connectTimeout) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public URI captureUrl() {
        return captureUrl;
    }

    /** The credentials it sends (their {@code toString} names the kind, never the secret). */
    public CaptureCredentials credentials() {
        return credentials;
    }

    /**
     * What {@code check} asks, capturing nothing: a {@code GET} of the capture endpoint with the credentials (EPCIS
     * 2.0's REST binding lists the capture jobs there). {@code ok} on 200, or on 405 (a repository that lists no jobs
     * answered and did not refuse the credentials); else the cause, as a capture pass would name it.
     */
    public Probe probe() {
        String call = "GET " + captureUrl;
        try {
            HttpResponse<byte[]> answer = call(HttpRequest.newBuilder(captureUrl).GET());
            int status = answer.statusCode();
            if (status == 200) {
                return new Probe(true, captureUrl + " answers with its capture jobs (" + call + ": 200) and takes " + credentials);
            }
            if (status == 405) {
                return new Probe(true, captureUrl + " answers and did not refuse " + credentials + " (" + call
                        + ": 405, it lists no capture jobs): the first capture confirms it");
            }
            return new Probe(false, reason(failure(status, answer, call)));
        } catch (Failed failed) {
            return new Probe(false, reason(failed.answer));
        }
    }

    /** What {@link #probe} found: {@code ok}, and in words (no secret in them). */
    public record Probe(boolean ok, String detail) {
    }

    private static String reason(CaptureAnswer answer) {
        if (answer instanceof CaptureAnswer.Unusable unusable) {
            return unusable.reason();
        } else if (answer instanceof CaptureAnswer.RetryLater later) {
            return later.reason();
        } else if (answer instanceof CaptureAnswer.Refused refused) {
            return refused.reason();
        } else if (answer instanceof CaptureAnswer.TooLarge large) {
            return large.reason();
        }
        return "finished";
    }

    /** Captures {@code events} as one document and waits for its job to finish. */
    public CaptureAnswer capture(List<EpcisEvent> events) {
        byte[] document;
        try {
            document = document(events);
        } catch (IOException e) {
            throw new IllegalStateException("an EPCIS document in memory could not be written", e);
        }
        try {
            HttpResponse<byte[]> posted = call(HttpRequest.newBuilder(captureUrl)
                    .header("Content-Type", "application/ld+json")
                    .header("GS1-EPCIS-Version", "2.0.0")
                    .header("GS1-CBV-Version", "2.0.0")
                    .header(ERROR_BEHAVIOUR_HEADER, "proceed")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(document)));
            int status = posted.statusCode();
            if (status == 202) {
                String location = posted.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    return new CaptureAnswer.Unusable("the EPCIS repository at " + captureUrl + " accepted a capture (202)"
                            + " without the capture job's Location: it does not follow the EPCIS 2.0 capture interface");
                }
                URI job = captureUrl.resolve(location);
                if (!sameOrigin(job, captureUrl)) {
                    // the credentials go only where they were configured for
                    return new CaptureAnswer.Unusable("the capture job's Location " + job + " is not on the repository's host ("
                            + captureUrl.getScheme() + "://" + captureUrl.getAuthority() + "): its credentials are not sent there");
                }
                return job(job, events);
            }
            if (status == 200 || status == 201 || status == 204) {
                // a repository that captures at once: every event is there
                return new CaptureAnswer.Finished(Map.of(), Set.of());
            }
            return failure(status, posted, "POST " + captureUrl);
        } catch (Failed failed) {
            return failed.answer;
        }
    }

    private CaptureAnswer job(URI job, List<EpcisEvent> events) throws Failed {
        Instant deadline = clock.instant().plus(jobTimeout);
        while (true) {
            HttpResponse<byte[]> polled = call(HttpRequest.newBuilder(job).GET());
            if (polled.statusCode() != 200) {
                return failure(polled.statusCode(), polled, "GET " + job);
            }
            JsonNode state = parse(polled.body());
            if (state == null || !state.path("running").isBoolean()) {
                return new CaptureAnswer.RetryLater("the capture job " + job + " answered no running flag: "
                        + snippet(polled.body()), null, false);
            }
            if (!state.path("running").asBoolean()) {
                return finished(job, state, events);
            }
            if (clock.instant().isAfter(deadline)) {
                return new CaptureAnswer.RetryLater("the capture job " + job + " was still running after " + jobTimeout.toSeconds()
                        + " s; its events are captured again by a later pass (duplicates there count as captured)", null, false);
            }
            try {
                Thread.sleep(pollInterval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new CaptureAnswer.RetryLater("interrupted waiting for the capture job " + job, null, false);
            }
        }
    }

    private static boolean sameOrigin(URI one, URI other) {
        return one.getScheme().equalsIgnoreCase(other.getScheme()) && one.getHost() != null
                && one.getHost().equalsIgnoreCase(other.getHost()) && port(one) == port(other);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** A finished job: its errors by the eventID each names; errors that name no event of the batch fail it whole. */
    private CaptureAnswer finished(URI job, JsonNode state, List<EpcisEvent> events) {
        Set<String> ids = new HashSet<>();
        events.forEach(event -> ids.add(event.eventId()));
        Map<String, String> refused = new LinkedHashMap<>();
        Set<String> duplicates = new HashSet<>();
        StringBuilder unnamed = new StringBuilder();
        for (JsonNode error : state.path("errors")) {
            String eventId = eventNamed(error, ids);
            String reason = problem(error);
            if (eventId == null) {
                unnamed.append(unnamed.length() == 0 ? "" : "; ").append(reason);
            } else if (duplicate(error)) {
                duplicates.add(eventId);
            } else {
                refused.put(eventId, reason);
            }
        }
        if (unnamed.length() > 0 || (!state.path("success").asBoolean(true) && refused.isEmpty() && duplicates.isEmpty())) {
            return new CaptureAnswer.Refused("the capture job " + job + " failed"
                    + (unnamed.length() == 0 ? " without naming an event" : ": " + clip(unnamed.toString())));
        }
        return new CaptureAnswer.Finished(refused, duplicates);
    }

    /** The eventID an error names: its {@code instance}, else the first of the batch's IDs its text holds. */
    private static String eventNamed(JsonNode error, Set<String> ids) {
        String instance = error.path("instance").asText(null);
        if (instance != null && ids.contains(instance)) {
            return instance;
        }
        String text = error.toString();
        return ids.stream().filter(text::contains).findFirst().orElse(null);
    }

    private static boolean duplicate(JsonNode error) {
        String words = (error.path("type").asText("") + " " + error.path("title").asText("")).toLowerCase(Locale.ROOT);
        return error.path("status").asInt() == 409 || words.contains("duplicate") || words.contains("already");
    }

    private CaptureAnswer failure(int status, HttpResponse<byte[]> response, String call) {
        String reason = "HTTP " + status + " to " + call + problemOf(response.body());
        if (status == 401 || status == 403) {
            return new CaptureAnswer.Unusable(reason + ": the EPCIS repository refuses " + credentials
                    + "; check txng.epcis.bearer-token, txng.epcis.user / txng.epcis.password or txng.epcis.client-id / txng.epcis.client-secret");
        }
        if (status == 404 || status == 405) {
            return new CaptureAnswer.Unusable(reason + ": check txng.epcis.capture-url (TXNG_EPCIS_CAPTURE_URL), the"
                    + " repository's capture endpoint (it ends in /capture)");
        }
        if (status == 413) {
            return new CaptureAnswer.TooLarge(reason);
        }
        if (status == 429 || status >= 500) {
            return new CaptureAnswer.RetryLater(reason, PortalAnswerReader.retryAfter(response.headers().firstValue("Retry-After").orElse(null)),
                    status >= 500);
        }
        return new CaptureAnswer.Refused(reason);
    }

    /** One call with the credentials; a 401 renews an OAuth token once and repeats. */
    private HttpResponse<byte[]> call(HttpRequest.Builder request) throws Failed {
        try {
            String authorization = credentials.authorization();
            HttpResponse<byte[]> response = send(request, authorization);
            if (response.statusCode() == 401 && authorization != null && credentials.renew(authorization)) {
                response = send(request, credentials.authorization());
            }
            return response;
        } catch (PortalTokenException token) {
            String reason = credentials.redact(token.getMessage());
            throw new Failed(token.isTransient() ? new CaptureAnswer.RetryLater(reason, null, true)
                    : new CaptureAnswer.Unusable(reason + ": check txng.epcis.client-id / txng.epcis.client-secret and txng.epcis.token-url"));
        }
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request, String authorization) throws Failed {
        HttpRequest.Builder copy = request.copy().timeout(timeout).header("Accept", "application/json");
        if (authorization != null) {
            copy.setHeader("Authorization", authorization);
        }
        HttpRequest built = copy.build();
        try {
            return http.send(built, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            NetworkFailure failure = NetworkFailure.of(built.uri(), e, timeout);
            String reason = credentials.redact(failure.message());
            throw new Failed(failure.isConnectionFault() ? new CaptureAnswer.Unusable(reason
                    + ": check txng.epcis.capture-url (TXNG_EPCIS_CAPTURE_URL), the network and any proxy or firewall")
                    : new CaptureAnswer.RetryLater(reason, null, true));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed(new CaptureAnswer.RetryLater("interrupted calling " + built.uri(), null, false));
        }
    }

    private String problemOf(byte[] body) {
        JsonNode problem = parse(body);
        if (problem != null && problem.isObject()) {
            return ": " + problem(problem);
        }
        String text = snippet(body);
        return text.isEmpty() ? "" : ": " + text;
    }

    /** An RFC 7807 problem as one line: type, title and detail, secrets masked. */
    private String problem(JsonNode problem) {
        StringBuilder line = new StringBuilder();
        for (String field : List.of("type", "title", "detail")) {
            String value = problem.path(field).asText("");
            if (!value.isEmpty()) {
                line.append(line.length() == 0 ? "" : ": ").append(value);
            }
        }
        return clip(credentials.redact(line.length() == 0 ? problem.toString() : line.toString()));
    }

    private String snippet(byte[] body) {
        return body == null ? "" : clip(credentials.redact(new String(body, StandardCharsets.UTF_8).strip()));
    }

    private static String clip(String text) {
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON) + "...";
    }

    private static JsonNode parse(byte[] body) {
        try {
            return body == null || body.length == 0 ? null : JSON.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    private byte[] document(List<EpcisEvent> events) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (EpcisJsonWriter writer = EpcisJsonWriter.open(out, OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.SECONDS))) {
            for (EpcisEvent event : events) {
                writer.write(event);
            }
        }
        return out.toByteArray();
    }

    /** A call that ended the capture with this answer. */
    private static final class Failed extends Exception {
        private final transient CaptureAnswer answer;

        Failed(CaptureAnswer answer) {
            super(null, null, false, false);
            this.answer = answer;
        }
    }
}
