package vn.txng.adapter.portal.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One endpoint: checks the exact path and method, computes a {@link Reply}, counts and sends it. */
abstract class SandboxEndpoint implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxEndpoint.class);

    protected final SandboxState state;
    private final String path;
    private final boolean counted;

    SandboxEndpoint(SandboxState state, String path, boolean counted) {
        this.state = state;
        this.path = path;
        this.counted = counted;
    }

    String path() {
        return path;
    }

    /** The answer to a request on this endpoint's exact path. */
    abstract Reply answer(HttpExchange exchange) throws IOException;

    @Override
    public final void handle(HttpExchange exchange) throws IOException {
        Reply reply;
        try {
            reply = exchange.getRequestURI().getPath().equals(path)
                    ? answer(exchange)
                    : SandboxJson.failureReply(404, "ERR_NOT_FOUND", "no such path: " + exchange.getRequestURI().getPath());
        } catch (RuntimeException bug) {
            // the server boundary: a sandbox bug answers 500 instead of a silently dropped connection
            LOG.error("Sandbox endpoint {} failed", path, bug);
            reply = SandboxJson.failureReply(500, "ERR_INTERNAL", "sandbox error: " + bug.getClass().getSimpleName());
        }
        if (counted) {
            state.stats.call(path, reply.status());
        }
        try {
            Exchanges.send(exchange, reply);
        } catch (IOException clientGone) {
            LOG.debug("Could not answer {} on {}: {}", reply.status(), path, clientGone.toString());
            exchange.close();
        }
    }

    static Reply methodNotAllowed(String allowed) {
        return SandboxJson.failureReply(405, "ERR_METHOD", "use " + allowed).withHeader("Allow", allowed);
    }
}
