package vn.txng.adapter.source;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.MDC.MDCCloseable;

/**
 * Watches one source's polls (its endpoint's {@code pollStrategy} and {@code exceptionHandler}):
 * one WARN when a failure streak begins, naming the source, where it points and the cause (no
 * stack trace); DEBUG while it lasts; one INFO when a poll succeeds again. Keeps the source's row
 * of {@code source_state} up to date for {@code status}.
 */
public final class SourceMonitor implements PollingConsumerPollStrategy, ExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger("vn.txng.adapter.source");

    private final String sourceId;
    private final String location;
    private final SourceCredentials credentials;
    private final SourceStates states;
    private final Clock clock;

    private boolean errorThisPoll;
    private Throwable rolledBack;
    private long completedPolls;
    private Instant failingSince;
    private String lastError;

    SourceMonitor(String sourceId, String location, SourceCredentials credentials, SourceStates states, Clock clock) {
        this.sourceId = sourceId;
        this.location = location;
        this.credentials = credentials;
        this.states = states;
        this.clock = clock;
    }

    public String sourceId() {
        return sourceId;
    }

    /** {@code sftp erp@host:22 /export}: where the source points, without secrets. */
    public String location() {
        return location;
    }

    @Override
    public synchronized boolean begin(Consumer consumer, Endpoint endpoint) {
        credentials.applyTo(endpoint);
        errorThisPoll = false;
        rolledBack = null;
        return true;
    }

    @Override
    public synchronized void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        completedPolls++;
        if (!errorThisPoll) {
            recovered();
        }
        notifyAll();
    }

    @Override
    public synchronized boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        // the poll failed as a whole (cannot connect, log in, list): counted here, logged once below
        rolledBack = cause;
        failed(cause);
        completedPolls++;
        notifyAll();
        return false;
    }

    @Override
    public void handleException(Throwable exception) {
        handleException(null, null, exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        handleException(message, null, exception);
    }

    @Override
    public synchronized void handleException(String message, Exchange exchange, Throwable exception) {
        if (exception == rolledBack) {
            return;
        }
        // within a poll: a download broken off, a move the server refused
        failed(exception);
    }

    /** Route step of a source that polls by itself ({@code txng-http-source}): a fetch went through. */
    public synchronized void fetched() {
        completedPolls++;
        recovered();
        notifyAll();
    }

    /** Route step of a source that polls by itself: a fetch failed (connection, status, credentials). */
    public synchronized void fetchFailed(Exception cause) {
        failed(cause);
        completedPolls++;
        notifyAll();
    }

    /** A file of this source went through the ingest route (its report is written). */
    synchronized void fileProcessed(String file) {
        states.fileProcessed(sourceId, file, clock.instant());
    }

    /** Polls finished (well or not) since the route started. */
    public synchronized long completedPolls() {
        return completedPolls;
    }

    /** True while the last poll failed. */
    public synchronized boolean failing() {
        return failingSince != null;
    }

    /** The last failure, secrets masked; null when none since start. */
    public synchronized String lastError() {
        return lastError;
    }

    private void failed(Throwable cause) {
        errorThisPoll = true;
        Instant now = clock.instant();
        lastError = describe(cause);
        if (failingSince == null) {
            failingSince = now;
            // the source as a field of its own in JSON logs
            try (MDCCloseable source = MDC.putCloseable("source", sourceId)) {
                LOG.warn("source {} ({}): {}; polling goes on and backs off; logged again when it recovers", sourceId, location, lastError);
            }
        } else {
            LOG.debug("source {} ({}) still failing: {}", sourceId, location, lastError);
        }
        states.failed(sourceId, lastError, now, failingSince);
    }

    private void recovered() {
        Instant now = clock.instant();
        if (failingSince != null) {
            try (MDCCloseable source = MDC.putCloseable("source", sourceId)) {
                LOG.info("source {} ({}) recovered after failing for {}", sourceId, location,
                        Duration.between(failingSince, now).withNanos(0).toString().substring(2).toLowerCase());
            }
            failingSince = null;
        }
        states.polled(sourceId, now);
    }

    /** The chain of causes' messages, outermost first, without repeats and with every secret masked. */
    String describe(Throwable cause) {
        StringBuilder text = new StringBuilder();
        String previous = null;
        for (Throwable t = cause; t != null && t.getCause() != t; t = t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (previous == null || !previous.contains(message)) {
                text.append(text.length() == 0 ? "" : ": ").append(message);
            }
            previous = message;
        }
        String result = text.toString();
        return credentials.mask(result);
    }
}
