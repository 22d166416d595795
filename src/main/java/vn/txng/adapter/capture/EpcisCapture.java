package vn.txng.adapter.capture;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.txng.adapter.epcis.CaptureAnswer;
import vn.txng.adapter.epcis.EpcisCaptureClient;
import vn.txng.adapter.epcis.EpcisEvent;
import vn.txng.adapter.outbox.CaptureLedger;
import vn.txng.adapter.outbox.CaptureState;
import vn.txng.adapter.outbox.EpcisRepository;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.outbox.StagedVersion;
import vn.txng.adapter.push.RetryPolicy;

/**
 * A capture pass: the staged events and lot commissionings ({@link StagedEpcisEvents}) that the EPCIS repository does
 * not have yet in their current content go to it in batches of {@code batchSize}, and what became of each is written
 * to the repository's own delivery state ({@link CaptureLedger}), never to the portal's. Exactly once per repository:
 * a version captured, refused or skipped there is never sent again; a crash between a capture and its marking sends
 * the batch again in the next pass, and since every event keeps its eventID (the record's eventID, or the CBV 2.0
 * hash ID) the repository reports those as duplicates, which count as captured. A connection fault or the open
 * breaker stops the pass and charges nothing; a 429 or 503 with Retry-After stops it after charging that one batch.
 */
public final class EpcisCapture {

    private static final Logger LOG = LoggerFactory.getLogger(EpcisCapture.class);
    /** Outbox rows per query, and per look-up of their capture state. */
    private static final int PAGE = 500;

    private final Outbox outbox;
    private final EpcisRepository repository;
    private final CaptureLedger ledger;
    private final EpcisCaptureClient client;
    private final int batchSize;
    private final RetryPolicy retry;
    private final CaptureBreaker breaker;
    private final ZoneId zone;
    private final Clock clock;

