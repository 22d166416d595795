package vn.txng.adapter.portal.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.portal.PortalProfile;

/**
 * POST of one product, lot, location or traceability event: bearer check, the per-client concurrency
 * limit, injected faults, body checks, Idempotency-Key, field rules, the order of calls, then the upsert.
 */
final class UpsertEndpoint extends SandboxEndpoint {

    private final RecordKind kind;

    UpsertEndpoint(SandboxState state, RecordKind kind) {
        super(state, state.profile.path(kind), true);
        this.kind = kind;
    }

    @Override
    Reply answer(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            return methodNotAllowed("POST");
        }
        String client = state.tokens.clientOf(bearer(exchange.getRequestHeaders().getFirst("Authorization")));
        if (client == null) {
            return SandboxJson.failureReply(401, "ERR_UNAUTHORIZED", "missing, unknown, expired or revoked bearer token")
                    .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        }
        if (!state.inFlight.tryEnter(client, state.maxInFlightPerClient)) {
            return SandboxJson.failureReply(429, "ERR_RATE_LIMIT",
                    "more than " + state.maxInFlightPerClient + " concurrent requests").withHeader("Retry-After", "1");
        }
        try {
            pause();
            if (!state.organisationActivated) {
                return Reply.json(200, SandboxJson.notActivated());
            }
            Fault fault = state.faults.take(path());
            if (fault != null && !fault.successFalse()) {
                return faultReply(fault);
            }
            return afterGateway(exchange, client, fault != null);
        } finally {
            state.inFlight.exit(client);
        }
    }

    private Reply afterGateway(HttpExchange exchange, String client, boolean forceSuccessFalse) throws IOException {
        byte[] raw = Exchanges.readBody(exchange, state.maxBodyBytes);
        if (raw == null) {
            return SandboxJson.failureReply(413, "ERR_TOO_LARGE", "body over " + state.maxBodyBytes + " bytes");
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            return SandboxJson.failureReply(400, "ERR_BAD_REQUEST", "Content-Type must be application/json");
        }
        String key = exchange.getRequestHeaders().getFirst(PortalProfile.IDEMPOTENCY_KEY_HEADER);
        if (key == null || key.isBlank()) {
            return SandboxJson.failureReply(400, "ERR_BAD_REQUEST", PortalProfile.IDEMPOTENCY_KEY_HEADER + " is required");
        }
        JsonNode body = parse(raw);
        if (body == null || !body.isObject()) {
            return SandboxJson.failureReply(400, "ERR_BAD_REQUEST", "body is not a JSON object");
        }
        if (forceSuccessFalse) {
            return Reply.json(200, SandboxJson.failure("ERR_VALIDATION", "forced by an injected fault",
                    List.of(new FieldError(RecordStore.keyField(kind), "rejected by an injected fault"))));
        }
        return upsert(client, key, (ObjectNode) body);
    }

    private Reply upsert(String client, String key, ObjectNode body) {
        synchronized (state.storeLock) {
            IdempotencyLedger.Entry earlier = state.ledger.find(client, path(), key);
            if (earlier != null) {
                return earlier.body().equals(body)
                        ? Reply.json(200, SandboxJson.stored(earlier.recordId(), false)) // a replay: nothing new stored
                        : SandboxJson.failureReply(422, "ERR_IDEMPOTENCY_KEY_REUSED",
                                PortalProfile.IDEMPOTENCY_KEY_HEADER + " " + key + " was used with a different body");
            }
            List<FieldError> errors = state.rules.validate(kind, body);
            if (!errors.isEmpty()) {
                // the live portal answers validation failures with HTTP 200
                return Reply.json(200, SandboxJson.failure("ERR_VALIDATION", "Dữ liệu không hợp lệ", errors));
            }
            Reply tooEarly = CallOrder.unmet(kind, body, state.records);
            if (tooEarly != null) {
                return tooEarly;
            }
            RecordStore.Upserted upserted = state.records.upsert(kind, RecordStore.keyOf(kind, body), body);
            state.ledger.remember(client, path(), key, body, upserted.record().id());
            return Reply.json(200, SandboxJson.stored(upserted.record().id(), upserted.created()));
        }
    }

    private Reply faultReply(Fault fault) {
        Reply reply = SandboxJson.failureReply(fault.status(), "ERR_INJECTED_" + fault.status(),
                "injected fault: HTTP " + fault.status());
        return fault.retryAfter() == null ? reply
                : reply.withHeader("Retry-After", Long.toString(fault.retryAfter().toSeconds()));
    }

    private void pause() {
        long millis = state.responseDelay.toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).trim();
    }

    private static JsonNode parse(byte[] raw) {
        try {
            return SandboxJson.MAPPER.readTree(raw);
        } catch (IOException malformed) {
            return null;
        }
    }
}
