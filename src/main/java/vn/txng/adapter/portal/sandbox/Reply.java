package vn.txng.adapter.portal.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** An HTTP answer the sandbox is about to send: status, JSON body (or null) and extra headers. */
record Reply(int status, JsonNode body, Map<String, String> headers) {

    static Reply json(int status, JsonNode body) {
        return new Reply(status, body, Map.of());
    }

    Reply withHeader(String name, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, body, more);
    }
}
