package vn.txng.adapter.portal.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;

/**
 * POST /sandbox/faults to inject, DELETE to clear. Bodies:
 * {@code {"status":503,"times":2,"path":"/tochuc/v5/ToChuc_LoHang","retryAfterSeconds":5}},
 * {@code {"successFalse":true,"times":1}}, {@code {"revokeTokens":true}}, and the go-live faults
 * {@code {"organisationActivated":false}} and {@code {"refuseCredentials":true}} (DELETE clears them too).
 */
final class FaultsEndpoint extends SandboxEndpoint {

    FaultsEndpoint(SandboxState state) {
        super(state, "/sandbox/faults", false);
    }

    @Override
    Reply answer(HttpExchange exchange) throws IOException {
        switch (exchange.getRequestMethod()) {
            case "DELETE" -> {
                state.faults.clear();
                state.organisationActivated = true;
                state.refuseCredentials = false;
                return Reply.json(200, SandboxJson.object().put("cleared", true));
            }
            case "POST" -> {
                return inject(Exchanges.readBody(exchange, 64 * 1024));
            }
            default -> {
                return methodNotAllowed("POST, DELETE");
            }
        }
    }

    private Reply inject(byte[] raw) {
        JsonNode request;
        try {
            request = raw == null ? null : SandboxJson.MAPPER.readTree(raw);
        } catch (IOException malformed) {
            request = null;
        }
        if (request == null || !request.isObject()) {
            return SandboxJson.failureReply(400, "ERR_BAD_REQUEST", "body must be a JSON object");
        }
        if (request.path("revokeTokens").asBoolean(false)) {
            state.tokens.revokeAll();
            return Reply.json(200, SandboxJson.object().put("revoked", true));
        }
        if (request.has("organisationActivated") || request.has("refuseCredentials")) {
            state.organisationActivated = request.path("organisationActivated").asBoolean(state.organisationActivated);
            state.refuseCredentials = request.path("refuseCredentials").asBoolean(state.refuseCredentials);
            return Reply.json(200, SandboxJson.object().put("organisationActivated", state.organisationActivated)
                    .put("refuseCredentials", state.refuseCredentials));
        }
        int times = request.path("times").asInt(1);
        Fault fault;
        try {
            fault = request.path("successFalse").asBoolean(false)
                    ? Fault.successFalse(times)
                    : Fault.status(request.path("status").asInt(0), times);
            if (request.hasNonNull("path")) {
                fault = fault.onPath(request.get("path").asText());
            }
            if (request.hasNonNull("retryAfterSeconds")) {
                fault = fault.withRetryAfter(Duration.ofSeconds(request.get("retryAfterSeconds").asLong()));
            }
        } catch (IllegalArgumentException invalid) {
            return SandboxJson.failureReply(400, "ERR_BAD_REQUEST", invalid.getMessage());
        }
        state.faults.add(fault);
        return Reply.json(200, SandboxJson.object().put("injected", fault.toString()));
    }
}
