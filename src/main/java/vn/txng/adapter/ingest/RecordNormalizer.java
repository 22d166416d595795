package vn.txng.adapter.ingest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import vn.txng.adapter.identifier.IdentifierNormalizer;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.LocationRecord;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.ProductRecord;
import vn.txng.adapter.model.RecordKey;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;
import vn.txng.adapter.model.SourcedRecord;
import vn.txng.adapter.model.TraceRecord;

/**
 * The processor bean of the ingest route (registered as {@code identifierNormalizer}): every
 * identifier of every record goes through the GS1 / ISO/IEC 15459 rules of
 * {@link IdentifierNormalizer} and comes out in its normal form, and every field the portal checks
 * is checked here first, so that nothing the portal would refuse is sent. A record with a wrong
 * value is reported with its position and dropped; a product or a location that only lacks fields
 * another file (or the configuration) can supply is held (staged, not sent); the others go on.
 */
public final class RecordNormalizer {

    private final ProductChecks products;
    private final LotChecks lots;
    private final LocationChecks locations;
    private final EventChecks events;
    private final ProductDefaults defaults;
    private final ConfiguredLocations configuredLocations;
    private final StagedRecords staged;
    private final IdentifierNormalizer identifiers;

    /** Without the profile's codes: fit for products and lots only (every location kind and stage is unknown). */
    public RecordNormalizer(IdentifierNormalizer identifiers) {
        this(identifiers, ProductDefaults.NONE, StagedRecords.NONE);
    }

    /** As the full constructor, without the profile's codes and configured locations: for products and lots. */
    public RecordNormalizer(IdentifierNormalizer identifiers, ProductDefaults defaults, StagedRecords staged) {
        this(identifiers, defaults, staged, ProfileCodes.NONE, ConfiguredLocations.NONE, Clock.systemUTC());
    }

    /**
     * A product (a location) lacking a field first takes it from the record staged before for its key (the
     * field-level merge, held or not), then from the organisation's defaults (the configured locations); only then
     * is it checked. Locations and events are checked against the profile's {@code codes}; an event's time against
     * {@code clock}.
     */
    public RecordNormalizer(IdentifierNormalizer identifiers, ProductDefaults defaults, StagedRecords staged,
            ProfileCodes codes, ConfiguredLocations configuredLocations, Clock clock) {
        this.products = new ProductChecks(identifiers);
        this.lots = new LotChecks(identifiers);
        this.locations = new LocationChecks(identifiers, codes);
        this.events = new EventChecks(identifiers, codes, clock);
        this.defaults = defaults;
        this.configuredLocations = configuredLocations;
        this.staged = staged;
        this.identifiers = identifiers;
    }

    public RecordChunk normalize(RecordChunk chunk) {
        List<SourcedRecord> kept = new ArrayList<>(chunk.records().size());
        List<HeldRecord> held = new ArrayList<>(0);
        // products and locations of this chunk by key: a later record of the chunk merges with the earlier one, as
        // with one staged by an earlier chunk (the outbox sees this chunk only once it is staged)
        Map<RecordKey, StagedRecords.Staged> inChunk = new HashMap<>();
        // what the outbox holds for the chunk's keys, read once for the chunk
        Map<RecordKey, StagedRecords.Staged> before = stagedBefore(chunk.records());
        // the same, as read (before the merge with the outbox and the defaults): what a refused hold is checked again from
        Map<RecordKey, TraceRecord> readInChunk = new HashMap<>();
        for (SourcedRecord sourced : chunk.records()) {
            List<Rejection> problems = new ArrayList<>(0);
            Checked checked = check(sourced, problems, inChunk, before, chunk.report()::warn, fromDespatchParties(chunk));
            if (!problems.isEmpty() && !checked.holdable()) {
                chunk.report().reject(problems);
                continue;
            }
            SourcedRecord asRead = sourced;
            TraceRecord record = checked.record().record();
            if (isMerged(record)) {
                RecordKey key = new RecordKey(record.kind(), record.businessKey());
                TraceRecord earlierRead = readInChunk.get(key);
                if (earlierRead != null) {
                    asRead = new SourcedRecord(merge(sourced.record(), earlierRead), sourced.position());
                }
                readInChunk.put(key, asRead.record());
                // a hold of this key earlier in the file is superseded: this version carries its fields (merged)
                HeldRecord earlier = chunk.report().heldFor(key);
                if (earlier != null) {
                    held.remove(earlier);
                    chunk.report().unhold(earlier);
                }
                inChunk.put(key, new StagedRecords.Staged(record, !problems.isEmpty()));
            }
            if (problems.isEmpty()) {
                kept.add(checked.record());
                chunk.report().checked(record.kind());
            } else {
                HeldRecord hold = hold(record, sourced, problems, asRead);
                held.add(hold);
                chunk.report().hold(hold);
            }
        }
        return chunk.withRecords(kept, held);
    }

