package vn.txng.adapter.portal.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.ByteArrayOutputStream;

/** Reading requests and writing replies on the JDK HTTP server. */
final class Exchanges {

    /** Past this, an oversized body is not even drained: the connection is dropped. */
    private static final long MAX_DRAIN = 64L * 1024 * 1024;

    private Exchanges() {
    }

    /** The request body, or null when it is longer than {@code limit} bytes (then drained, so a 413 reaches the client). */
    static byte[] readBody(HttpExchange exchange, int limit) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        try (InputStream in = exchange.getRequestBody()) {
            for (int n; (n = in.read(buffer)) != -1 && total <= MAX_DRAIN; ) {
                total += n;
                if (total <= limit) {
                    body.write(buffer, 0, n);
                }
            }
        }
        return total > limit ? null : body.toByteArray();
    }

    static void send(HttpExchange exchange, Reply reply) throws IOException {
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        byte[] bytes = reply.body() == null ? new byte[0] : bytes(reply);
        if (bytes.length > 0) {
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        }
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    private static byte[] bytes(Reply reply) {
        try {
            return SandboxJson.MAPPER.writeValueAsBytes(reply.body());
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible); // a tree built in memory always serialises
        }
    }
}
