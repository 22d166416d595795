package vn.txng.adapter.capture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * An EPCIS 2.0 repository's capture interface as the standard's REST binding describes it, on a loopback port, for the
 * tests: {@code POST /epcis/capture} takes an {@code EPCISDocument} and answers 202 with the capture job's
 * {@code Location}; {@code GET /epcis/capture/{id}} shows the job, running at the first look and finished at the next,
 * with {@code success} and {@code errors} (RFC 7807 problems whose {@code instance} is the eventID). Under
 * {@code GS1-Capture-Error-Behaviour: proceed} the good events are kept and a repeated eventID is an error of status
 * 409. Faults to rehearse: answers queued for the next capture (503 with Retry-After, 500), a reply lost after the
 * events were kept, a largest document it takes (413 past it), events it refuses, the credentials it asks for, and an
 * OAuth token endpoint whose token it can revoke.
 */
public final class CaptureRepositoryServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A capture answered without looking at the document: status and Retry-After (null for none). */
    public record Canned(int status, String retryAfter) {
    }

    private final HttpServer server;
    private final Map<String, JsonNode> events = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, ObjectNode> jobs = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> looks = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Canned> canned = new ConcurrentLinkedQueue<>();
    private final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());
    private final List<JsonNode> documents = Collections.synchronizedList(new ArrayList<>());
    private final List<String> errorBehaviours = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger captures = new AtomicInteger();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private volatile String requiredAuthorization;
    private volatile boolean oauth;
    private volatile String validToken;
    private volatile int maxEvents = Integer.MAX_VALUE;
    private volatile Predicate<JsonNode> refuses = event -> false;
    private volatile int lostReplies;
    private volatile int refusedTokens;
    private volatile String jobHost = "";

    public CaptureRepositoryServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        server.createContext("/epcis/capture", this::capture);
        server.createContext("/oauth/token", this::token);
        server.start();
    }

    public URI captureUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/epcis/capture");
    }

    public URI tokenUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/oauth/token");
    }

    /** Every call must carry this Authorization header, else 401. */
    public CaptureRepositoryServer requireAuthorization(String header) {
        this.requiredAuthorization = header;
        return this;
    }

    /** Every call must carry a bearer token this server's token endpoint issued to {@code clientId} / {@code secret}. */
    public CaptureRepositoryServer requireOAuth(String clientId, String secret) {
        this.oauth = true;
        this.requiredAuthorization = clientId + ":" + secret;
        return this;
    }

    /** The first {@code count} tokens the token endpoint issues are refused at the capture (revoked at once): a 401 each. */
    public CaptureRepositoryServer revokeFirstTokens(int count) {
        this.refusedTokens = count;
        return this;
    }

    /** Documents of more events than this are refused with 413. */
    public CaptureRepositoryServer maxEventsPerDocument(int max) {
        this.maxEvents = max;
        return this;
    }

    /** Events this predicate holds for are refused by the job with a validation error. */
    public CaptureRepositoryServer refuse(Predicate<JsonNode> which) {
        this.refuses = which;
        return this;
    }

    /** The next captures are answered so, in turn, without being looked at. */
    public void answerNext(Canned... answers) {
        canned.addAll(List.of(answers));
    }

    /** Job locations are absolute URLs on this origin (e.g. {@code http://elsewhere.example:8080}) instead of paths. */
    public CaptureRepositoryServer jobsOn(String origin) {
        this.jobHost = origin;
        return this;
    }

    /** The next {@code count} captures keep their events and then drop the connection without a reply. */
    public void loseReplies(int count) {
        lostReplies = count;
    }

    /** An event the repository had before the adapter came (captured by another system). */
    public void preload(String eventId) {
        events.put(eventId, JSON.createObjectNode().put("eventID", eventId));
    }

    /** The events kept, by eventID, each once. */
    public Map<String, JsonNode> events() {
        synchronized (events) {
            return Map.copyOf(events);
        }
    }

    /** Every document POSTed, in order. */
    public List<JsonNode> documents() {
        synchronized (documents) {
            return List.copyOf(documents);
        }
    }

    public List<String> authorizations() {
        synchronized (authorizations) {
            return List.copyOf(authorizations);
        }
    }

    public List<String> errorBehaviours() {
        synchronized (errorBehaviours) {
            return List.copyOf(errorBehaviours);
        }
    }

    /** POSTs to the capture endpoint, answered or not. */
    public int captures() {
        return captures.get();
    }

    public int tokensIssued() {
        return tokensIssued.get();
    }

    private void capture(HttpExchange exchange) throws IOException {
        try (exchange) {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(String.valueOf(authorization));
            if (!authorized(authorization)) {
                reply(exchange, 401, problem("epcisException:SecurityException", "Unauthorized", 401, null, null), null);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if ("GET".equals(exchange.getRequestMethod()) && path.equals("/epcis/capture")) {
                // EPCIS 2.0's REST binding: GET /capture lists the capture jobs
                byte[] list = "[]".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, list.length);
                exchange.getResponseBody().write(list);
                return;
            }
            if ("GET".equals(exchange.getRequestMethod()) && path.startsWith("/epcis/capture/")) {
                job(exchange, path.substring("/epcis/capture/".length()));
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod()) || !path.equals("/epcis/capture")) {
                reply(exchange, 404, problem("epcisException:NoSuchResourceException", "Not found", 404, null, null), null);
                return;
            }
            captures.incrementAndGet();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Canned answer = canned.poll();
            if (answer != null) {
                reply(exchange, answer.status(), problem("epcisException:ImplementationException", "Unavailable", answer.status(), null, null),
                        answer.retryAfter());
                return;
            }
            JsonNode document = JSON.readTree(body);
            documents.add(document);
            errorBehaviours.add(exchange.getRequestHeaders().getFirst("GS1-Capture-Error-Behaviour"));
            JsonNode list = document.path("epcisBody").path("eventList");
            if (list.size() > maxEvents) {
                reply(exchange, 413, problem("epcisException:CaptureLimitExceededException", "Too many events", 413,
                        "at most " + maxEvents + " events per capture", null), null);
                return;
            }
            ObjectNode job = keep(list, exchange.getRequestHeaders().getFirst("GS1-Capture-Error-Behaviour"));
            if (lostReplies > 0) {
                lostReplies--;
                // the events are kept; the reply never comes: a handler that throws has the server drop the connection
                throw new IllegalStateException("reply lost on purpose");
            }
            exchange.getResponseHeaders().add("Location", jobHost + "/epcis/capture/" + job.path("captureID").asText());
            exchange.sendResponseHeaders(202, -1);
        }
    }

    private ObjectNode keep(JsonNode list, String behaviour) {
        String id = UUID.randomUUID().toString();
        ArrayNode errors = JSON.createArrayNode();
        synchronized (events) {
            for (JsonNode event : list) {
                String eventId = event.path("eventID").asText();
                if (events.containsKey(eventId) && event.has("errorDeclaration") && !events.get(eventId).has("errorDeclaration")) {
                    // EPCIS 2.0 declares an error by the same event, same eventID, with its errorDeclaration added
                    events.put(eventId, event);
                } else if (events.containsKey(eventId)) {
                    errors.add(problem("epcisException:ValidationException", "Duplicate event", 409,
                            "an event with this eventID was captured before", eventId));
                } else if (refuses.test(event)) {
                    errors.add(problem("epcisException:ValidationException", "Invalid event", 400,
                            "bizLocation is not a known location", eventId));
                } else {
                    events.put(eventId, event);
                }
            }
        }
        ObjectNode job = JSON.createObjectNode().put("captureID", id).put("createdAt", Instant.now().toString())
                .put("running", true).put("success", errors.isEmpty()).put("captureErrorBehaviour", String.valueOf(behaviour));
        job.set("errors", errors);
        jobs.put(id, job);
        looks.put(id, new AtomicInteger());
        return job;
    }

    private void job(HttpExchange exchange, String id) throws IOException {
        ObjectNode job = jobs.get(id);
        if (job == null) {
            reply(exchange, 404, problem("epcisException:NoSuchResourceException", "No such capture job", 404, null, null), null);
            return;
        }
        ObjectNode shown = job.deepCopy();
        // running at the first look, finished at the next: the client must poll
        if (looks.get(id).getAndIncrement() > 0) {
            shown.put("running", false).put("finishedAt", Instant.now().toString());
        } else {
            shown.put("success", false);
            shown.set("errors", JSON.createArrayNode());
        }
        reply(exchange, 200, shown, null);
    }

    private boolean authorized(String authorization) {
        String required = requiredAuthorization;
        if (required == null) {
            return true;
        }
        if (oauth) {
            String token = validToken;
            return token != null && ("Bearer " + token).equals(authorization);
        }
        return required.equals(authorization);
    }

    private void token(HttpExchange exchange) throws IOException {
        try (exchange) {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String[] expected = requiredAuthorization == null ? new String[] {"", ""} : requiredAuthorization.split(":", 2);
            if (!form.contains("client_id=" + expected[0]) || !form.contains("client_secret=" + expected[1])) {
                reply(exchange, 401, JSON.createObjectNode().put("error", "invalid_client"), null);
                return;
            }
            String token = "tok-" + UUID.randomUUID();
            validToken = tokensIssued.incrementAndGet() > refusedTokens ? token : null;
            reply(exchange, 200, JSON.createObjectNode().put("access_token", token).put("token_type", "Bearer").put("expires_in", 3600), null);
        }
    }

    private static ObjectNode problem(String type, String title, int status, String detail, String instance) {
        ObjectNode problem = JSON.createObjectNode().put("type", type).put("title", title).put("status", status);
        if (detail != null) {
            problem.put("detail", detail);
        }
        if (instance != null) {
            problem.put("instance", instance);
        }
        return problem;
    }

    private static void reply(HttpExchange exchange, int status, JsonNode body, String retryAfter) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        if (retryAfter != null) {
            exchange.getResponseHeaders().add("Retry-After", retryAfter);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** The eventIDs of {@code document}'s events. */
    public static Set<String> eventIds(JsonNode document) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        document.path("epcisBody").path("eventList").forEach(event -> ids.add(event.path("eventID").asText()));
        return ids;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
