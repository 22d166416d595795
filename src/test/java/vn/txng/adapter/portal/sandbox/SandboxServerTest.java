package vn.txng.adapter.portal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.txng.adapter.portal.PortalFixtures.CLIENT_ID;
import static vn.txng.adapter.portal.PortalFixtures.SECRET_TEXT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.portal.PortalFixtures;
import vn.txng.adapter.portal.PortalProfile;

/** The sandbox over plain HTTP, as any client (curl, the live adapter) sees it. */
class SandboxServerTest {

    private static final String PRODUCTS = "/tochuc/v5/ToChuc_SanPham";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private SandboxServer sandbox;

    @BeforeEach
    void start() {
        sandbox = new SandboxServer(CLIENT_ID, PortalFixtures.secret()).start(0);
    }

    @AfterEach
    void stop() {
        sandbox.stop();
    }

    // ---- token endpoint ----

    @Test
    void formCredentialsGetABearerToken() throws Exception {
        HttpResponse<String> answer = tokenRequest(form("client_credentials", CLIENT_ID, SECRET_TEXT), null);

        JsonNode token = JSON.readTree(answer.body());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(token.get("token_type").textValue()).isEqualTo("Bearer");
        assertThat(token.get("expires_in").intValue()).isEqualTo(3600);
        assertThat(token.get("access_token").textValue()).hasSizeGreaterThan(30);
    }

    @Test
    void basicCredentialsGetABearerToken() throws Exception {
        String basic = Base64.getEncoder().encodeToString((CLIENT_ID + ":" + SECRET_TEXT).getBytes(StandardCharsets.UTF_8));

        assertThat(tokenRequest("grant_type=client_credentials", "Basic " + basic).statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongSecretIsInvalidClient() throws Exception {
        HttpResponse<String> answer = tokenRequest(form("client_credentials", CLIENT_ID, "nope"), null);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(answer.body()).get("error").textValue()).isEqualTo("invalid_client");
    }

    @Test
    void anotherGrantIsUnsupported() throws Exception {
        HttpResponse<String> answer = tokenRequest(form("password", CLIENT_ID, SECRET_TEXT), null);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).get("error").textValue()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void noGrantIsAnInvalidRequest() throws Exception {
        HttpResponse<String> answer = tokenRequest("client_id=" + CLIENT_ID, null);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).get("error").textValue()).isEqualTo("invalid_request");
    }

    // ---- calls ----

    @Test
    void aCallWithoutATokenIs401() throws Exception {
        HttpResponse<String> answer = call(null, "k-1", product());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
    }

    @Test
    void anExpiredTokenIs401() throws Exception {
        sandbox.tokenLifetime(java.time.Duration.ZERO);

        assertThat(call(token(), "k-1", product()).statusCode()).isEqualTo(401);
    }

    @Test
    void malformedJsonIs400() throws Exception {
        HttpResponse<String> answer = call(token(), "k-1", "{\"gtinCode\":");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).get("success").booleanValue()).isFalse();
    }

    @Test
    void aCallWithoutAnIdempotencyKeyIs400() throws Exception {
        assertThat(call(token(), null, product()).statusCode()).isEqualTo(400);
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        sandbox.maxBodyBytes(1000);

        HttpResponse<String> answer = call(token(), "k-1", "{\"ten\":\"" + "x".repeat(2000) + "\"}");

        assertThat(answer.statusCode()).isEqualTo(413);
    }

    @Test
    void aValidationFailureIsHttp200WithThePortalsErrorBody() throws Exception {
        HttpResponse<String> answer = call(token(), "k-1", product().replace("8934563123451", "8934563123452"));

        JsonNode body = JSON.readTree(answer.body());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.get("success").booleanValue()).isFalse();
        assertThat(body.get("error").textValue()).isEqualTo("ERR_VALIDATION");
        assertThat(body.has("debugMessage")).isTrue();
        assertThat(body.get("errorInFile").isNull()).isTrue();
        assertThat(body.get("errors").get(0).get("field").textValue()).isEqualTo("gtinCode");
        assertThat(body.get("errors").get(0).get("message").textValue()).contains("check digit");
    }

    @Test
    void anUpdatedProductKeepsItsIdAndIsNotCreatedAgain() throws Exception {
        String token = token();
        JsonNode first = JSON.readTree(call(token, "k-1", product()).body());
        JsonNode second = JSON.readTree(call(token, "k-2", product().replace("Phú Quốc 40", "Phú Quốc 43")).body());

        assertThat(second.get("data").get("id")).isEqualTo(first.get("data").get("id"));
        assertThat(second.get("data").get("created").booleanValue()).isFalse();
        assertThat(sandbox.records().products()).singleElement()
                .satisfies(r -> assertThat(r.body().get("ten").textValue()).contains("43"));
    }

    // ---- inspection and faults over HTTP ----

    @Test
    void recordsAndStatsAreListedAsJson() throws Exception {
        call(token(), "k-1", product());

        JsonNode records = JSON.readTree(get("/sandbox/records").body());
        JsonNode stats = JSON.readTree(get("/sandbox/stats").body());

        assertThat(records.get("products").get("count").intValue()).isEqualTo(1);
        assertThat(records.get("products").get("items").get(0).get("record").get("gtinCode").textValue())
                .isEqualTo("8934563123451");
        assertThat(records.get("lots").get("count").intValue()).isZero();
        assertThat(stats.get("tokenRequests").intValue()).isEqualTo(1);
        assertThat(stats.get("calls").get(PRODUCTS).get("200").intValue()).isEqualTo(1);
    }

    @Test
    void faultsCanBeInjectedOverHttp() throws Exception {
        post("/sandbox/faults", "{\"status\":503,\"times\":2,\"path\":\"" + PRODUCTS + "\"}");
        String token = token();

        assertThat(call(token, "k-1", product()).statusCode()).isEqualTo(503);
        assertThat(call(token, "k-1", product()).statusCode()).isEqualTo(503);
        assertThat(call(token, "k-1", product()).statusCode()).isEqualTo(200);
    }

    @Test
    void tokensCanBeRevokedOverHttp() throws Exception {
        String token = token();
        post("/sandbox/faults", "{\"revokeTokens\":true}");

        assertThat(call(token, "k-1", product()).statusCode()).isEqualTo(401);
    }

    @Test
    void anInjected429CarriesRetryAfter() throws Exception {
        post("/sandbox/faults", "{\"status\":429,\"retryAfterSeconds\":12}");

        HttpResponse<String> answer = call(token(), "k-1", product());

        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("12");
    }

    @Test
    void anUnknownPathIs404() throws Exception {
        assertThat(get("/tochuc/v5/ToChuc_SanPhamX").statusCode()).isEqualTo(404);
    }

    // ---- helpers ----

    private static String product() {
        return PortalProfile.txngV5().body(PortalFixtures.product()).toString();
    }

    private static String form(String grant, String id, String secret) {
        return "grant_type=" + grant + "&client_id=" + URLEncoder.encode(id, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    }

    private String token() throws Exception {
        return JSON.readTree(tokenRequest(form("client_credentials", CLIENT_ID, SECRET_TEXT), null).body())
                .get("access_token").textValue();
    }

    private HttpResponse<String> tokenRequest(String form, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(sandbox.tokenUrl())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(form));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> call(String token, String idempotencyKey, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.apiBase() + PRODUCTS))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(sandbox.apiBase() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void post(String path, String json) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(sandbox.apiBase() + path))
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
    }
}
