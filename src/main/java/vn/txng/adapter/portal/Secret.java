package vn.txng.adapter.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A client secret. Its text leaves this object only through {@link #reveal()}, which the token
 * request uses; {@code toString()} is a mask so that a secret in a config object, a log line or
 * an exception message shows as {@code ******}.
 */
public final class Secret {

    public static final String MASK = "******";

    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value, "secret");
    }

    public static Secret of(String value) {
        return new Secret(value);
    }

    /** The secret's text, for the one place that must send it. Never log or format the result. */
    public String reveal() {
        return value;
    }

    /** Constant-time comparison, so a server checking a secret does not leak it through timing. */
    public boolean matches(String candidate) {
        if (candidate == null) {
            return false;
        }
        return MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code text} with every occurrence of the secret masked: for text that came from elsewhere. */
    public String redact(String text) {
        if (text == null || value.isEmpty()) {
            return text;
        }
        return text.replace(value, MASK);
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public String toString() {
        return MASK;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret that && MessageDigest.isEqual(
                value.getBytes(StandardCharsets.UTF_8), that.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
