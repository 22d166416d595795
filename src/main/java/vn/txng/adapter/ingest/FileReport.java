package vn.txng.adapter.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.txng.adapter.model.RecordKey;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;

/**
 * What happened to one file: how many records were accepted (new or changed), unchanged, held
 * (products or locations lacking fields another file can supply) or rejected, each rejection and hold with its
 * position and reason, how many of each kind passed the checks and how many were held, and the fatal error if the file could not be read to its end. Detailed
 * entries are capped so a huge bad file cannot exhaust memory; the counts stay exact.
 */
public final class FileReport {

    /** The warning of a file with nothing in it (0 bytes, or only white space): reported, moved to processed. */
    public static final String EMPTY_FILE = "EMPTY_FILE";
    /** Detailed rejections kept per file; the count goes on past it. */
    public static final int MAX_DETAILED_REJECTIONS = 10_000;

    private final String file;
    private final boolean validateOnly;
    private final Instant startedAt = Instant.now();
    private InboundFormat format;
    private long read;
    private long accepted;
    private long unchanged;
    private long rejected;
    private long held;
    private final List<Rejection> rejections = new ArrayList<>();
    private final List<HeldRecord> holds = new ArrayList<>();
    /** The record held last for each key in this file: a later record of the file that completes or replaces it takes it back. */
    private final Map<RecordKey, HeldRecord> heldByKey = new HashMap<>();
    /** By kind, the records that passed the checks (handed to staging) and those held. */
    private final Map<RecordKind, Long> checkedByKind = new EnumMap<>(RecordKind.class);
    private final Map<RecordKind, Long> heldByKind = new EnumMap<>(RecordKind.class);
    private final List<String> warnings = new ArrayList<>();
    private final List<MergedLot> mergedLots = new ArrayList<>(0);
    private Rejection fatal;
    private boolean empty;
    private Instant finishedAt;
    /** The source the file came from ({@code sourceId} of a source template), or null for the local inbox. */
    private String source;
    /** Waits for work on the file that runs on another thread (staging), so the counts are final. */
    private Runnable settle = () -> { };

    public FileReport(String file, boolean validateOnly) {
        this.file = file;
        this.validateOnly = validateOnly;
    }

    /** Names the source the file came from (a source template's {@code sourceId}). */
    public synchronized void source(String sourceId) {
        this.source = sourceId;
    }

    /** The source's {@code sourceId}, or null for a file of the local inbox or given on the command line. */
    public synchronized String source() {
        return source;
    }

    /**
     * Names the wait for work on the file's records that runs on another thread (the outbox writes
     * of its last chunks): {@link #settle} runs it before the report is written, whether the file
     * was read to its end or not. The wait must not throw.
     */
    public synchronized void onSettle(Runnable wait) {
        this.settle = wait;
    }

    /** Waits until nothing more changes the counts (see {@link #onSettle}). */
    public void settle() {
        Runnable wait;
        synchronized (this) {
            wait = settle;
        }
        // outside the lock: the work being waited for updates this report
        wait.run();
    }

    public synchronized void format(InboundFormat format) {
        this.format = format;
    }

    public synchronized void recordRead() {
        read++;
    }

    /** One record rejected, for one reason. */
    public void reject(Rejection rejection) {
        reject(List.of(rejection));
    }

    /** One record rejected, for every reason found (a record counts once however many). */
    public synchronized void reject(List<Rejection> reasons) {
        rejected++;
        for (Rejection reason : reasons) {
            if (rejections.size() < MAX_DETAILED_REJECTIONS) {
                rejections.add(reason);
            }
        }
    }

    /** One record held (staged, or in validate mode would be staged, as held) until a file completes it. */
    public synchronized void hold(HeldRecord record) {
        held++;
        heldByKind.merge(record.record().kind(), 1L, Long::sum);
        heldByKey.put(record.key(), record);
        if (holds.size() < MAX_DETAILED_REJECTIONS) {
            holds.add(record);
        }
    }