    /**
     * The record in normal form, or the input unchanged with {@code problems} filled. A product or a
     * location that only lacks fields comes back in normal form with its problems, all {@code REQUIRED}.
     * Warnings, which go to a chunk's report, are not given here.
     */
    public SourcedRecord normalize(SourcedRecord sourced, List<Rejection> problems) {
        return check(sourced, problems, Map.of(), stagedBefore(List.of(sourced)), warning -> { }, false).record();
    }

    /**
     * The configured locations as the adapter stages them when it starts: each merged with what the outbox holds for
     * its trace code (what a file gave keeps its fields; the configuration fills the gaps, as for a file's location)
     * and checked. One that still lacks a field is left out: nothing is held for it, a location held before stays so.
     */
    public List<LocationRecord> completeConfiguredLocations() {
        List<SourcedRecord> configured = configuredLocations.locations().stream()
                .map(location -> new SourcedRecord(location, SourcePosition.of("configuration", 0, null))).toList();
        Map<RecordKey, StagedRecords.Staged> before = stagedBefore(configured);
        List<LocationRecord> complete = new ArrayList<>(configured.size());
        for (SourcedRecord sourced : configured) {
            LocationRecord location = (LocationRecord) sourced.record();
            String traceCode = location.businessKey();
            LocationRecord merged = Optional.ofNullable(before.get(new RecordKey(RecordKind.LOCATION, traceCode)))
                    .map(staged -> configuredLocations.apply((LocationRecord) staged.record(), traceCode)).orElse(location);
            List<Rejection> problems = new ArrayList<>(0);
            LocationRecord normal = locations.check(merged, sourced.position(), problems);
            if (normal != null && problems.isEmpty()) {
                complete.add(normal);
            }
        }
        return complete;
    }

    /** An EDI file's locations are its despatch advices' parties (NAD, N1): master data of the least rank. */
    private static boolean fromDespatchParties(RecordChunk chunk) {
        InboundFormat format = chunk.report().format();
        return format == InboundFormat.EDIFACT || format == InboundFormat.X12;
    }

    private Checked check(SourcedRecord sourced, List<Rejection> problems, Map<RecordKey, StagedRecords.Staged> inChunk,
            Map<RecordKey, StagedRecords.Staged> stagedBefore, Consumer<String> warnings, boolean party) {
        TraceRecord record = sourced.record();
        if (record instanceof ProductRecord product) {
            Optional<StagedRecords.Staged> before = stagedFor(RecordKind.PRODUCT, gtin14(product), inChunk, stagedBefore);
            ProductRecord merged = before.map(b -> ProductMerge.merge(product, (ProductRecord) b.record())).orElse(product);
            ProductRecord normal = products.check(defaults.apply(merged), sourced.position(), problems);
            return checked(sourced, normal, problems, before);
        }
        if (record instanceof LocationRecord location) {
            String traceCode = locations.traceCode(location);
            Optional<StagedRecords.Staged> before = stagedFor(RecordKind.LOCATION, traceCode, inChunk, stagedBefore);
            LocationRecord normal;
            if (party) {
                // a despatch advice's party only fills what the location staged before (a Location element, a party
                // read earlier) and the configured one leave out: the name in a NAD never overwrites the site's own
                LocationRecord base = before.map(b -> (LocationRecord) b.record())
                        .orElse(LocationRecord.known(location.gln(), location.extension()));
                normal = locations.check(LocationMerge.merge(configuredLocations.apply(base, traceCode), location),
                        sourced.position(), problems);
            } else {
                LocationRecord merged = before.map(b -> LocationMerge.merge(location, (LocationRecord) b.record())).orElse(location);
                normal = locations.check(configuredLocations.apply(merged, traceCode), sourced.position(), problems);
            }
            return checked(sourced, normal, problems, before);
        }
        if (record instanceof EventRecord event) {
            EventRecord normal = events.check(event, sourced.position(), problems, warnings);
            return new Checked(normal == null ? sourced : new SourcedRecord(normal, sourced.position()), false);
        }
        LotRecord normal = lots.check((LotRecord) record, sourced.scan(), sourced.position(), problems, warnings);
        return new Checked(normal == null ? sourced : new SourcedRecord(normal, sourced.position()), false);
    }

