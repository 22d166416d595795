package vn.txng.adapter.console;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Who may see the console: one user name and password from the settings, of which only a PBKDF2-HMAC-SHA256
 * hash is kept (the password itself is dropped at start and never logged); sessions held in memory (a
 * restart signs everyone out); a client address that fails {@value #MAX_FAILURES} sign-ins in a row is locked
 * out for {@link #LOCK_OUT}, and every client once {@value #MAX_FAILURES_IN_ALL} failures pile up within it.
 * Every comparison of a secret is constant-time.
 */
public final class ConsoleAccess {

    /** Failed sign-ins in a row from one client address before it is locked out. */
    public static final int MAX_FAILURES = 5;
    /** Failed sign-ins from any address within {@link #LOCK_OUT} before every sign-in is refused for that long. */
    public static final int MAX_FAILURES_IN_ALL = 20;
    /** How long a lock-out lasts. */
    public static final Duration LOCK_OUT = Duration.ofMinutes(15);
    /** A session unused this long ends. */
    public static final Duration IDLE = Duration.ofMinutes(30);
    private static final int ITERATIONS = 120_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A signed-in browser: its cookie value and the token its forms carry (CSRF). */
    public record Session(String id, String csrfToken, Instant lastSeen) {
    }

    /** The outcome of a sign-in. */
    public enum SignIn { ACCEPTED, REFUSED, LOCKED_OUT }

    private record Failures(int count, Instant last) {
    }

    private final byte[] salt = random(16);
    private final byte[] userHash;
    private final byte[] passwordHash;
    private final Clock clock;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private volatile Failures allFailures = new Failures(0, Instant.EPOCH);

    public ConsoleAccess(String user, String password, Clock clock) {
        this.userHash = hash(user);
        this.passwordHash = hash(password);
        this.clock = clock;
    }

    /**
     * Checks a sign-in from {@code client} (its address); on success {@link #open()} makes the session. A locked-out
     * client is refused without the password being checked, so trying on during a lock-out learns nothing.
     */
    public synchronized SignIn check(String user, String password, String client) {
        Instant now = clock.instant();
        Failures mine = failures.get(client);
        if (locked(mine, MAX_FAILURES, now) || locked(allFailures, MAX_FAILURES_IN_ALL, now)) {
            return SignIn.LOCKED_OUT;
        }
        // both hashes computed whatever the user name, so the time taken says nothing of which part was wrong
        boolean userMatches = MessageDigest.isEqual(userHash, hash(user == null ? "" : user));
        boolean passwordMatches = MessageDigest.isEqual(passwordHash, hash(password == null ? "" : password));
        if (userMatches && passwordMatches) {
            failures.remove(client);
            return SignIn.ACCEPTED;
        }
        failures.put(client, next(mine, now));
        allFailures = next(allFailures, now);
        return SignIn.REFUSED;
    }

    private static boolean locked(Failures seen, int max, Instant now) {
        return seen != null && seen.count() >= max && now.isBefore(seen.last().plus(LOCK_OUT));
    }

    private static Failures next(Failures seen, Instant now) {
        // failures older than a lock-out are forgotten: a slip a day ago does not count towards today's
        boolean fresh = seen == null || !now.isBefore(seen.last().plus(LOCK_OUT));
        return new Failures(fresh ? 1 : seen.count() + 1, now);
    }

    /** A new session after an accepted sign-in. */
    public Session open() {
        Session session = new Session(token(), token(), clock.instant());
        sessions.put(session.id(), session);
        return session;
    }

    /** The live session of a cookie value, its idle time restarted; empty when unknown, ended or idle too long. */
    public Optional<Session> session(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        for (Iterator<Session> it = sessions.values().iterator(); it.hasNext();) {
            if (!now.isBefore(it.next().lastSeen().plus(IDLE))) {
                it.remove();
            }
        }
        Session found = null;
        // constant-time over the live sessions: a guessed cookie learns nothing from the time taken
        for (Session session : sessions.values()) {
            if (MessageDigest.isEqual(session.id().getBytes(StandardCharsets.UTF_8), id.getBytes(StandardCharsets.UTF_8))) {
                found = session;
            }
        }
        if (found == null) {
            return Optional.empty();
        }
        Session renewed = new Session(found.id(), found.csrfToken(), now);
        sessions.put(found.id(), renewed);
        return Optional.of(renewed);
    }

    /** True when a form's token is the session's own (compared in constant time). */
    public static boolean csrfMatches(Session session, String token) {
        return token != null && MessageDigest.isEqual(session.csrfToken().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    public void close(Session session) {
        sessions.remove(session.id());
    }

    private byte[] hash(String secret) {
        try {
            PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, ITERATIONS, 256);
            try {
                return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no PBKDF2WithHmacSHA256, which every Java 17 has", e);
        }
    }

    private static String token() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random(32));
    }

    private static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return value;
    }
}
