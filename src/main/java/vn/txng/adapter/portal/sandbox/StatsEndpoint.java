package vn.txng.adapter.portal.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

/** GET /sandbox/stats: token requests, and calls by path and status. */
final class StatsEndpoint extends SandboxEndpoint {

    StatsEndpoint(SandboxState state) {
        super(state, "/sandbox/stats", false);
    }

    @Override
    Reply answer(HttpExchange exchange) {
        if (!"GET".equals(exchange.getRequestMethod())) {
            return methodNotAllowed("GET");
        }
        ObjectNode answer = SandboxJson.object().put("tokenRequests", state.stats.tokenRequests());
        ObjectNode calls = answer.putObject("calls");
        state.stats.calls().forEach((path, byStatus) -> {
            ObjectNode counts = calls.putObject(path);
            byStatus.forEach((status, count) -> counts.put(Integer.toString(status), count));
        });
        answer.put("pendingFaults", state.faults.size());
        return Reply.json(200, answer);
    }
}
