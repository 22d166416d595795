package vn.txng.adapter.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.camel.builder.RouteBuilder;

/**
 * The console on the embedded HTTP server (platform-http, Vert.x): one route takes every path under
 * {@value #BASE}, so that the session check in {@link Console} stands before every page by construction.
 */
public final class ConsoleRoutes extends RouteBuilder {

    public static final String BASE = "/console";
    /** The headers platform-http-vertx gives the socket's two ends in (VertxPlatformHttpConstants). */
    static final String LOCAL_ADDRESS = "CamelVertxPlatformHttpLocalAddress";
    static final String REMOTE_ADDRESS = "CamelVertxPlatformHttpRemoteAddress";
    /** The console's style sheet, from the jar: no CDN, nothing fetched from elsewhere. */
    static final String STYLE = resource("/console/console.css");

    @Override
    public void configure() {
        // every page of the console, and the bare /console
        from("platform-http:" + BASE + "?matchOnUriPrefix=true").routeId("console")
            .bean("console", "handle");
    }

    private static String resource(String name) {
        try (InputStream in = ConsoleRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
