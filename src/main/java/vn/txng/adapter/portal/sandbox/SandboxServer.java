package vn.txng.adapter.portal.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.portal.PortalProfile;
import vn.txng.adapter.portal.Secret;

/**
 * The portal sandbox: a real HTTP server that serves the token endpoint and the profile's calls
 * (products, lots, locations, traceability events) as PORTAL-API.md states, stores records in memory, and plays injected faults. Inspection:
 * {@code GET /sandbox/records}, {@code GET /sandbox/stats}; faults: {@code POST|DELETE /sandbox/faults},
 * and the go-live faults {@link #organisationActivated(boolean)} and {@link #refuseCredentials(boolean)}.
 */
public final class SandboxServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxServer.class);
    /** More handler threads than the portal's 20-call limit, so the sandbox can see a client exceed it. */
    private static final int HANDLER_THREADS = 48;
    /** The JDK HTTP server's switch for TCP_NODELAY on accepted connections, read once when its first server is made. */
    static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";

    static {
        // a reply leaves as two writes (headers, body): with Nagle's algorithm the body waits for the client's
        // delayed ACK, about 40 ms a call, which measured 212 instead of 369 calls/s at 50 ms latency and 20 in flight
        if (System.getProperty(NODELAY_PROPERTY) == null) {
            System.setProperty(NODELAY_PROPERTY, "true");
        }
    }

    private final SandboxState state;
    private HttpServer server;
    private ExecutorService executor;

    public SandboxServer(String clientId, Secret clientSecret) {
        this(clientId, clientSecret, PortalProfile.txngV5(), Clock.systemUTC());
    }

    public SandboxServer(String clientId, Secret clientSecret, PortalProfile profile, Clock clock) {
        this.state = new SandboxState(Objects.requireNonNull(clientId, "clientId"),
                Objects.requireNonNull(clientSecret, "clientSecret"), profile, clock);
    }

    /** Starts on the loopback interface; port 0 picks a free port. */
    public SandboxServer start(int port) {
        return start(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    }

    public synchronized SandboxServer start(InetSocketAddress address) {
        if (server != null) {
            throw new IllegalStateException("sandbox already started on " + server.getAddress());
        }
        try {
            server = HttpServer.create(address, 128);
        } catch (IOException cannotBind) {
            throw new UncheckedIOException("cannot start the portal sandbox on " + address, cannotBind);
        }
        List<SandboxEndpoint> endpoints = new ArrayList<>(List.of(new TokenEndpoint(state, state.profile.tokenPath())));
        for (RecordKind kind : RecordKind.values()) {
            endpoints.add(new UpsertEndpoint(state, kind));
        }
        endpoints.addAll(List.of(new RecordsEndpoint(state), new StatsEndpoint(state), new FaultsEndpoint(state)));
        for (SandboxEndpoint endpoint : endpoints) {
            server.createContext(endpoint.path(), endpoint);
        }
        server.createContext("/", exchange -> Exchanges.send(exchange,
                SandboxJson.failureReply(404, "ERR_NOT_FOUND", "no such path: " + exchange.getRequestURI().getPath())));
        executor = handlerPool();
        server.setExecutor(executor);
        server.start();
        LOG.info("Portal sandbox (profile {}) listening on {}: nothing sent here reaches the national portal",
                state.profile.name(), apiBase());
        return this;
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
            LOG.info("Portal sandbox stopped");
        }
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("sandbox not started");
        }
        return server.getAddress().getPort();
    }

    /** The API base the client appends the profile's paths to. */
    public URI apiBase() {
        int port = port(); // fails clearly when not started
        return URI.create("http://" + host() + ":" + port);
    }

    public URI tokenUrl() {
        return state.profile.defaultTokenUrl(apiBase());
    }

    private synchronized String host() {
        InetAddress bound = server.getAddress().getAddress();
        if (bound.isAnyLocalAddress()) {
            return "localhost";
        }
        String text = bound.getHostAddress();
        return text.contains(":") ? "[" + text + "]" : text;
    }

    // ---- settings ----

    /** The {@code expires_in} of tokens issued from now on (default one hour). */
    public SandboxServer tokenLifetime(Duration lifetime) {
        state.tokenLifetime = lifetime;
        return this;
    }

    /** The per-client concurrent request limit (default 20, as the portal). */
    public SandboxServer maxInFlightPerClient(int limit) {
        state.maxInFlightPerClient = limit;
        return this;
    }

    /** The largest body accepted before 413 (default 1 MiB). */
    public SandboxServer maxBodyBytes(int limit) {
        state.maxBodyBytes = limit;
        return this;
    }

    /** A pause before each API call is answered, to simulate a slow portal. */
    public SandboxServer responseDelay(Duration delay) {
        state.responseDelay = delay;
        return this;
    }

    // ---- faults ----

    /**
     * False: every API call answers HTTP 200, {@code success:false}, {@code ERR_SYS_DEV} with a
     * NullReferenceException, as the portal does before the National Barcode Center activates the
     * organisation's profile. True (the default): calls are served.
     */
    public SandboxServer organisationActivated(boolean activated) {
        state.organisationActivated = activated;
        return this;
    }

    /** True: the token endpoint refuses every client ({@code 401 invalid_client}), as for a wrong Client ID or Secret. */
    public SandboxServer refuseCredentials(boolean refuse) {
        state.refuseCredentials = refuse;
        return this;
    }

    public void injectFault(Fault fault) {
        state.faults.add(Objects.requireNonNull(fault, "fault"));
    }

    public void clearFaults() {
        state.faults.clear();
    }

    /** Revokes every token issued: the next call with one answers 401. */
    public void revokeTokens() {
        state.tokens.revokeAll();
    }

    // ---- inspection ----

    public SandboxRecords records() {
        synchronized (state.storeLock) {
            return state.records.snapshot();
        }
    }

    /**
     * Upserts that stored something, one per Idempotency-Key (a replay of a key is not one): more than
     * the records sent means a record was sent twice under two keys.
     */
    public int storedUpserts() {
        synchronized (state.storeLock) {
            return state.ledger.size();
        }
    }

    public long tokenRequests() {
        return state.stats.tokenRequests();
    }

    /** How many calls to {@code path} were answered with {@code status}. */
    public long calls(String path, int status) {
        return state.stats.calls(path, status);
    }

    /** path -> status -> count. */
    public Map<String, Map<Integer, Long>> calls() {
        return state.stats.calls();
    }

    public PortalProfile profile() {
        return state.profile;
    }

    private static ExecutorService handlerPool() {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(HANDLER_THREADS, HANDLER_THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "portal-sandbox-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    @Override
    public String toString() {
        return "SandboxServer[client=" + state.clientId + ", secret=" + state.clientSecret + "]";
    }
}
