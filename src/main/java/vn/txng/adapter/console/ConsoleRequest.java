package vn.txng.adapter.console;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * One request to the console as the embedded HTTP server handed it to Camel: method, path below
 * {@code /console}, query and form fields (read from the raw query and body, never from Camel's headers, so
 * a field cannot pose as a header), cookies and the headers the checks need.
 */
final class ConsoleRequest {

    final String method;
    /** The path below {@code /console}, e.g. {@code /records}; {@code /} for the overview. */
    final String path;
    private final Map<String, String> query;
    private final Map<String, String> form;
    private final Map<String, String> cookies;
    /** The request's headers, copied: the answer replaces the message's. */
    private final Map<String, Object> headers;

    ConsoleRequest(Exchange exchange) {
        Message message = exchange.getMessage();
        this.headers = new org.apache.camel.util.CaseInsensitiveMap(message.getHeaders());
        this.method = String.valueOf(message.getHeader(Exchange.HTTP_METHOD, "GET", String.class));
        String uri = message.getHeader(Exchange.HTTP_URI, "/console/", String.class);
        String full = URI.create(uri.replace(" ", "%20")).getRawPath();
        String below = full.startsWith(ConsoleRoutes.BASE) ? full.substring(ConsoleRoutes.BASE.length()) : full;
        this.path = below.isEmpty() ? "/" : below;
        this.query = fields(message.getHeader(Exchange.HTTP_QUERY, String.class));
        this.form = "POST".equals(method) ? fields(message.getBody(String.class)) : Map.of();
        this.cookies = cookies(message.getHeader("Cookie", String.class));
    }

    /**
     * The path with its query fields but {@code lang}, encoded again in their order: what the language switch
     * links to and comes back to.
     */
    String pathAndQuery() {
        StringBuilder link = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> field : query.entrySet()) {
            if (!"lang".equals(field.getKey())) {
                link.append(separator).append(Console.encode(field.getKey())).append('=').append(Console.encode(field.getValue()));
                separator = '&';
            }
        }
        return link.toString();
    }

    String query(String name) {
        return query.getOrDefault(name, "");
    }

    /**
     * A field of a posted form. platform-http-vertx reads an urlencoded body into headers itself (the body is then
     * empty); those are taken from the copy made before the answer cleared them, and only for a POST.
     */
    String form(String name) {
        String value = form.get(name);
        if (value == null && "POST".equals(method)) {
            Object field = headers.get(name);
            value = field instanceof String text ? text : null;
        }
        return value == null ? "" : value;
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    String header(String name) {
        Object value = headers.get(name);
        return value == null ? null : value.toString();
    }

    /** The address of the client, for the lock-out (the server's own view of it, never a forwarded header). */
    String client() {
        return hostOf(headers.get(ConsoleRoutes.REMOTE_ADDRESS));
    }

    /** The address the request came in on (127.0.0.1 when it came to the loopback interface). */
    String localHost() {
        return hostOf(headers.get(ConsoleRoutes.LOCAL_ADDRESS));
    }

    /** {@code host} of {@code host:port} or {@code [v6]:port}, from the server's socket address. */
    static String hostOf(Object socketAddress) {
        if (socketAddress == null) {
            return "";
        }
        String text = socketAddress.toString();
        int colon = text.lastIndexOf(':');
        String host = colon < 0 ? text : text.substring(0, colon);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static Map<String, String> fields(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            try {
                fields.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                // a field we cannot decode is no field
            }
        }
        return fields;
    }

    private static Map<String, String> cookies(String header) {
        Map<String, String> cookies = new HashMap<>();
        if (header == null) {
            return cookies;
        }
        for (String part : header.split(";")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                cookies.putIfAbsent(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
            }
        }
        return cookies;
    }
}
