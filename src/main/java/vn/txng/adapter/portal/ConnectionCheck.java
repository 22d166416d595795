package vn.txng.adapter.portal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.portal.PortalAnswer.ConnectionFault;
import vn.txng.adapter.portal.PortalAnswer.Delivered;
import vn.txng.adapter.portal.PortalAnswer.Rejected;

/**
 * The technical connection test the portal's connection process ends with, step by step: the
 * token endpoint reachable, the credentials accepted, the API base accepting the token on the
 * product path, the organisation activated. The API step sends an empty product, which the portal
 * must refuse without storing anything; no record is sent. Stops at the first failed step.
 */
public final class ConnectionCheck {

    /** One step: its name, whether it passed, and what was seen (on a failure: the cause and the fix). */
    public record Step(String name, Status status, String detail) {

        public boolean failed() {
            return status == Status.FAIL;
        }
    }

    /** A step's outcome; SKIPPED when an earlier step failed. */
    public enum Status { OK, FAIL, SKIPPED }

    static final String TOKEN_REACHABLE = "token endpoint reachable";
    static final String CREDENTIALS = "credentials accepted";
    static final String API_BASE = "API base accepts the token";
    static final String ACTIVATED = "organisation activated";

    private final PortalConfig config;
    private final PortalProfile profile;
    private final HttpClient http;

    public ConnectionCheck(PortalConfig config) {
        this.config = config;
        this.profile = PortalProfile.txngV5();
        this.http = PortalClient.httpClient(config);
    }

    /** Runs the steps in order; after a failure the later ones are {@link Status#SKIPPED}. */
    public List<Step> run() {
        List<Step> steps = new ArrayList<>();
        String token = token(steps);
        if (token != null) {
            api(token, steps);
        }
        for (String name : List.of(TOKEN_REACHABLE, CREDENTIALS, API_BASE, ACTIVATED)) {
            if (steps.stream().noneMatch(step -> step.name().equals(name))) {
                steps.add(new Step(name, Status.SKIPPED, "not tried: an earlier step failed"));
            }
        }
        return steps;
    }

    private String token(List<Step> steps) {
        URI tokenUrl = config.tokenUrl();
        try {
            String token = new TokenProvider(config, http).token();
            steps.add(new Step(TOKEN_REACHABLE, Status.OK, NetworkFailure.hostAndPort(tokenUrl) + " answered" + tls(tokenUrl)));
            steps.add(new Step(CREDENTIALS, Status.OK, "a token was issued to client id " + config.clientId()));
            return token;
        } catch (PortalTokenException failure) {
            ConnectionProblem problem = failure.problem();
            if (problem == ConnectionProblem.UNREACHABLE || problem == ConnectionProblem.TLS
                    || (problem == null && failure.getCause() instanceof IOException)) {
                steps.add(new Step(TOKEN_REACHABLE, Status.FAIL, failure.getMessage() + advice(problem)));
                return null;
            }
            steps.add(new Step(TOKEN_REACHABLE, Status.OK, NetworkFailure.hostAndPort(tokenUrl) + " answered" + tls(tokenUrl)));
            String detail = failure.getMessage();
            if ("invalid_client".equals(failure.oauthError()) || problem == ConnectionProblem.CREDENTIALS_REFUSED) {
                detail += "; client id " + config.clientId() + " with its secret was refused" + advice(ConnectionProblem.CREDENTIALS_REFUSED);
            } else if (problem == ConnectionProblem.API_PATH_NOT_FOUND) {
                detail += "; check txng.portal.token-url (TXNG_PORTAL_TOKEN_URL; the portal's default is {sso host}" + profile.tokenPath() + ")";
            } else {
                detail += "; the token endpoint is not working now, try again later";
            }
            steps.add(new Step(CREDENTIALS, Status.FAIL, detail));
            return null;
        }
    }

    private void api(String token, List<Step> steps) {
        URI endpoint = profile.endpoint(config.apiBase(), RecordKind.PRODUCT);
        HttpResponse<byte[]> response;
        try {
            // an empty product: every portal must refuse it as data, so nothing is stored
            HttpRequest request = HttpRequest.newBuilder(endpoint)
                    .timeout(config.requestTimeout())
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", PortalClient.CONTENT_TYPE)
                    .header("Accept", "application/json")
                    .header(PortalProfile.IDEMPOTENCY_KEY_HEADER, "txng-check-" + UUID.randomUUID())
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build();
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException network) {
            NetworkFailure failure = NetworkFailure.of(endpoint, network, config.requestTimeout());
            steps.add(new Step(API_BASE, Status.FAIL, failure.message() + advice(failure.problem())));
            return;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            steps.add(new Step(API_BASE, Status.FAIL, "interrupted"));
            return;
        }
        int status = response.statusCode();
        if (status == 401) {
            steps.add(new Step(API_BASE, Status.FAIL, "HTTP 401 from " + endpoint + " with a token just issued"
                    + advice(ConnectionProblem.TOKEN_NOT_ACCEPTED)));
            return;
        }
        PortalAnswer answer = PortalAnswerReader.read(status, null, response.body());
        if (answer instanceof ConnectionFault fault && fault.problem() == ConnectionProblem.ORGANISATION_NOT_ACTIVATED) {
            steps.add(new Step(API_BASE, Status.OK, endpoint + " took the token"));
            steps.add(new Step(ACTIVATED, Status.FAIL, fault.message()));
        } else if (answer instanceof ConnectionFault fault) {
            steps.add(new Step(API_BASE, Status.FAIL, endpoint + ": " + fault.message()));
        } else if (answer instanceof Rejected rejected) {
            steps.add(new Step(API_BASE, Status.OK, endpoint + " took the token and refused an empty product as it must ("
                    + rejected.code() + ")"));
            steps.add(new Step(ACTIVATED, Status.OK, "the portal judges records for this organisation"));
        } else if (answer instanceof Delivered) {
            steps.add(new Step(API_BASE, Status.FAIL, endpoint + " stored an empty product: this is not a txng-v5 product path;"
                    + " check txng.portal.api-base (TXNG_PORTAL_API_BASE)"));
        } else {
            String reason = answer instanceof PortalAnswer.RetryLater later ? later.reason() : answer.toString();
            steps.add(new Step(API_BASE, Status.FAIL, endpoint + ": " + reason + "; the portal is not working now, try again later"));
        }
    }

    private static String tls(URI uri) {
        return "https".equalsIgnoreCase(uri.getScheme()) ? " over TLS" : " (plain http, no TLS)";
    }

    private static String advice(ConnectionProblem problem) {
        return problem == null ? "" : "; " + problem.advice();
    }
}
