package vn.txng.adapter.jar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * The portal sandbox as its own process ({@code java -jar txng-adapter.jar sandbox --port 0 ...}), read
 * back through its inspection endpoint {@code GET /sandbox/records}; an adapter process is pointed at it
 * as at the portal, through the environment ({@link #portalEnvironment()}).
 */
final class SandboxProcess implements AutoCloseable {

    private static final Pattern API_BASE = Pattern.compile("api base:\\s+(\\S+)");
    private static final Pattern TOKEN_URL = Pattern.compile("token url:\\s+(\\S+)");

    final JarProcess process;
    final URI apiBase;
    final URI tokenUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    /** Starts {@code sandbox --port 0 ARGS} in {@code work} and waits until it prints where it listens. */
    SandboxProcess(Path work, String... args) {
        String[] line = new String[args.length + 3];
        line[0] = "sandbox";
        line[1] = "--port";
        line[2] = "0";
        System.arraycopy(args, 0, line, 3, args.length);
        this.process = JarProcess.in(work).start(line).awaitOut("Ctrl-C stops it.");
        this.apiBase = URI.create(printed(API_BASE));
        this.tokenUrl = URI.create(printed(TOKEN_URL));
    }

    private String printed(Pattern pattern) {
        Matcher m = pattern.matcher(process.out());
        if (!m.find()) {
            throw new AssertionError("the sandbox did not print " + pattern + ":\n" + process.out());
        }
        return m.group(1);
    }

    /** The portal settings of an adapter that delivers here: its packed defaults name the sandbox's client. */
    Map<String, String> portalEnvironment() {
        return Map.of("TXNG_PORTAL_API_BASE", apiBase.toString(), "TXNG_PORTAL_TOKEN_URL", tokenUrl.toString(),
                "TXNG_PORTAL_CLIENT_ID", "sandbox-client", "TXNG_PORTAL_CLIENT_SECRET", "sandbox-secret");
    }

    /** The keys of the lots stored ({@code GTIN/lot}). */
    List<String> lotKeys() throws IOException, InterruptedException {
        return keys(records().path("lots"));
    }

    /** The keys of the products stored (their GTINs). */
    List<String> productKeys() throws IOException, InterruptedException {
        return keys(records().path("products"));
    }

    /** The keys of the locations stored (their trace codes). */
    List<String> locationKeys() throws IOException, InterruptedException {
        return keys(records().path("locations"));
    }

    /** The keys of the events stored (maSuKien). */
    List<String> eventKeys() throws IOException, InterruptedException {
        return keys(records().path("events"));
    }

    private static List<String> keys(JsonNode group) {
        return StreamSupport.stream(group.path("items").spliterator(), false).map(item -> item.path("key").asText()).toList();
    }

    private JsonNode records() throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(apiBase.resolve("/sandbox/records")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(answer.body());
    }

    @Override
    public void close() {
        process.close();
    }
}
