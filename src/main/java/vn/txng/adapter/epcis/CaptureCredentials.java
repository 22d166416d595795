package vn.txng.adapter.epcis;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import vn.txng.adapter.portal.Secret;
import vn.txng.adapter.portal.TokenProvider;

/**
 * How the adapter proves itself to an EPCIS repository: none, a bearer token (RFC 6750), HTTP basic (RFC 7617), or
 * OAuth 2.0 client credentials through the portal's {@link TokenProvider}. {@code toString()} never shows a secret.
 */
public sealed interface CaptureCredentials {

    /**
     * The {@code Authorization} header's value, or null for none.
     *
     * @throws vn.txng.adapter.portal.PortalTokenException when the token endpoint refuses or cannot be reached (OAuth)
     */
    String authorization();

    /** The repository answered 401 to {@code sent}: true when a new credential was made ready for one repeat (OAuth only). */
    default boolean renew(String sent) {
        return false;
    }

    /** {@code text} with every secret masked: for text a repository or the network wrote. */
    default String redact(String text) {
        return text;
    }

    /** No credentials: a repository open on a private network. */
    record None() implements CaptureCredentials {
        @Override
        public String authorization() {
            return null;
        }

        @Override
        public String toString() {
            return "no credentials";
        }
    }

    /** A token the repository issued, sent as {@code Authorization: Bearer ...}. */
    record Bearer(Secret token) implements CaptureCredentials {
        @Override
        public String authorization() {
            return "Bearer " + token.reveal();
        }

        @Override
        public String redact(String text) {
            return token.redact(text);
        }

        @Override
        public String toString() {
            return "a bearer token";
        }
    }

    /** A user and password, sent as {@code Authorization: Basic base64(user:password)}. */
    record Basic(String user, Secret password) implements CaptureCredentials {
        @Override
        public String authorization() {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password.reveal()).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String redact(String text) {
            return password.redact(Secret.of(authorization().substring("Basic ".length())).redact(text));
        }

        @Override
        public String toString() {
            return "basic authentication as " + user;
        }
    }

    /** OAuth 2.0 client credentials (RFC 6749 section 4.4): a token from the token endpoint, renewed once on a 401. */
    record OAuth(TokenProvider tokens, String clientId) implements CaptureCredentials {
        private static final String BEARER = "Bearer ";

        @Override
        public String authorization() {
            return BEARER + tokens.token();
        }

        @Override
        public boolean renew(String sent) {
            tokens.invalidate(sent.substring(BEARER.length()));
            return true;
        }

        @Override
        public String toString() {
            return "OAuth client credentials of " + clientId + " from " + tokens.tokenUrl();
        }
    }
}