    /**
     * A product or location after its checks: holdable when it only lacks fields and what was staged before for its
     * key was held too (a record that was sendable never goes back to waiting; after the merge it can lack a field
     * only when it names another manufacturer without its tax code).
     */
    private static Checked checked(SourcedRecord sourced, TraceRecord normal, List<Rejection> problems,
            Optional<StagedRecords.Staged> before) {
        if (normal == null) {
            return new Checked(sourced, false);
        }
        boolean holdable = !problems.isEmpty() && before.map(StagedRecords.Staged::held).orElse(true);
        return new Checked(new SourcedRecord(normal, sourced.position()), holdable);
    }

    /** Products and locations are merged field by field with what was staged before for their key, and may be held. */
    private static boolean isMerged(TraceRecord record) {
        return record instanceof ProductRecord || record instanceof LocationRecord;
    }

    private static TraceRecord merge(TraceRecord incoming, TraceRecord earlier) {
        return incoming instanceof ProductRecord product
                ? ProductMerge.merge(product, (ProductRecord) earlier)
                : LocationMerge.merge((LocationRecord) incoming, (LocationRecord) earlier);
    }

    private static HeldRecord hold(TraceRecord normal, SourcedRecord sourced, List<Rejection> problems, SourcedRecord asRead) {
        List<String> missing = problems.stream().map(Rejection::field).toList();
        return normal instanceof ProductRecord product
                ? new HeldProduct(product, sourced.position(), missing, asRead)
                : new HeldLocation((LocationRecord) normal, sourced.position(), missing, asRead);
    }

    /** The record staged before for the key, if any (null: a key the checks will refuse). */
    private static Optional<StagedRecords.Staged> stagedFor(RecordKind kind, String key, Map<RecordKey, StagedRecords.Staged> inChunk,
            Map<RecordKey, StagedRecords.Staged> stagedBefore) {
        if (key == null) {
            return Optional.empty();
        }
        RecordKey recordKey = new RecordKey(kind, key);
        StagedRecords.Staged earlier = inChunk.get(recordKey);
        return Optional.ofNullable(earlier != null ? earlier : stagedBefore.get(recordKey));
    }

    /** What the outbox holds for the valid keys of the records' products and locations: one read per kind for all of them. */
    private Map<RecordKey, StagedRecords.Staged> stagedBefore(List<SourcedRecord> records) {
        Set<String> gtins = new LinkedHashSet<>();
        Set<String> traceCodes = new LinkedHashSet<>();
        for (SourcedRecord sourced : records) {
            if (sourced.record() instanceof ProductRecord product) {
                addIfValid(gtins, gtin14(product));
            } else if (sourced.record() instanceof LocationRecord location) {
                addIfValid(traceCodes, locations.traceCode(location));
            }
        }
        Map<RecordKey, StagedRecords.Staged> before = new HashMap<>();
        readStaged(RecordKind.PRODUCT, gtins, before);
        readStaged(RecordKind.LOCATION, traceCodes, before);
        return before;
    }

    private void readStaged(RecordKind kind, Set<String> keys, Map<RecordKey, StagedRecords.Staged> into) {
        if (!keys.isEmpty()) {
            staged.staged(kind, new ArrayList<>(keys)).forEach((key, record) -> into.put(new RecordKey(kind, key), record));
        }
    }

    private static void addIfValid(Set<String> keys, String key) {
        if (key != null) {
            keys.add(key);
        }
    }

    /** The product's GTIN in its 14-digit normal form, or null when it has none or a wrong one. */
    private String gtin14(ProductRecord product) {
        if (product.gtin() == null) {
            return null;
        }
        var gtin = identifiers.gtin(product.gtin());
        return gtin.valid() ? gtin.value() : null;
    }

    /** A record after the checks; {@code holdable} when its problems are only fields another file can supply. */
    private record Checked(SourcedRecord record, boolean holdable) {
    }
}
