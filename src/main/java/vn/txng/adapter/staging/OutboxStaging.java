package vn.txng.adapter.staging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.txng.adapter.ingest.FileIngestion;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.ingest.HeldLocation;
import vn.txng.adapter.ingest.HeldRecord;
import vn.txng.adapter.ingest.RecordChunk;
import vn.txng.adapter.ingest.RecordNormalizer;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.LocationRecord;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.model.SourcePosition;
import vn.txng.adapter.model.SourcedRecord;
import vn.txng.adapter.model.TraceRecord;
import vn.txng.adapter.outbox.EncodedRecords;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.outbox.StageOutcome;
import vn.txng.adapter.outbox.StageResult;

/**
 * The staging step of the ingest route (bean {@code outboxStaging}): one outbox transaction per
 * chunk, and one more for its held products and locations. The report counted those when they were checked; a
 * hold the outbox refuses (the record became sendable meanwhile) is taken back and checked again.
 * A chunk is encoded on the route's thread and written behind it, on the file's writer thread
 * ({@link WriteBehind}), in file order; {@link #flush} waits for the file's writes.
 */
public final class OutboxStaging {

    // a hold refused because the product became sendable is checked again against it; a third refusal
    // would need a held row to come back, which never happens, so the bound only guards against a bug
    private static final int HOLD_ATTEMPTS = 3;

    private final Outbox outbox;
    private final RecordNormalizer normalizer;
    private final WriteBehind writes;
    /** Location trace codes found staged: an event's place among them needs no look-up. */
    private final Set<String> stagedPlaces = ConcurrentHashMap.newKeySet();

    public OutboxStaging(Outbox outbox, RecordNormalizer normalizer, WriteBehind writes) {
        this.outbox = outbox;
        this.normalizer = normalizer;
        this.writes = writes;
    }

    public RecordChunk stage(RecordChunk chunk) {
        List<SourcedRecord> sendable = new ArrayList<>(chunk.records());
        // held first (a chunk never holds and sends the same key: the normalizer keeps the last version of each)
        List<HeldRecord> holds = withUnknownPlaces(chunk);
        List<HeldRecord> held = holds;
        if (!held.isEmpty()) {
            // a hold's outcome decides what else the chunk stages: what every file handed on before is written first
            writes.awaitAll();
            writes.rethrowFailure(chunk.report());
        }
        for (int attempt = 1; !held.isEmpty(); attempt++) {
            List<HeldRecord> refused = holdAll(held);
            if (refused.isEmpty()) {
                break;
            }
            if (attempt >= HOLD_ATTEMPTS) {
                throw new IllegalStateException("the outbox refused " + refused.size() + " held records " + attempt + " times");
            }
            // another file made these records sendable after they were checked: check them again against
            // what is staged now, from the record as read; they come back complete, or rejected (never held
            // again over a sendable record)
            List<SourcedRecord> again = new ArrayList<>(refused.size());
            for (HeldRecord record : refused) {
                chunk.report().unhold(record);
                again.add(record.source());
            }
            RecordChunk rechecked = normalizer.normalize(new RecordChunk(chunk.report(), again, List.of()));
            sendable.addAll(rechecked.records());
            held = rechecked.held();
        }
        if (sendable.isEmpty()) {
            withdraw(chunk.report());
            return chunk;
        }
        List<TraceRecord> records = new ArrayList<>(sendable.size());
        List<SourcePosition> positions = new ArrayList<>(sendable.size());
        for (SourcedRecord sourced : sendable) {
            records.add(sourced.record());
            positions.add(sourced.position());
        }
        EncodedRecords encoded = outbox.encode(records, positions);
        FileReport report = chunk.report();
        Runnable write = () -> {
            StageResult result = outbox.stage(encoded);
            report.staged(result.accepted(), result.unchanged());
        };
        if (holds.isEmpty()) {
            writes.submit(report, write);
        } else {
            // a chunk that holds records is rare (catalogues, despatch parties); staged in place, like its holds
            write.run();
        }
        withdraw(report);
        return chunk;
    }

