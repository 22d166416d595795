package vn.txng.adapter.outbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * The portal records are delivered to: the built-in sandbox, or an API base together with the
 * client id the National Barcode Center issued. Delivery state is kept per target, so switching
 * from the test gateway to production (or from the sandbox to either) sends everything again.
 * The secret is no part of a target: a new secret for the same client is the same portal.
 *
 * @param id          {@code SANDBOX}, or 32 hex digits of SHA-256 over the normalised API base and the client id
 * @param description {@code SANDBOX}, or the normalised API base and the client id, for status
 */
public record PortalTarget(String id, String description) {

    public static final String SANDBOX_ID = "SANDBOX";

    public PortalTarget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
    }

    /** The adapter's built-in sandbox portal (whatever port it listens on). */
    public static PortalTarget sandbox() {
        return new PortalTarget(SANDBOX_ID, SANDBOX_ID);
    }

    /** A configured portal; {@code https://Host:443/gwdev/} and {@code https://host/gwdev} are the same target. */
    public static PortalTarget of(URI apiBase, String clientId) {
        String base = normalise(apiBase);
        String client = clientId.strip();
        return new PortalTarget(sha256(base + "\n" + client).substring(0, 32), base + " (client id " + client + ")");
    }

    public boolean isSandbox() {
        return SANDBOX_ID.equals(id);
    }

    /** Scheme and host in lower case, no default port, no trailing slash, no query. */
    static String normalise(URI apiBase) {
        String scheme = apiBase.getScheme() == null ? "" : apiBase.getScheme().toLowerCase(Locale.ROOT);
        String host = apiBase.getHost() == null ? "" : apiBase.getHost().toLowerCase(Locale.ROOT);
        int port = apiBase.getPort();
        boolean defaultPort = port == -1 || ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
        String path = apiBase.getPath() == null ? "" : apiBase.getPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
