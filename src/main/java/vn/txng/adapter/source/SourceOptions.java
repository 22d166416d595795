package vn.txng.adapter.source;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.CamelContext;
import vn.txng.adapter.ingest.sheet.ColumnMapping;
import vn.txng.adapter.ingest.sheet.DecimalMark;
import vn.txng.adapter.ingest.sheet.TextCharsets;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.spi.PropertiesFunction;
import java.util.Map;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.apache.camel.util.TimeUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.txng.adapter.ingest.FileReportWriter;

/**
 * Turns an instance's parameters into the Camel endpoint options its template's URI names (run by
 * the templates' converter as each instance is created): checks them, maps
 * {@code readLock} and {@code afterRead} onto camel-ftp's options, and binds the source's
 * monitor, processed-files repository and TLS settings. A wrong parameter stops the start with a
 * sentence naming the source and the parameter.
 */
final class SourceOptions {

    private static final Logger LOG = LoggerFactory.getLogger("vn.txng.adapter.source");
    private static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9-]+");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(KB|MB|GB|B)?");
    private static final Pattern WHOLE_PLACEHOLDER = Pattern.compile("\\{\\{([^{}]+)}}");
    /** The shortest wait between two looks at a file that may still grow. */
    private static final long MIN_CHECK_MS = 100;

    private final SourceTemplate template;
    private final Map<String, Object> parameters;
    private final CamelContext camel;
    private final String sourceId;

    private SourceOptions(SourceTemplate template, Map<String, Object> parameters, CamelContext camel) {
        this.template = template;
        this.parameters = parameters;
        this.camel = camel;
        this.sourceId = value("sourceId");
        if (sourceId == null || !SOURCE_ID.matcher(sourceId).matches()) {
            throw new IllegalArgumentException(template.id() + ": sourceId '" + sourceId
                    + "' must be lower-case letters, digits and '-' (it names the source in reports and status)");
        }
    }

    /** Adds the derived options to an instance's {@code parameters} (the properties its route is made with). */
    static void apply(SourceTemplate template, Map<String, Object> parameters, CamelContext camel) {
        new SourceOptions(template, parameters, camel).apply();
    }

    private void apply() {
        List<String> secrets = new ArrayList<>();
        String password = secret("password", secrets);
        set("txngWorkDir", workDir().toString());
        set("ediCharset", orEmpty("ediCharset"));
        set("timeZone", timeZone());
        set("sheetMapping", sheetMapping());
        set("textCharset", checked("textCharset", TextCharsets::forName, "a charset such as UTF-8, windows-1258 or TCVN3"));
        set("decimalMark", checked("decimalMark", DecimalMark::parse, "comma or point"));
        if (template == SourceTemplate.HTTP) {
            http(password, secrets);
            return;
        }
        if (template == SourceTemplate.HTTP_INBOX) {
            inbox(secrets);
            return;
        }
        String passphrase = null;
        set("txngPath", relativeDirectory());
        readLock();
        afterRead();
        switch (template) {
            case SFTP -> passphrase = sftp(secrets);
            case FTPS -> ftps(secrets);
            case FTP -> { }
        }
        SourceBook book = book();
        SourceMonitor monitor = book.register(sourceId, template.id(), location(), new SourceCredentials(password, passphrase, secrets));
        camel.getRegistry().bind("txng-source-" + sourceId, monitor);
        camel.getRegistry().bind("txng-files-" + sourceId, book.processedFiles(sourceId));
    }

    private void http(String password, List<String> secrets) {
        String url = value("url");
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw bad("url", url, "an http:// or https:// URL");
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw bad("url", url, "an http:// or https:// URL");
        }
        String token = secret("bearerToken", secrets);
        // a 304 is an answer, not a failure; the body stays a stream, read once to disk
        set("txngHttpUri", url + (uri.getRawQuery() == null ? "?" : "&")
                + "okStatusCodeRange=200-299,304&disableStreamCache=true&followRedirects=true");
        SourceBook book = book();
        String location = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + uri.getRawPath();
        SourceMonitor monitor = book.register(sourceId, template.id(), location, new SourceCredentials(null, null, secrets));
        camel.getRegistry().bind("txng-source-" + sourceId, monitor);
        camel.getRegistry().bind("txng-http-" + sourceId,
                new HttpExport(sourceId, url, workDir(), book.states(), book.processedBodies(sourceId), value("username"), password, token));
    }

    private void inbox(List<String> secrets) {
        String token = secret("token", secrets);
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException(template.id() + " " + sourceId + ": token is required (the ERP sends it as a bearer token)");
        }
        Path spool = dataDir().resolve("http-inbox").resolve(sourceId);
        set("txngSpool", spool.toString());
        HttpInbox inbox = bean("httpInbox", HttpInbox.class);
        // a file endpoint's relative move goes below the folder it polls
        set("txngDataDir", dataDir().toString());
        try {
            inbox.open(sourceId, token, bytes("maxSize"), spool);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(template.id() + " " + sourceId + ": cannot create " + spool + ": " + e.getMessage(), e);
        }
        SourceMonitor monitor = book().register(sourceId, template.id(), "POST /inbox/" + sourceId, new SourceCredentials(null, null, secrets));
        camel.getRegistry().bind("txng-source-" + sourceId, monitor);
    }

    /** {@code 1GB}, {@code 500MB}, {@code 64KB} (powers of 1024) or a number of bytes. */
    private long bytes(String name) {
        String text = value(name).strip().toUpperCase(Locale.ROOT);
        Matcher size = SIZE.matcher(text);
        if (!size.matches()) {
            throw bad(name, text, "a size such as 1GB, 500MB, 64KB or a number of bytes");
        }
        long amount = Long.parseLong(size.group(1));
        return switch (size.group(2) == null ? "" : size.group(2)) {
            case "KB" -> amount << 10;
            case "MB" -> amount << 20;
            case "GB" -> amount << 30;
            default -> amount;
        };
    }

    private SourceBook book() {
        return bean("sourceBook", SourceBook.class);
    }

    private <B> B bean(String name, Class<B> type) {
        B bean = camel.getRegistry().lookupByNameAndType(name, type);
        if (bean == null) {
            throw new IllegalStateException(template.id() + " needs the adapter's bean '" + name + "'");
        }
        return bean;
    }

    /** {@code sftp erp@host:22/export}: for logs and status, never with a secret. */
    private String location() {
        return template.scheme() + " " + value("username") + "@" + value("host") + ":" + value("port") + "/" + relativeDirectory();
    }

    /** The folder as camel-ftp takes it: relative to the account's login folder (the root of a chrooted account). */
    private String relativeDirectory() {
        String directory = value("directory").strip();
        while (directory.startsWith("/")) {
            directory = directory.substring(1);
        }
        return directory;
    }

    private Path workDir() {
        return dataDir().resolve("work").resolve(sourceId);
    }

    /** The adapter's txng.data.absolute-dir (txng.data.dir resolved against the working folder), else txng.data.dir. */
    private Path dataDir() {
        PropertiesComponent properties = camel.getPropertiesComponent();
        String dir = properties.resolveProperty("txng.data.absolute-dir").or(() -> properties.resolveProperty("txng.data.dir")).orElseThrow();
        return Path.of(dir).toAbsolutePath();
    }

    private void readLock() {
        String readLock = value("readLock").strip().toLowerCase(Locale.ROOT);
        switch (readLock) {
            case "changed" -> {
                // not Camel's readLockMinAge: it compares the file's time with now - minAge, and servers give that time
                // to the second (SFTP) or the minute (FTP LIST), so a file still being written can look old enough;
                // instead the same size and time twice, minAge apart
                Duration minAge = Duration.ofMillis(Math.max(MIN_CHECK_MS, millis("minAge")));
                // long enough for a quiet file to pass; a file still growing is named in a WARN and tried at the next poll
                Duration timeout = minAge.multipliedBy(3).plusSeconds(1);
                FileReportWriter reports = bean("fileReports", FileReportWriter.class);
                set("txngReadLock", "changed");
                set("txngLockStrategy", "#txng-lock-" + sourceId);
                camel.getRegistry().bind("txng-lock-" + sourceId, template == SourceTemplate.SFTP
                        ? ReadLockWatch.sftp(sourceId, minAge, timeout, reports) : ReadLockWatch.ftp(sourceId, minAge, timeout, reports));
            }
            case "rename" -> set("txngReadLock", "rename");
            case "done-file" -> {
                set("txngReadLock", "none");
                set("txngDoneFileName", value("doneFileName"));
            }
            default -> throw bad("readLock", readLock, "changed, rename or done-file");
        }
    }

    private void afterRead() {
        String afterRead = value("afterRead").strip().toLowerCase(Locale.ROOT);
        switch (afterRead) {
            // the route sets TxngOutcome to done or error
            case "move" -> set("txngMove", ".${header.TxngOutcome}/${date:now:yyyy-MM-dd}/${file:name}");
            case "delete" -> set("txngDelete", "true");
            case "keep" -> {
                if ("rename".equalsIgnoreCase(value("readLock").strip())) {
                    throw new IllegalArgumentException(template.id() + " " + sourceId
                            + ": afterRead keep is for an account that may not move or delete, so it cannot rename either;"
                            + " set readLock to changed or done-file");
                }
                set("txngNoop", "true");
            }
            default -> throw bad("afterRead", afterRead, "move, delete or keep");
        }
    }

    private String sftp(List<String> secrets) {
        String passphrase = secret("privateKeyPassphrase", secrets);
        if (parameters.get("password") == null && value("privateKeyFile") == null) {
            throw new IllegalArgumentException(template.id() + " " + sourceId + ": give a password or a privateKeyFile");
        }
        String strict = value("strictHostKeyChecking").strip().toLowerCase(Locale.ROOT);
        if (!strict.equals("yes") && !strict.equals("no")) {
            throw bad("strictHostKeyChecking", strict, "yes or no");
        }
        if (strict.equals("no")) {
            LOG.warn("source {}: strictHostKeyChecking is no: the server's host key is NOT checked, so another machine"
                    + " could pose as {}; give the server's key in knownHostsFile and remove the setting", sourceId, value("host"));
        }
        set("strictHostKeyChecking", strict);
        return passphrase;
    }

    private void ftps(List<String> secrets) {
        // FTPSClient alone checks only certificate dates: the adapter always hands it a context that checks the chain
        SSLContextParameters tls = new SSLContextParameters();
        String trustStore = value("trustStoreFile");
        if (trustStore != null) {
            String password = secretValue("trustStorePassword");
            if (password != null) {
                secrets.add(password);
            }
            KeyStoreParameters store = new KeyStoreParameters();
            store.setResource("file:" + Path.of(trustStore).toAbsolutePath());
            store.setPassword(password);
            store.setType(trustStore.endsWith(".jks") ? "JKS" : "PKCS12");
            TrustManagersParameters trust = new TrustManagersParameters();
            trust.setKeyStore(store);
            tls.setTrustManagers(trust);
        }
        tls.setCamelContext(camel);
        camel.getRegistry().bind("txng-tls-" + sourceId, tls);
    }

    /**
     * A secret stays out of the endpoint URI (Camel logs URIs unmasked at TRACE while it resolves them):
     * the source's monitor hands it to the endpoint's configuration before each poll.
     */
    private String secret(String name, List<String> secrets) {
        String secret = secretValue(name);
        if (secret != null) {
            secrets.add(secret);
        }
        return secret;
    }

    private long millis(String name) {
        String text = value(name).strip();
        try {
            return TimeUtils.toMilliSeconds(text);
        } catch (IllegalArgumentException e) {
            throw bad(name, text, "a duration such as 500ms, 10s or 5m");
        }
    }

    /** The source's column mapping file, found in the routes folder or else the working folder and read now: a wrong one stops the start. */
    private String sheetMapping() {
        String name = value("sheetMapping");
        if (name == null) {
            return "";
        }
        String routes = camel.getPropertiesComponent().resolveProperty("txng.routes.dir").filter(dir -> !dir.isBlank()).orElse("routes");
        Path file;
        try {
            file = ColumnMapping.locate(name, Path.of(routes).toAbsolutePath(), Path.of("").toAbsolutePath());
            ColumnMapping.load(file);
        } catch (IllegalArgumentException e) {
            throw bad("sheetMapping", name, "a column mapping file in the routes folder or the working folder (" + e.getMessage() + ")");
        }
        return file.toAbsolutePath().normalize().toString();
    }

    /** A setting read now by {@code parse} so that a wrong one stops the start; empty: none. */
    private String checked(String name, java.util.function.Function<String, ?> parse, String expected) {
        String text = value(name);
        if (text == null) {
            return "";
        }
        try {
            parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw bad(name, text, expected);
        }
        return text.strip();
    }

    /** The source's time zone, checked now so that a wrong name stops the start, not every file; empty: none. */
    private String timeZone() {
        String zone = value("timeZone");
        if (zone == null) {
            return "";
        }
        try {
            return java.time.ZoneId.of(zone.strip()).getId();
        } catch (java.time.DateTimeException e) {
            throw bad("timeZone", zone, "an IANA time zone such as Asia/Ho_Chi_Minh");
        }
    }

    private IllegalArgumentException bad(String name, String given, String expected) {
        return new IllegalArgumentException(template.id() + " " + sourceId + ": " + name + " is '" + given + "'; expected " + expected);
    }

    private void set(String name, String value) {
        parameters.put(name, value);
    }

    private String orEmpty(String name) {
        String value = value(name);
        return value == null ? "" : value;
    }

    /** The instance's value, else the template's default, placeholders resolved; null when neither is set. */
    private String value(String name) {
        Object given = parameters.get(name);
        String text = given == null ? defaultOf(name) : given.toString();
        if (text == null || text.isEmpty()) {
            return null;
        }
        return text.contains("{{") ? camel.resolvePropertyPlaceholders(text) : text;
    }

    /**
     * A secret's value: {@code {{env:NAME}}}, {@code {{sys:name}}} or {@code {{key}}} looked up through Camel's
     * properties component directly, since resolving it as placeholder text logs the value at DEBUG.
     */
    private String secretValue(String name) {
        Object given = parameters.get(name);
        if (given == null || given.toString().isEmpty()) {
            return null;
        }
        Matcher placeholder = WHOLE_PLACEHOLDER.matcher(given.toString().strip());
        if (!placeholder.matches()) {
            return given.toString();
        }
        PropertiesComponent properties = camel.getPropertiesComponent();
        String key = placeholder.group(1);
        int colon = key.indexOf(':');
        PropertiesFunction function = colon > 0 ? properties.getPropertiesFunction(key.substring(0, colon)) : null;
        String value = function != null ? function.apply(key.substring(colon + 1)) : properties.resolveProperty(key).orElse(null);
        if (value == null) {
            throw new IllegalArgumentException(template.id() + " " + sourceId + ": " + name + " names " + given
                    + ", which is not set");
        }
        return value;
    }

    private String defaultOf(String name) {
        return template.parameters().stream().filter(p -> p.name().equals(name)).findFirst().map(SourceParameter::defaultValue).orElse(null);
    }
}