    /**
     * The events this file's EPCIS error declarations withdraw so far (issue 21), once what the file staged before
     * is written: one not confirmed by the portal is rejected WITHDRAWN; one it has is named in the report, since the
     * portal has no withdrawal.
     */
    private void withdraw(FileReport report) {
        java.util.Map<String, vn.txng.adapter.model.ErrorDeclaration> keys = report.takeWithdrawals();
        if (keys.isEmpty()) {
            return;
        }
        writes.awaitAll();
        writes.rethrowFailure(report);
        outbox.withdraw(keys, "withdrawn by an EPCIS errorDeclaration in " + report.file(), report.file()).forEach((key, outcome) -> {
            if (outcome == Outbox.Withdrawal.ALREADY_SENT) {
                report.warn("event " + key + " is withdrawn by an EPCIS errorDeclaration, but the portal has it already"
                        + " (or it is being sent): the portal has no withdrawal; correct it there, its corrective events go as usual");
            } else if (outcome == Outbox.Withdrawal.UNKNOWN) {
                report.warn("event " + key + " is withdrawn by an EPCIS errorDeclaration but was never staged here: nothing to withdraw");
            }
        });
    }

    /**
     * The chunk's holds, and a held location known only by its GLN for each place of an event that neither this
     * chunk nor the outbox has (issue 19 part 6): the event then waits for it as held, costing no call, until a file
     * or {@code txng.locations.*} completes it, and the report and {@code status} name what it lacks. Places once
     * found staged are remembered (a row is never removed), so a file of events reads the outbox for its first
     * chunk only.
     */
    private List<HeldRecord> withUnknownPlaces(RecordChunk chunk) {
        Map<String, SourcedRecord> unknown = new LinkedHashMap<>();
        Set<String> inChunk = new HashSet<>();
        for (SourcedRecord sourced : chunk.records()) {
            if (sourced.record() instanceof LocationRecord location) {
                inChunk.add(location.businessKey());
            }
        }
        chunk.held().forEach(record -> inChunk.add(record.record().businessKey()));
        for (SourcedRecord sourced : chunk.records()) {
            if (sourced.record() instanceof EventRecord event && !inChunk.contains(event.locationKey())
                    && !stagedPlaces.contains(event.locationKey())) {
                unknown.putIfAbsent(event.locationKey(), sourced);
            }
        }
        if (unknown.isEmpty()) {
            return chunk.held();
        }
        // the places an earlier chunk of this file (or another file) gave may still be on their way to the outbox
        writes.awaitAll();
        writes.rethrowFailure(chunk.report());
        stagedPlaces.addAll(outbox.stagedContents(RecordKind.LOCATION, new ArrayList<>(unknown.keySet())).keySet());
        List<HeldRecord> held = new ArrayList<>(chunk.held());
        unknown.forEach((key, sourced) -> {
            if (!stagedPlaces.contains(key)) {
                EventRecord event = (EventRecord) sourced.record();
                LocationRecord place = LocationRecord.known(event.locationGln(), event.locationExtension());
                HeldLocation hold = new HeldLocation(place, sourced.position(), List.of("Name", "Address", "Kind"),
                        new SourcedRecord(place, sourced.position()));
                held.add(hold);
                chunk.report().hold(hold);
            }
        });
        return held;
    }

    /** Holds the records, one outbox call per code (what they wait for); returns those the outbox refused to hold. */
    private List<HeldRecord> holdAll(List<HeldRecord> held) {
        Map<String, List<HeldRecord>> byCode = new LinkedHashMap<>();
        held.forEach(record -> byCode.computeIfAbsent(record.code(), code -> new ArrayList<>()).add(record));
        List<HeldRecord> refused = new ArrayList<>(0);
        byCode.forEach((code, records) -> {
            StageResult result = outbox.hold(records.stream().map(HeldRecord::record).toList(), code,
                    records.stream().map(HeldRecord::reason).toList(), records.stream().map(r -> r.source().position()).toList());
            for (int i = 0; result.anyNotHeld() && i < records.size(); i++) {
                if (result.outcome(i) == StageOutcome.NOT_HELD) {
                    refused.add(records.get(i));
                }
            }
        });
        return refused;
    }

    /**
     * Waits for the file's writes (throwing the first that failed), then makes the file's records reach
     * the disk before the file is moved away (H2 writes commits a little later).
     */
    public FileIngestion flush(FileIngestion ingestion) {
        writes.await(ingestion.report());
        // a declaration whose chunk gave no record (a document of corrections only) is applied here
        withdraw(ingestion.report());
        outbox.flush();
        return ingestion;
    }

    /**
     * For a file that broke off (the error handlers' step before its report): as {@link #flush}, so the records
     * staged before the break are written, counted and on disk before the file is moved to failed, and the file's
     * writer is let go. A body that is not a file being read (it failed before its reader opened) staged nothing.
     *
     * @return the body, unchanged
     */
    public Object settle(Object body) {
        if (body instanceof FileIngestion ingestion) {
            flush(ingestion);
        }
        return body;
    }
}
