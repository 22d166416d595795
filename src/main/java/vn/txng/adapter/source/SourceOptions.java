package vn.txng.adapter.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.camel.CamelContext;
import java.util.Map;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.apache.camel.util.TimeUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    /** Camel's fastest sensible look at a file that may still grow, and its slowest. */
    private static final long MIN_CHECK_MS = 100;
    private static final long MAX_CHECK_MS = 5_000;

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
        secret("password", "txngPassword", secrets);
        set("txngPath", relativeDirectory());
        set("txngWorkDir", workDir().toString());
        set("ediCharset", orEmpty("ediCharset"));
        readLock();
        afterRead();
        switch (template) {
            case SFTP -> sftp(secrets);
            case FTPS -> ftps(secrets);
            case FTP -> { }
        }
        SourceBook book = camel.getRegistry().lookupByNameAndType("sourceBook", SourceBook.class);
        if (book == null) {
            throw new IllegalStateException(template.id() + " needs the adapter's bean 'sourceBook'");
        }
        SourceMonitor monitor = book.register(sourceId, template.id(), location(), secrets);
        camel.getRegistry().bind("txng-source-" + sourceId, monitor);
        camel.getRegistry().bind("txng-files-" + sourceId, book.processedFiles(sourceId));
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
        String data = camel.resolvePropertyPlaceholders("{{txng.data.dir}}");
        return Path.of(data).toAbsolutePath().resolve("work").resolve(sourceId);
    }

    private void readLock() {
        String readLock = value("readLock").strip().toLowerCase(Locale.ROOT);
        switch (readLock) {
            case "changed" -> {
                long minAge = millis("minAge");
                long check = Math.max(MIN_CHECK_MS, Math.min(MAX_CHECK_MS, minAge / 2));
                set("txngReadLock", "changed");
                set("txngMinAge", Long.toString(minAge));
                set("txngCheckInterval", Long.toString(check));
                // long enough for a quiet file to pass; a file still growing is skipped and tried at the next poll
                set("txngLockTimeout", Long.toString(2 * minAge + 3 * check));
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

    private void sftp(List<String> secrets) {
        secret("privateKeyPassphrase", "txngPassphrase", secrets);
        if (value("password") == null && value("privateKeyFile") == null) {
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
    }

    private void ftps(List<String> secrets) {
        // FTPSClient alone checks only certificate dates: the adapter always hands it a context that checks the chain
        SSLContextParameters tls = new SSLContextParameters();
        String trustStore = value("trustStoreFile");
        if (trustStore != null) {
            String password = value("trustStorePassword");
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

    /** Puts a secret into its URI option as RAW(...), so Camel neither decodes it nor prints it. */
    private void secret(String name, String uriParameter, List<String> secrets) {
        String secret = value(name);
        if (secret != null) {
            secrets.add(secret);
            set(uriParameter, "RAW(" + secret + ")");
        }
    }

    private long millis(String name) {
        String text = value(name).strip();
        try {
            return TimeUtils.toMilliSeconds(text);
        } catch (IllegalArgumentException e) {
            throw bad(name, text, "a duration such as 500ms, 10s or 5m");
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

    private String defaultOf(String name) {
        return template.parameters().stream().filter(p -> p.name().equals(name)).findFirst().map(SourceParameter::defaultValue).orElse(null);
    }
}
