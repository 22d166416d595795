package vn.txng.adapter.portal.sandbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The bearer tokens the sandbox issued, each with its client and expiry. */
final class TokenRegistry {

    private record Issued(String clientId, Instant expiresAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Issued> issued = new ConcurrentHashMap<>();
    private final Clock clock;

    TokenRegistry(Clock clock) {
        this.clock = clock;
    }

    /** A new opaque token for {@code clientId}, valid for {@code lifetime}. */
    String issue(String clientId, Duration lifetime) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        issued.put(token, new Issued(clientId, clock.instant().plus(lifetime)));
        return token;
    }

    /** The client a token belongs to, or null when it is unknown, expired or revoked. */
    String clientOf(String token) {
        Issued entry = token == null ? null : issued.get(token);
        if (entry == null) {
            return null;
        }
        if (!clock.instant().isBefore(entry.expiresAt())) {
            issued.remove(token);
            return null;
        }
        return entry.clientId();
    }

    void revokeAll() {
        issued.clear();
    }
}
