package vn.txng.adapter.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.outbox.DeliveryState;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.portal.TokenProvider;

/**
 * The adapter's own metrics, in the Prometheus registry that Camel's micrometer-prometheus serves
 * on {@code /observe/metrics} (bound as {@value #REGISTRY_BEAN}, so Camel's route and JVM metrics
 * join it). Names as scraped: {@code txng_files_total{source,status}},
 * {@code txng_records_total{source,outcome}}, {@code txng_deliveries_total{kind,outcome}},
 * {@code txng_outbox_records{state}} (gauge, current target), {@code txng_portal_call_seconds{status}},
 * {@code txng_portal_token_requests_total}.
 */
public final class AdapterMetrics {

    /** The registry name camel-micrometer-prometheus looks up before making its own. */
    public static final String REGISTRY_BEAN = "metricsRegistry";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<String, Counter> deliveries = new ConcurrentHashMap<>();
    private final Map<String, Timer> calls = new ConcurrentHashMap<>();
    /** Held here: a gauge keeps only a weak reference to what it reads. */
    private final OutboxCounts counts;

    /**
     * @param outbox the outbox whose counts per state the gauge reads (at most once a second)
     * @param tokens the portal's token provider, whose requests are counted
     */
    public AdapterMetrics(Outbox outbox, TokenProvider tokens) {
        this.counts = new OutboxCounts(outbox, Duration.ofSeconds(1));
        for (DeliveryState state : DeliveryState.values()) {
            Gauge.builder("txng.outbox.records", counts, c -> c.count(state))
                    .description("records in the outbox per delivery state, for the current portal target")
                    .tag("state", name(state)).register(registry);
        }
        FunctionCounter.builder("txng.portal.token.requests", tokens, TokenProvider::requests)
                .description("OAuth token requests made to the portal's token endpoint").register(registry);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** A file's report was written: counts the file (processed or failed) and its records by outcome. */
    public void fileDone(String source, FileReport report) {
        Counter.builder("txng.files").description("files read, by source and status").tag("source", source)
                .tag("status", report.failed() ? "failed" : "processed").register(registry).increment();
        records(source, "accepted", report.accepted());
        records(source, "unchanged", report.unchanged());
        records(source, "held", report.held());
        records(source, "rejected", report.rejected());
    }

    /** One record's delivery outcome: delivered, rejected, retry or parked. */
    public void delivery(RecordKind kind, String outcome) {
        // one record at a time on every sender thread: the meter is looked up once per kind and outcome
        deliveries.computeIfAbsent(name(kind) + "/" + outcome, key -> Counter.builder("txng.deliveries")
                .description("delivery outcomes, by record kind").tag("kind", name(kind)).tag("outcome", outcome)
                .register(registry)).increment();
    }

    /**
     * Times one portal call; {@code status} says how it ended: delivered, rejected, retry, outage,
     * await_prerequisite or connection_fault (the adapter reads answers, not only HTTP codes).
     */
    public <T> T timeCall(Supplier<T> call, Function<T, String> status) {
        long start = System.nanoTime();
        T answer = call.get();
        calls.computeIfAbsent(status.apply(answer), name -> Timer.builder("txng.portal.call")
                .description("portal API calls, by how they ended").tag("status", name).register(registry))
                .record(Duration.ofNanos(System.nanoTime() - start));
        return answer;
    }

    private void records(String source, String outcome, long count) {
        Counter counter = Counter.builder("txng.records").description("records read from files, by source and outcome")
                .tag("source", source).tag("outcome", outcome).register(registry);
        counter.increment(count);
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
