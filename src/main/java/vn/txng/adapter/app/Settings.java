package vn.txng.adapter.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.txng.adapter.ingest.ProductDefaults;
import vn.txng.adapter.outbox.PortalTarget;

/**
 * The adapter's settings: the defaults packed in the jar, then {@code application.properties} in
 * the working folder, then environment variables ({@code txng.portal.client-secret} ->
 * {@code TXNG_PORTAL_CLIENT_SECRET}), then {@code -D} system properties; the last one set wins.
 * Secrets are never printed by {@link #toString()} nor handed to Camel's property placeholders.
 */
public final class Settings {

    private static final String DEFAULTS = "/application.properties";
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)?");

    private final Map<String, String> values;
    private final Path workDir;

    private Settings(Map<String, String> values, Path workDir) {
        this.values = values;
        this.workDir = workDir;
    }

    public static Settings load() {
        return load(System.getenv(), System.getProperties(), Path.of("").toAbsolutePath());
    }

    public static Settings load(Map<String, String> env, Properties system, Path workDir) {
        Map<String, String> values = new TreeMap<>();
        readInto(values, Settings.class.getResourceAsStream(DEFAULTS), DEFAULTS);
        Path local = workDir.resolve("application.properties");
        if (Files.isRegularFile(local)) {
            try {
                readInto(values, Files.newInputStream(local), local.toString());
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + local + ": " + e.getMessage(), e);
            }
        }
        for (String key : values.keySet().toArray(String[]::new)) {
            String fromEnv = env.get(environmentName(key));
            if (fromEnv != null) {
                values.put(key, fromEnv);
            }
        }
        system.stringPropertyNames().stream().filter(k -> k.startsWith("txng.") || k.startsWith("camel.")).forEach(k -> values.put(k, system.getProperty(k)));
        return new Settings(values, workDir);
    }

    /** {@code txng.portal.client-secret} -> {@code TXNG_PORTAL_CLIENT_SECRET}. */
    public static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static void readInto(Map<String, String> values, InputStream in, String source) {
        if (in == null) {
            throw new IllegalStateException(source + " is missing");
        }
        try (Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k).strip()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    /** A copy with one value replaced: for command-line options and tests. */
    public Settings with(String key, String value) {
        Map<String, String> copy = new TreeMap<>(values);
        copy.put(key, value);
        return new Settings(copy, workDir);
    }

    public String get(String key) {
        String value = values.get(key);
        return value == null ? "" : value;
    }

    public boolean isSet(String key) {
        return !get(key).isEmpty();
    }

    public int integer(String key) {
        try {
            return Integer.parseInt(get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not '" + get(key) + "'", e);
        }
    }

    /** {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, {@code 2d}, a bare number of milliseconds, or ISO-8601 {@code PT30S}. */
    public Duration duration(String key) {
        String text = get(key).trim().toLowerCase(Locale.ROOT);
        if (text.startsWith("p")) {
            return Duration.parse(text.toUpperCase(Locale.ROOT));
        }
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(key + " must be a duration such as 30s, 5m or 1h, not '" + get(key) + "'");
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "ms" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    /** A folder setting, resolved against the working folder. */
    public Path path(String key) {
        return workDir.resolve(get(key)).toAbsolutePath().normalize();
    }

    public Path inboxDir() {
        return path("txng.inbox.dir");
    }

    public Path dataDir() {
        return path("txng.data.dir");
    }

    /** Camel's include pattern for the route files: ./routes (or txng.routes.dir) when present, else the jar's. */
    public String routesPattern() {
        Path dir = isSet("txng.routes.dir") ? path("txng.routes.dir") : workDir.resolve("routes");
        if (Files.isDirectory(dir)) {
            return "file:" + dir.toAbsolutePath().normalize() + "/*.camel.yaml";
        }
        if (isSet("txng.routes.dir")) {
            throw new IllegalArgumentException("txng.routes.dir names " + dir + ", which is not a folder");
        }
        return "classpath:routes/*.camel.yaml";
    }

    /** The organisation's defaults for products that lack a field ({@code txng.defaults.*}). */
    public ProductDefaults productDefaults() {
        return new ProductDefaults(orNull("txng.defaults.manufacturer.name"), orNull("txng.defaults.manufacturer.address"),
                orNull("txng.defaults.manufacturer.tax-code"), orNull("txng.defaults.manufacturer.gln"),
                orNull("txng.defaults.sales-unit"), orNull("txng.defaults.image-url-template"));
    }

    /** The charset EDI files are decoded with whatever they declare ({@code txng.inbox.edi-charset}), or null. */
    public Charset ediCharset() {
        if (!isSet("txng.inbox.edi-charset")) {
            return null;
        }
        try {
            return Charset.forName(get("txng.inbox.edi-charset"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("txng.inbox.edi-charset names no charset this Java knows: '"
                    + get("txng.inbox.edi-charset") + "' (try windows-1258, ISO-8859-1, UTF-8)", e);
        }
    }

    private String orNull(String key) {
        return isSet(key) ? get(key) : null;
    }

    /** True when no portal client id is configured: the adapter talks to its sandbox. */
    public boolean sandboxMode() {
        return !isSet("txng.portal.client-id");
    }

    /**
     * The portal delivery state is kept for: SANDBOX, or the API base with the client id (never
     * the secret). Changing either sends every staged record to the new target.
     */
    public PortalTarget portalTarget() {
        if (sandboxMode()) {
            return PortalTarget.sandbox();
        }
        if (!isSet("txng.portal.api-base")) {
            throw new IllegalArgumentException("txng.portal.api-base must be set when txng.portal.client-id is set"
                    + " (environment variable " + environmentName("txng.portal.api-base") + ")");
        }
        try {
            return PortalTarget.of(URI.create(get("txng.portal.api-base")), get("txng.portal.client-id"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("txng.portal.api-base is not a URL: '" + get("txng.portal.api-base") + "'", e);
        }
    }

    /** False: the sandbox answers every call as the portal does before the organisation's profile is activated. */
    public boolean sandboxOrganisationActivated() {
        return bool("txng.sandbox.organisation-activated");
    }

    /** True: the sandbox's token endpoint refuses every client (invalid_client). */
    public boolean sandboxRefusesCredentials() {
        return bool("txng.sandbox.refuse-credentials");
    }

    private boolean bool(String key) {
        String value = get(key).strip().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException(key + " must be true or false, not '" + get(key) + "'");
        }
        return value.equals("true");
    }

    static boolean isSecret(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.contains("secret") || k.contains("password");
    }

    /**
     * The values Camel's {{placeholders}} see: folders made absolute, secrets left out (routes
     * never need them; the beans get them directly).
     */
    public Properties forCamel() {
        Properties p = new Properties();
        values.forEach((k, v) -> {
            if (!isSecret(k)) {
                p.setProperty(k, v);
            }
        });
        p.setProperty("txng.inbox.dir", inboxDir().toString());
        p.setProperty("txng.data.dir", dataDir().toString());
        p.setProperty("txng.inbox.min-age", duration("txng.inbox.min-age").toMillis() + "");
        return p;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Settings{");
        values.forEach((k, v) -> text.append(k).append('=').append(isSecret(k) && !v.isEmpty() ? "******" : v).append(", "));
        return text.append('}').toString();
    }
}
