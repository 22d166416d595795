package vn.txng.adapter.portal.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.util.List;

/** GET /sandbox/records: the stored products, lots, locations and events, with counts. */
final class RecordsEndpoint extends SandboxEndpoint {

    RecordsEndpoint(SandboxState state) {
        super(state, "/sandbox/records", false);
    }

    @Override
    Reply answer(HttpExchange exchange) {
        if (!"GET".equals(exchange.getRequestMethod())) {
            return methodNotAllowed("GET");
        }
        SandboxRecords snapshot;
        synchronized (state.storeLock) {
            snapshot = state.records.snapshot();
        }
        ObjectNode answer = SandboxJson.object();
        put(answer.putObject("products"), snapshot.products());
        put(answer.putObject("lots"), snapshot.lots());
        put(answer.putObject("locations"), snapshot.locations());
        put(answer.putObject("events"), snapshot.events());
        return Reply.json(200, answer);
    }

    private static void put(ObjectNode group, List<StoredRecord> records) {
        group.put("count", records.size());
        ArrayNode items = group.putArray("items");
        records.forEach(r -> items.addObject().put("id", r.id()).put("key", r.key()).set("record", r.body()));
    }
}