    /**
     * Takes back a hold: a later record of the same file completed or replaced the product, or it was
     * made sendable by another file before this one's held version was written (it is checked again).
     */
    public synchronized void unhold(HeldRecord record) {
        held--;
        heldByKind.merge(record.record().kind(), -1L, Long::sum);
        holds.remove(record);
        heldByKey.remove(record.key(), record);
    }

    /** The hold this file's report counts for the key (a product by its GTIN-14, a location by its trace code), or null. */
    public synchronized HeldRecord heldFor(RecordKey key) {
        return heldByKey.get(key);
    }

    private long productionEvents;

    /** One record of {@code kind} passed the checks and goes on to staging. */
    public synchronized void checked(RecordKind kind) {
        checkedByKind.merge(kind, 1L, Long::sum);
    }

    /** A production event ({@code SAN_XUAT}) was made from a lot of this file (its production date and site). */
    public synchronized void productionEvent() {
        productionEvents++;
    }

    /** How many production events this file's lots gave (counted among the accepted, not among the records read). */
    public synchronized long productionEvents() {
        return productionEvents;
    }

    /** How many records of {@code kind} passed the checks. */
    public synchronized long checkedCount(RecordKind kind) {
        return checkedByKind.getOrDefault(kind, 0L);
    }

    /** How many records of {@code kind} are held. */
    public synchronized long heldCount(RecordKind kind) {
        return heldByKind.getOrDefault(kind, 0L);
    }

    public synchronized void staged(long acceptedCount, long unchangedCount) {
        accepted += acceptedCount;
        unchanged += unchangedCount;
    }

    /** In validate mode nothing is staged: a record that passed every check counts as accepted. */
    public synchronized void passed(long count) {
        accepted += count;
    }

    public synchronized void warn(String warning) {
        if (warnings.size() < MAX_DETAILED_REJECTIONS) {
            warnings.add(warning);
        }
    }

    /** The file holds nothing to read: a warning {@value #EMPTY_FILE}, not a failure. */
    public synchronized void empty() {
        empty = true;
        warn(new Rejection(EMPTY_FILE, SourcePosition.of(file, 0, null), null,
                "the file is empty (no bytes, or only white space): nothing to read; it goes to processed").toString());
    }

    /** True when the file held nothing to read ({@value #EMPTY_FILE}). */
    public synchronized boolean isEmpty() {
        return empty;
    }

    private long notForPortal;
    // by event key, its declaration (null when the reader had none to give), in the order read
    private final java.util.Map<String, vn.txng.adapter.model.ErrorDeclaration> withdrawals = new java.util.LinkedHashMap<>(0);
    private long withdrawn;

    /**
     * One record read that the portal does not take, not a fault (an EPCIS event whose bizStep has no stage, or that
     * names no lot): counted, and {@code why} kept as a warning line ("not for the portal: ...").
     */
    public synchronized void notForPortal(Rejection why) {
        notForPortal++;
        warn(why.toString());
    }

    /** How many records read the portal does not take ({@link #notForPortal(Rejection)}). */
    public synchronized long notForPortal() {
        return notForPortal;
    }

    /**
     * An EPCIS event with an {@code errorDeclaration} withdraws the event {@code eventId} (its own key): kept for the
     * outbox, which drops the event if it is not delivered yet, and as a warning line {@code why}.
     */
    public synchronized void withdraw(String eventId, Rejection why) {
        withdraw(eventId, null, why);
    }

    /** As {@link #withdraw(String, Rejection)}, with the {@code declaration} that withdraws it (or null). */
    public synchronized void withdraw(String eventId, vn.txng.adapter.model.ErrorDeclaration declaration, Rejection why) {
        withdrawals.put(eventId, declaration);
        withdrawn++;
        warn(why.toString());
    }

    /** The keys of the events this file withdraws that staging has not taken yet ({@link #takeWithdrawals}), in the order read. */
    public synchronized List<String> withdrawals() {
        return List.copyOf(withdrawals.keySet());
    }

    /** The withdrawals read since the last call, each key with its declaration or null, for staging to apply (each chunk's, so none piles up). */
    public synchronized java.util.Map<String, vn.txng.adapter.model.ErrorDeclaration> takeWithdrawals() {
        java.util.Map<String, vn.txng.adapter.model.ErrorDeclaration> taken = new java.util.LinkedHashMap<>(withdrawals);
        withdrawals.clear();
        return taken;
    }

