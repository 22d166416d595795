package vn.txng.adapter.portal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.portal.PortalFixtures;
import vn.txng.adapter.portal.PortalProfile;

/**
 * An in-process sandbox for each test ({@link Journey#sandbox()}, its clock at {@link Journey#NOW}) and its client
 * over plain HTTP/1.1, as curl or the adapter calls it: one token, JSON bodies. Register it with
 * {@code @RegisterExtension}.
 */
final class SandboxCalls implements BeforeEachCallback, AfterEachCallback {

    static final ObjectMapper JSON = new ObjectMapper();

    /** An answer: its status and its JSON body. */
    record Answer(int status, JsonNode body, HttpResponse<String> response) {

        boolean success() {
            return body.path(PortalProfile.ANSWER_SUCCESS).booleanValue();
        }

        String error() {
            return body.path(PortalProfile.ANSWER_ERROR).textValue();
        }

        String message() {
            return body.path(PortalProfile.ANSWER_MESSAGE).textValue();
        }

        String id() {
            return body.path(PortalProfile.ANSWER_DATA).path(PortalProfile.ANSWER_ID).textValue();
        }

        boolean created() {
            return body.path(PortalProfile.ANSWER_DATA).path(PortalProfile.ANSWER_CREATED).booleanValue();
        }

        /** The fields the portal's {@code errors} name, in order. */
        List<String> fields() {
            return body.path(PortalProfile.ANSWER_ERRORS).findValuesAsText(PortalProfile.ANSWER_FIELD);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private SandboxServer sandbox;
    private String token;

    @Override
    public void beforeEach(ExtensionContext context) {
        sandbox = Journey.sandbox();
        token = null;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        sandbox.stop();
    }

    SandboxServer sandbox() {
        return sandbox;
    }

    /** What the sandbox stores now. */
    SandboxRecords records() {
        return sandbox.records();
    }

    /** Fails unless {@code answer} is the portal's HTTP 200 validation rejection naming {@code field} alone. */
    static void assertRejectedNaming(Answer answer, String field) {
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.success()).isFalse();
        assertThat(answer.error()).isEqualTo("ERR_VALIDATION");
        assertThat(answer.fields()).containsExactly(field);
    }

    /** POSTs {@code body} to the profile's call for {@code kind}, with a bearer token and {@code idempotencyKey}. */
    Answer post(RecordKind kind, String idempotencyKey, JsonNode body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.apiBase() + sandbox.profile().path(kind)))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json; charset=utf-8")
                .header(PortalProfile.IDEMPOTENCY_KEY_HEADER, idempotencyKey)
                .POST(BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
        return answer(send(request));
    }

    /** POSTs {@code body} under a key of its own content, as the adapter keys a record's version. */
    Answer post(RecordKind kind, JsonNode body) {
        return post(kind, kind + "-" + Integer.toHexString(body.toString().hashCode()), body);
    }

    /** POSTs {@code body} and fails the test unless it was stored. */
    Answer deliver(RecordKind kind, JsonNode body) {
        Answer answer = post(kind, body);
        assertThat(answer.success()).as("%s stored: %s", kind, answer.body()).isTrue();
        return answer;
    }

    Answer get(String path) {
        return answer(send(HttpRequest.newBuilder(URI.create(sandbox.apiBase() + path)).GET().build()));
    }

    private String token() {
        if (token == null) {
            String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(PortalFixtures.CLIENT_ID, StandardCharsets.UTF_8)
                    + "&client_secret=" + URLEncoder.encode(PortalFixtures.SECRET_TEXT, StandardCharsets.UTF_8);
            HttpResponse<String> answer = send(HttpRequest.newBuilder(sandbox.tokenUrl())
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString(form)).build());
            token = answer(answer).body().get("access_token").textValue();
        }
        return token;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Answer answer(HttpResponse<String> response) {
        try {
            JsonNode body = response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
            return new Answer(response.statusCode(), body, response);
        } catch (IOException notJson) {
            throw new UncheckedIOException("the sandbox answered no JSON: " + response.body(), notJson);
        }
    }
}
