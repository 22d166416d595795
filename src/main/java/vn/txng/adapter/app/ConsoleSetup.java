package vn.txng.adapter.app;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.camel.CamelContext;
import vn.txng.adapter.console.Console;
import vn.txng.adapter.console.ConsoleAccess;
import vn.txng.adapter.console.ConsolePages;
import vn.txng.adapter.console.SourcePolls;
import vn.txng.adapter.outbox.OutboxBrowser;
import vn.txng.adapter.source.SourceStates;

/**
 * The console's settings: on while {@code txng.console.password} is set (with {@code txng.console.user}), served on
 * {@code txng.http.port} under {@code /console/}, to clients of the address {@code txng.console.bind} (127.0.0.1 by default).
 */
final class ConsoleSetup {

    private ConsoleSetup() {
    }

    static boolean enabled(Settings settings) {
        return settings.isSet("txng.console.password");
    }

    /**
     * The address the embedded server listens on when only the console needs it: the console's. With the HTTP inbox
     * too the server keeps listening where it did for the inbox, and the console answers only requests that came in
     * on its address (see {@link #servedOn}).
     */
    static Optional<String> bindHost(Settings settings, boolean httpInbox, boolean console) {
        return console && !httpInbox ? Optional.of(bind(settings)) : Optional.empty();
    }

    /** The address the console answers on, for the start-up line. */
    static String host(Settings settings) {
        return bind(settings);
    }

    private static String bind(Settings settings) {
        return settings.isSet("txng.console.bind") ? settings.get("txng.console.bind") : "127.0.0.1";
    }

    static Console console(Settings settings, AdapterRuntime runtime, SourceStates sources, Supplier<CamelContext> camel) {
        // the password is hashed here and not kept: only the hash lives on in the process
        ConsoleAccess access = new ConsoleAccess(settings.get("txng.console.user"), settings.get("txng.console.password"),
                Clock.systemUTC());
        ConsolePages pages = new ConsolePages(runtime.outbox(), new OutboxBrowser(runtime.dataSource()), sources, runtime.lastPass(),
                settings.dataDir().resolve("reports"), settings.portalTarget().toString(), settings.portalTarget().isSandbox(),
                settings.get("txng.push.cron"), ZoneId.of(settings.get("txng.push.time-zone")), Clock.systemUTC(),
                EpcisTarget.repository(settings).orElse(null));
        return new Console(access, pages, runtime.outbox(), new SourcePolls(camel), tls(settings), servedOn(bind(settings)));
    }

    /** The server speaks TLS (Camel Main's global SSL context on the embedded server): the session cookie is then Secure. */
    private static boolean tls(Settings settings) {
        return "true".equalsIgnoreCase(settings.get("camel.server.useGlobalSslContextParameters"))
                || "true".equalsIgnoreCase(settings.get("camel.server.use-global-ssl-context-parameters"));
    }

    /** Whether a request that came in on a local address reaches the console: any for a wildcard bind, else that address (any loopback one for a loopback bind). */
    static Predicate<String> servedOn(String bind) {
        if ("0.0.0.0".equals(bind) || "::".equals(bind) || "*".equals(bind)) {
            return local -> true;
        }
        boolean loopback = "localhost".equalsIgnoreCase(bind) || literal(bind).map(InetAddress::isLoopbackAddress).orElse(false);
        return local -> loopback ? literal(local).map(InetAddress::isLoopbackAddress).orElse(false) : bind.equalsIgnoreCase(local);
    }

    /** An IP literal as an address (never a name lookup). */
    private static Optional<InetAddress> literal(String host) {
        if (host == null || !host.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(host));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