    /** How many events this file withdrew. */
    public synchronized long withdrawn() {
        return withdrawn;
    }

    /** A lot read from several lines of its message (EDI despatch advices). */
    public synchronized void merged(MergedLot lot) {
        if (mergedLots.size() < MAX_DETAILED_REJECTIONS) {
            mergedLots.add(lot);
        }
    }

    public synchronized List<MergedLot> mergedLots() {
        return List.copyOf(mergedLots);
    }

    public synchronized void fail(Rejection fatalError) {
        this.fatal = fatalError;
    }

    public synchronized void finish() {
        if (finishedAt == null) {
            finishedAt = Instant.now();
        }
    }

    public String file() {
        return file;
    }

    public boolean validateOnly() {
        return validateOnly;
    }

    public synchronized InboundFormat format() {
        return format;
    }

    public synchronized long read() {
        return read;
    }

    public synchronized long accepted() {
        return accepted;
    }

    public synchronized long unchanged() {
        return unchanged;
    }

    public synchronized long rejected() {
        return rejected;
    }

    public synchronized long held() {
        return held;
    }

    public synchronized List<HeldRecord> holds() {
        return List.copyOf(holds);
    }

    public synchronized List<Rejection> rejections() {
        return Collections.unmodifiableList(new ArrayList<>(rejections));
    }

    public synchronized List<String> warnings() {
        return List.copyOf(warnings);
    }

    public synchronized Rejection fatal() {
        return fatal;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public synchronized Instant finishedAt() {
        return finishedAt;
    }

    public synchronized boolean failed() {
        return fatal != null;
    }

    /** The one line that goes to the log. */
    public synchronized String summary() {
        StringBuilder line = new StringBuilder();
        if (source != null) {
            line.append(source).append(": ");
        }
        line.append(file).append(": ");
        if (fatal != null) {
            line.append("FAILED (").append(fatal.code()).append(" at ").append(fatal.position()).append(": ")
                    .append(fatal.message()).append(")");
            if (read == 0) {
                return line.toString();
            }
            line.append("; before that ");
        }
        if (empty) {
            return line.append(EMPTY_FILE).append(": the file is empty, nothing to read").toString();
        }
        line.append(read).append(" records read, ")
                .append(accepted).append(validateOnly ? " valid, " : " accepted, ");
        if (!validateOnly) {
            line.append(unchanged).append(" unchanged, ");
        }
        line.append(held).append(validateOnly ? " would be held, " : " held, ");
        line.append(rejected).append(" rejected");
        appendKinds(line);
        return line.toString();
    }

    /** "; checked: 2 products, 3 lots, 1 location held", the kinds that occur, in the portal's order. */
    private void appendKinds(StringBuilder line) {
        List<String> counts = new ArrayList<>(4);
        for (RecordKind kind : RecordKind.values()) {
            long passed = checkedByKind.getOrDefault(kind, 0L);
            long heldOfKind = heldByKind.getOrDefault(kind, 0L);
            if (passed > 0) {
                counts.add(passed + " " + plural(kind, passed));
            }
            if (heldOfKind > 0) {
                counts.add(heldOfKind + " " + plural(kind, heldOfKind) + " held");
            }
        }
        if (!counts.isEmpty()) {
            line.append("; checked: ").append(String.join(", ", counts));
        }
        if (notForPortal > 0) {
            line.append("; ").append(notForPortal).append(" not for the portal");
        }
        if (withdrawn > 0) {
            line.append("; ").append(withdrawn).append(withdrawn == 1 ? " error declaration" : " error declarations");
        }
        if (productionEvents > 0) {
            line.append("; ").append(productionEvents).append(productionEvents == 1 ? " production event" : " production events")
                    .append(" from the lots");
        }
    }

    private static String plural(RecordKind kind, long count) {
        String name = kind.name().toLowerCase(java.util.Locale.ROOT);
        return count == 1 ? name : name + "s";
    }
}
