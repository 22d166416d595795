package vn.txng.adapter.app;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.Ordered;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.PropertiesComponent;
import vn.txng.adapter.ingest.ConfiguredLocations;
import vn.txng.adapter.ingest.ProductDefaults;
import vn.txng.adapter.ingest.ProductionEvents;
import vn.txng.adapter.ingest.edi.DespatchEvents;
import vn.txng.adapter.ingest.epcis.EpcisProfile;
import vn.txng.adapter.portal.PortalProfile;
import vn.txng.adapter.outbox.PortalTarget;
import vn.txng.adapter.ingest.sheet.ColumnMapping;
import vn.txng.adapter.ingest.sheet.DecimalMark;
import vn.txng.adapter.ingest.sheet.SheetSettings;
import vn.txng.adapter.ingest.sheet.TextCharsets;

/**
 * A typed view over Camel's properties component, configured as Camel Main configures the one that
 * serves the routes ({@link #configure}): the defaults packed in the jar
 * ({@code classpath:application.properties}), then an optional {@code application.properties} in the
 * working folder, then {@code -D} system properties, then environment variables
 * ({@code txng.portal.client-secret} -> {@code TXNG_PORTAL_CLIENT_SECRET}); the last one wins, and
 * {@code {{placeholders}}} in values (with {@code :default}, {@code ?optional}) resolve as in a route.
 * Secrets are never printed by {@link #toString()}.
 */
public final class Settings {