    /**
     * @param batchSize        events per capture document (at least 1); a 413 halves it for that batch
     * @param breakerThreshold outages in a row that open the breaker
     * @param zone             the zone a lot's commissioning is dated in ({@code txng.events.time-zone})
     */
    public EpcisCapture(Outbox outbox, EpcisRepository repository, EpcisCaptureClient client, int batchSize, RetryPolicy retry,
                        int breakerThreshold, ZoneId zone, Clock clock) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("txng.epcis.batch-size must be at least 1, was " + batchSize);
        }
        this.outbox = outbox;
        this.repository = repository;
        this.ledger = outbox.captureLedger(repository.id());
        this.client = client;
        this.batchSize = batchSize;
        this.retry = retry;
        this.breaker = new CaptureBreaker(breakerThreshold);
        this.zone = zone;
        this.clock = clock;
    }

    public EpcisRepository repository() {
        return repository;
    }

    /** One pass; passes of one adapter never overlap (the portal's push neither waits for it nor it for the push). */
    public synchronized CaptureSummary pass() {
        ledger.register(repository.description());
        breaker.beginPass(ledger.fault().isPresent());
        Pass pass = new Pass(clock.instant());
        String stoppedBy = null;
        try {
            StagedEpcisEvents.walk(outbox, PAGE, zone, pass::offer);
            pass.lookUp();
            pass.send();
            ledger.clearFault();
        } catch (Stop stop) {
            stoppedBy = stop.getMessage();
            if (stop.fault) {
                ledger.recordFault(stop.getMessage());
            }
            LOG.warn("EPCIS capture to {} stopped: {}", repository, stop.getMessage());
        }
        CaptureSummary summary = new CaptureSummary(repository.description(), pass.captured, pass.duplicates, pass.refused,
                pass.retried, pass.skipped, stoppedBy);
        LOG.info("{}", summary);
        return summary;
    }


    private record Item(CaptureLedger.Due due, EpcisEvent event) {
        StagedVersion version() {
            return due.version();
        }
    }

    /** Why a pass stopped; {@code fault}: a fault of the connection, shown by status until a pass completes. */
    private static final class Stop extends RuntimeException {
        private final boolean fault;

        Stop(String message, boolean fault) {
            super(message, null, false, false);
            this.fault = fault;
        }
    }

    private final class Pass {
        private final Instant startedAt;
        private final List<StagedVersion> versions = new ArrayList<>();
        private final List<EpcisEvent> events = new ArrayList<>();
        private final List<Item> batch = new ArrayList<>();
        long captured;
        long duplicates;
        long refused;
        long retried;
        long skipped;

        Pass(Instant startedAt) {
            this.startedAt = startedAt;
        }

        void offer(StagedVersion version, EpcisEvent event) {
            versions.add(version);
            events.add(event);
            if (versions.size() >= PAGE) {
                lookUp();
            }
        }

        /** The page's versions due at this repository join the batch; those with nothing to capture are skipped. */
        void lookUp() {
            List<CaptureLedger.Mark> skips = new ArrayList<>();
            java.util.Map<Long, EpcisEvent> byRecord = new java.util.HashMap<>();
            for (int i = 0; i < versions.size(); i++) {
                byRecord.put(versions.get(i).recordId(), events.get(i));
            }
            for (CaptureLedger.Due due : ledger.due(versions, startedAt)) {
                EpcisEvent event = byRecord.get(due.version().recordId());
                if (event == null) {
                    skips.add(new CaptureLedger.Mark(due.version(), "-", CaptureState.SKIPPED, null, null));
                } else {
                    batch.add(new Item(due, event));
                    if (batch.size() >= batchSize) {
                        send();
                    }
                }
            }
            ledger.mark(skips);
            skipped += skips.size();
            versions.clear();
            events.clear();
        }

        void send() {
            if (!batch.isEmpty()) {
                List<Item> items = List.copyOf(batch);
                batch.clear();
                capture(items);
            }
        }

        private void capture(List<Item> items) {
            if (!breaker.permits()) {
                throw new Stop(breaker.openReason(), true);
            }
            CaptureAnswer answer = client.capture(items.stream().map(Item::event).toList());
            if (answer instanceof CaptureAnswer.Finished finished) {
                    breaker.succeeded();
                    List<CaptureLedger.Mark> marks = new ArrayList<>();
                    for (Item item : items) {
                        String id = item.event().eventId();
                        String reason = finished.refused().get(id);
                        if (reason != null) {
                            LOG.warn("the EPCIS repository refused {} {} (event {}): {}", item.version().record().kind(),
                                    item.version().record().businessKey(), id, reason);
                            marks.add(new CaptureLedger.Mark(item.version(), id, CaptureState.REJECTED, reason, null));
                            refused++;
                        } else {
                            // a duplicate is an event the repository had already: captured by an earlier pass whose
                            // marking a crash cut, or by another system; its eventID is the same, so it is delivered
                            marks.add(new CaptureLedger.Mark(item.version(), id, CaptureState.CAPTURED, null, null));
                            captured++;
                            duplicates += finished.duplicates().contains(id) ? 1 : 0;
                        }
                    }
                    ledger.mark(marks);
            } else if (answer instanceof CaptureAnswer.TooLarge tooLarge) {
                    breaker.succeeded();
                    split(items, tooLarge.reason());
            } else if (answer instanceof CaptureAnswer.Refused refusal) {
                    breaker.succeeded();
                    split(items, refusal.reason());
            } else if (answer instanceof CaptureAnswer.RetryLater later) {
                    if (later.outage()) {
                        breaker.failed(later.reason());
                    } else {
                        breaker.succeeded();
                    }
                    Instant now = clock.instant();
                    ledger.mark(items.stream().map(item -> new CaptureLedger.Mark(item.version(), item.event().eventId(),
                            CaptureState.RETRY, later.reason(), now.plus(retry.delay(item.due().attempts(), later.retryAfter())))).toList());
                    retried += items.size();
                    if (later.retryAfter() != null) {
                        throw new Stop(later.reason() + "; the repository asked to wait " + later.retryAfter().toSeconds()
                                + " s (Retry-After), so the pass stopped and the events not sent were charged nothing", false);
                    }
            } else {
                    breaker.released();
                    throw new Stop(((CaptureAnswer.Unusable) answer).reason(), true);
            }
        }

        /** A document refused whole: its halves are tried, down to the one event to blame, refused for the reason. */
        private void split(List<Item> items, String reason) {
            if (items.size() == 1) {
                Item item = items.get(0);
                LOG.warn("the EPCIS repository refused {} {} (event {}): {}", item.version().record().kind(),
                        item.version().record().businessKey(), item.event().eventId(), reason);
                ledger.mark(List.of(new CaptureLedger.Mark(item.version(), item.event().eventId(), CaptureState.REJECTED, reason, null)));
                refused++;
                return;
            }
            int half = items.size() / 2;
            capture(items.subList(0, half));
            capture(items.subList(half, items.size()));
        }
    }
}
