package vn.txng.adapter.portal.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** POST /connect/token: OAuth 2.0 client credentials, with the client in the form or in HTTP Basic. */
final class TokenEndpoint extends SandboxEndpoint {

    TokenEndpoint(SandboxState state, String path) {
        super(state, path, true);
    }

    @Override
    Reply answer(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            return methodNotAllowed("POST");
        }
        state.stats.tokenRequest();
        byte[] raw = Exchanges.readBody(exchange, 64 * 1024);
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (raw == null || contentType == null || !contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            return oauthError(400, "invalid_request", "send application/x-www-form-urlencoded");
        }
        Map<String, String> form = parseForm(new String(raw, StandardCharsets.US_ASCII));
        if (form == null) {
            return oauthError(400, "invalid_request", "malformed or repeated form parameters");
        }
        String grantType = form.get("grant_type");
        if (grantType == null) {
            return oauthError(400, "invalid_request", "grant_type is required");
        }
        if (!grantType.equals("client_credentials")) {
            return oauthError(400, "unsupported_grant_type", "only client_credentials is supported");
        }
        String[] basic = basicCredentials(exchange.getRequestHeaders().getFirst("Authorization"));
        boolean inForm = form.containsKey("client_id") || form.containsKey("client_secret");
        if (basic != null && inForm) {
            return oauthError(400, "invalid_request", "use one client authentication method, not two");
        }
        String id = basic != null ? basic[0] : form.get("client_id");
        String secret = basic != null ? basic[1] : form.get("client_secret");
        if (state.refuseCredentials || id == null || !id.equals(state.clientId) || !state.clientSecret.matches(secret)) {
            return oauthError(401, "invalid_client", "client authentication failed")
                    .withHeader("WWW-Authenticate", "Basic realm=\"sandbox\"");
        }
        ObjectNode token = SandboxJson.object()
                .put("access_token", state.tokens.issue(id, state.tokenLifetime))
                .put("token_type", "Bearer")
                .put("expires_in", state.tokenLifetime.toSeconds());
        return Reply.json(200, token).withHeader("Cache-Control", "no-store");
    }

    private static Reply oauthError(int status, String error, String description) {
        return Reply.json(status, SandboxJson.object().put("error", error).put("error_description", description));
    }

    /** The form's parameters, or null when one is malformed or repeated (RFC 6749 section 3.2). */
    private static Map<String, String> parseForm(String body) {
        Map<String, String> form = new HashMap<>();
        if (body.isEmpty()) {
            return form;
        }
        try {
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (form.put(name, value) != null) {
                    return null;
                }
            }
        } catch (IllegalArgumentException badEscape) {
            return null;
        }
        return form;
    }

    /** {id, secret} from HTTP Basic (each form-urlencoded, RFC 6749 section 2.3.1), or null. */
    private static String[] basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return null;
            }
            return new String[] {
                URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)};
        } catch (IllegalArgumentException badEncoding) {
            return null;
        }
    }
}