    private static final String EPCIS_STAGE = "txng.epcis.stage.";
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)?");
    /** Ahead of the location files, as Camel ranks real environment variables and system properties. */
    private static final int PROCESS_ORDER = Ordered.HIGHEST;

    private final Path workDir;
    private final Map<String, String> environment;
    private final Properties systemProperties;
    /** The sources' names: Camel Main's own labels for the process's, so its start-up summary reads [ENV] / [SYS]. */
    private final String environmentName;
    private final String systemName;
    private final Properties overrides;
    private final PropertiesComponent properties;

    private Settings(Path workDir, Map<String, String> environment, String environmentName, Properties systemProperties,
            String systemName, Properties overrides) {
        this.workDir = workDir;
        this.environment = environment;
        this.environmentName = environmentName;
        this.systemProperties = systemProperties;
        this.systemName = systemName;
        this.overrides = overrides;
        // a built, never started context only lends the component its resource loader and type converter
        this.properties = new DefaultCamelContext().getPropertiesComponent();
        configure(properties, new Properties());
    }

    /** What every command reads: the process's environment, {@code -D} and working folder. */
    public static Settings load() {
        return new Settings(Path.of("").toAbsolutePath(), System.getenv(), "ENV", System.getProperties(), "SYS", new Properties());
    }

    /**
     * For tests: as {@link #load()} with a working folder of their own, plus the given environment
     * variables (by their upper-case names) and system properties, fed to the same properties
     * component as sources ranked above the files, the environment first.
     */
    public static Settings load(Map<String, String> env, Properties system, Path workDir) {
        return new Settings(workDir, Map.copyOf(env), "test-environment", (Properties) system.clone(), "test-system-properties",
                new Properties());
    }

    /** {@code txng.portal.client-secret} -> {@code TXNG_PORTAL_CLIENT_SECRET}, as Camel looks it up. */
    public static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /**
     * The setting as a message should name it to the person who set it: its environment variable when
     * the value comes from there ({@code TXNG_PORTAL_CLIENT_ID}, which wins over every other place), its
     * key when it is set another way ({@code txng.portal.client-id}), both when it is set nowhere:
     * {@code txng.portal.client-id (environment variable TXNG_PORTAL_CLIENT_ID)}.
     */
    public String nameOf(String key) {
        String variable = environmentName(key);
        String fromEnvironment = environment.get(variable);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return variable;
        }
        return isSet(key) ? key : bothNames(key);
    }

    /** {@code txng.portal.client-id (environment variable TXNG_PORTAL_CLIENT_ID)}. */
    public static String bothNames(String key) {
        return key + " (environment variable " + environmentName(key) + ")";
    }

    /**
     * Gives a properties component (this view's, or the Camel Main context's) this configuration:
     * the two locations, the environment and {@code -D} as sources ranked above them (so that they
     * are listed, for Camel Main's {@code camel.*} keys, in the order a placeholder lookup takes them),
     * and the {@link #with} values plus {@code extra} as override properties. Environment and
     * system-property modes stay Camel's default (override).
     */
    void configure(PropertiesComponent component, Properties extra) {
        // Camel takes a key from the first location that has it: the working folder's file before the jar's
        component.setLocation("file:" + workDir.resolve("application.properties") + ";optional=true,classpath:application.properties");
        component.addPropertiesSource(ProcessSource.environment(environmentName, PROCESS_ORDER, environment, component));
        component.addPropertiesSource(ProcessSource.systemProperties(systemName, PROCESS_ORDER + 1, systemProperties));
        Properties override = new Properties();
        override.putAll(overrides);
        override.putAll(extra);
        component.setOverrideProperties(override);
    }

    /**
     * A copy with one value replaced, as a Camel override property: it wins over the files and the
     * test seams, not over a real environment variable or {@code -D} (Camel looks those up first).
     */
    public Settings with(String key, String value) {
        Properties copy = new Properties();
        copy.putAll(overrides);
        copy.setProperty(key, value);
        return new Settings(workDir, environment, environmentName, systemProperties, systemName, copy);
    }

    /** The value with its placeholders resolved, stripped; empty when the key is set nowhere. */
    public String get(String key) {
        return properties.resolveProperty(key).map(String::strip).orElse("");
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

    /**
     * This node's name among the nodes sharing one PostgreSQL database ({@code txng.node.name}), else
     * the host name: the owner of its file claims and its Quartz instance id. Stable across restarts,
     * so a process restarted after a crash takes back at once the claims and the fire it left.
     */
    public String nodeName() {
        if (isSet("txng.node.name")) {
            return get("txng.node.name");
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    /** The organisation's defaults for products that lack a field ({@code txng.defaults.*}). */
    public ProductDefaults productDefaults() {
        return new ProductDefaults(orNull("txng.defaults.manufacturer.name"), orNull("txng.defaults.manufacturer.address"),
                orNull("txng.defaults.manufacturer.tax-code"), orNull("txng.defaults.manufacturer.gln"),
                orNull("txng.defaults.sales-unit"), orNull("txng.defaults.image-url-template"));
    }

    /**
     * The organisation's own places ({@code txng.locations.<name>.gln|extension|name|address|kind|tax-code|latitude|longitude}),
     * each checked by the portal's location rules ({@link LocationSettings}).
     *
     * @throws IllegalArgumentException naming the setting, when a location has no GLN or a value the portal would refuse
     */
    public ConfiguredLocations configuredLocations() {
        return LocationSettings.read(this);
    }

    /** The keys set in a file, by {@link #with} or as {@code -D} that start with {@code prefix}. */
    Set<String> keysUnder(String prefix) {
        Set<String> keys = new TreeSet<>(keys());
        keys.addAll(overrides.stringPropertyNames());
        keys.addAll(systemProperties.stringPropertyNames());
        keys.removeIf(key -> !key.startsWith(prefix));
        return keys;
    }

    /** The environment variables that start with {@code prefix}'s environment form ({@code TXNG_LOCATIONS_}). */
    Set<String> variablesUnder(String prefix) {
        Set<String> variables = new TreeSet<>(environment.keySet());
        variables.removeIf(variable -> !variable.startsWith(environmentName(prefix)));
        return variables;
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

    /** The column mapping file {@code name}, as {@link ColumnMapping#locate} finds it: the routes folder, else the working folder. */
    public ColumnMapping columnMapping(String name) {
        return ColumnMapping.load(ColumnMapping.locate(name, isSet("txng.routes.dir") ? path("txng.routes.dir") : workDir.resolve("routes"),
                workDir));
    }

    /**
     * How the local inbox's workbooks and CSV files are read, and every source's that does not say otherwise:
     * {@code txng.inbox.sheet-mapping} (a column mapping file, in the routes folder or else the working folder unless absolute),
     * {@code txng.inbox.text-charset}, {@code txng.inbox.decimal-mark}. {@link IllegalArgumentException} names a wrong one.
     */
    public SheetSettings sheetSettings() {
        ColumnMapping mapping = null;
        if (isSet("txng.inbox.sheet-mapping")) {
            mapping = columnMapping(get("txng.inbox.sheet-mapping"));
        }
        try {
            return new SheetSettings(mapping, TextCharsets.forName(get("txng.inbox.text-charset")),
                    DecimalMark.parse(get("txng.inbox.decimal-mark")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("txng.inbox.text-charset or txng.inbox.decimal-mark: " + e.getMessage(), e);
        }
    }

    /**
     * The time zone of event times a source gives without an offset ({@code txng.events.time-zone}, an IANA name,
     * {@code Asia/Ho_Chi_Minh} by default): a despatch advice's time, the start of a production day.
     */
    public ZoneId eventTimeZone() {
        return zone("txng.events.time-zone", get("txng.events.time-zone"));
    }

    /** A time zone by its IANA name, or an error naming {@code key}. */
    public static ZoneId zone(String key, String name) {
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(key + " names no time zone: '" + name + "' (an IANA name such as Asia/Ho_Chi_Minh)", e);
        }
    }

    /**
     * How despatch advices become shipping events: {@link #eventTimeZone()}, and the location kind of a party they give
     * with a name and an address ({@code txng.events.despatch.location-kind}, one of the profile's codes).
     */
    public DespatchEvents despatchEvents() {
        String kind = get("txng.events.despatch.location-kind");
        if (!PortalProfile.LOCATION_KINDS.contains(kind)) {
            throw new IllegalArgumentException("txng.events.despatch.location-kind is '" + kind + "'; expected one of "
                    + String.join(", ", PortalProfile.LOCATION_KINDS));
        }
        return new DespatchEvents(eventTimeZone(), kind);
    }

    /**
     * The stage and document tables of EPCIS events: the profile's defaults ({@link PortalProfile#EPCIS_STAGES}), each
     * step changed by {@code txng.epcis.stage.<bizStep short name>=<stage>} (a file or {@code -D}: a step's name keeps
     * its case), where the stage is one of the profile's, {@code BY_LOCATION_KIND}, or {@code NONE} (not for the portal).
     *
     * @throws IllegalArgumentException naming the setting, when its value is none of those
     */
    public EpcisProfile epcisProfile() {
        Map<String, String> stages = new HashMap<>(PortalProfile.EPCIS_STAGES);
        for (String key : keysUnder(EPCIS_STAGE)) {
            String stage = get(key);
            String step = key.substring(EPCIS_STAGE.length());
            if ("NONE".equals(stage)) {
                stages.remove(step);
            } else if (PortalProfile.STAGES.contains(stage) || PortalProfile.EPCIS_BY_LOCATION_KIND.equals(stage)) {
                stages.put(step, stage);
            } else {
                throw new IllegalArgumentException(key + " is '" + stage + "'; expected one of " + String.join(", ", PortalProfile.STAGES)
                        + ", " + PortalProfile.EPCIS_BY_LOCATION_KIND + " or NONE");
            }
        }
        return new EpcisProfile(stages, PortalProfile.EPCIS_ARRIVAL_STAGES, PortalProfile.EPCIS_ARRIVAL_DEFAULT,
                PortalProfile.STAGE_PROCESSING, PortalProfile.EPCIS_DOCUMENT_TYPES, PortalProfile.EPCIS_OTHER_DOCUMENT);
    }

    /**
     * The production-event step ({@code txng.events.production}: on or off; {@code
     * txng.events.production.from-despatch-advices}: a despatch advice's lots too, the ship-from party as their site).
     */
    public ProductionEvents productionEvents() {
        return new ProductionEvents(bool("txng.events.production"), eventTimeZone(), bool("txng.events.production.from-despatch-advices"));
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
            throw new IllegalArgumentException(nameOf("txng.portal.api-base") + " must be set when " + nameOf("txng.portal.client-id")
                    + " is set");
        }
        try {
            return PortalTarget.of(URI.create(get("txng.portal.api-base")), get("txng.portal.client-id"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(nameOf("txng.portal.api-base") + " is not a URL: '" + get("txng.portal.api-base") + "'", e);
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
        return k.contains("secret") || k.contains("password") || k.endsWith("bearer-token");
    }

    /**
     * Every key the files and {@link #with} name, resolved, secrets left out and folders made
     * absolute: to hand this configuration to a command run in the same JVM as {@code -D} (tests).
     */
    public Properties forCamel() {
        Properties p = new Properties();
        keys().forEach(k -> {
            if (!isSecret(k)) {
                p.setProperty(k, get(k));
            }
        });
        p.setProperty("txng.inbox.dir", inboxDir().toString());
        p.setProperty("txng.data.dir", dataDir().toString());
        return p;
    }

    private Set<String> keys() {
        return new TreeSet<>(properties.loadProperties().stringPropertyNames());
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Settings{");
        keys().forEach(k -> {
            String v = get(k);
            text.append(k).append('=').append(isSecret(k) && !v.isEmpty() ? "******" : v).append(", ");
        });
        return text.append('}').toString();
    }
}
