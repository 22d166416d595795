package vn.txng.adapter.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real HTTP server (the JDK's) on a loopback port publishing one export, as an ERP's web
 * server would: with an ETag and Last-Modified answering 304 to a matching conditional GET, or
 * with no validators at all; optionally behind basic or bearer authentication.
 */
public final class HttpExportServer implements AutoCloseable {

    public static final String LAST_MODIFIED = "Fri, 04 Dec 2026 10:00:00 GMT";

    private final HttpServer server;
    private volatile String body = "";
    private volatile int version;
    private volatile boolean validators = true;
    private volatile String expectedAuthorization;
    private final Map<Integer, AtomicLong> answers = new ConcurrentHashMap<>();
    private final ExecutorService answering = Executors.newCachedThreadPool();
    private volatile CountDownLatch together = new CountDownLatch(0);

    public HttpExportServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/export/lots.xml", this::serve);
        // requests are answered side by side (answerTogether holds them)
        server.setExecutor(answering);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/export/lots.xml";
    }

    /** The export's new content (a new ETag). */
    public void publish(String content) {
        body = content;
        version++;
    }

    /** Serve without ETag and Last-Modified. */
    public void withoutValidators() {
        validators = false;
    }

    public void requireAuthorization(String header) {
        expectedAuthorization = header;
    }

    /** The next {@code requests} requests are answered only once they have all arrived (10 s at most): clients that poll at once. */
    public void answerTogether(int requests) {
        together = new CountDownLatch(requests);
    }

    /** How many answers with this status were sent. */
    public long answered(int status) {
        return answers.getOrDefault(status, new AtomicLong()).get();
    }

    private void serve(HttpExchange exchange) throws IOException {
        Together.arrive(together);
        String etag = "\"v" + version + "\"";
        int status;
        byte[] bytes = new byte[0];
        if (expectedAuthorization != null && !expectedAuthorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            status = 401;
        } else if (validators && etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            status = 304;
        } else {
            status = 200;
            bytes = body.getBytes(StandardCharsets.UTF_8);
            if (validators) {
                exchange.getResponseHeaders().set("ETag", etag);
                exchange.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
            }
        }
        answers.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
        exchange.sendResponseHeaders(status, status == 200 ? bytes.length : -1);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        answering.shutdownNow();
    }
}
