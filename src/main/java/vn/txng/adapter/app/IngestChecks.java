package vn.txng.adapter.app;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.txng.adapter.identifier.IdentifierNormalizer;
import vn.txng.adapter.ingest.ConfiguredLocations;
import vn.txng.adapter.ingest.ProfileCodes;
import vn.txng.adapter.ingest.epcis.CbvEventMapper;
import vn.txng.adapter.ingest.epcis.EpcisEventMapper;
import vn.txng.adapter.model.LocationRecord;
import vn.txng.adapter.ingest.RecordNormalizer;
import vn.txng.adapter.ingest.StagedRecords;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.outbox.DeliveryState;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.portal.PortalProfile;

/**
 * The checks a file's records pass before staging, as every command makes them: the GS1 rules, the organisation's
 * product defaults and configured locations, and the code lists of profile txng-v5 (location kinds, stages, document
 * types), which live in the profile alone.
 */
public final class IngestChecks {

    private IngestChecks() {
    }

    /** The profile's code lists that locations and events are checked against. */
    public static ProfileCodes profileCodes() {
        return new ProfileCodes(PortalProfile.LOCATION_KINDS, PortalProfile.STAGES, PortalProfile.DOCUMENT_TYPES,
                PortalProfile.STAGE_SHIPPING, PortalProfile.STAGE_PROCESSING);
    }

    /**
     * The EPCIS event mapper of the settings (issue 21): the profile's bizStep table with the settings'
     * {@code txng.epcis.stage.*}, and the kind of an event's place (for arrival steps) from {@code stagedKind} (the
     * outbox's locations; none for {@code validate}), else the configured locations.
     */
    public static EpcisEventMapper epcisMapper(Settings settings, Function<String, Optional<String>> stagedKind) {
        ConfiguredLocations configured = settings.configuredLocations();
        Function<String, Optional<String>> kind = traceCode -> stagedKind.apply(traceCode)
                .or(() -> Optional.ofNullable(configured.apply(LocationRecord.known(null, null), traceCode).locationKind()));
        return new CbvEventMapper(new IdentifierNormalizer(), settings.epcisProfile(), kind, PortalProfile.STAGE_SHIPPING,
                PortalProfile.STAGE_PROCESSING, PortalProfile.STAGE_PRODUCTION);
    }

    /** The normalizer of the settings, merging products and locations with what {@code staged} reads back. */
    public static RecordNormalizer normalizer(Settings settings, StagedRecords staged) {
        return new RecordNormalizer(new IdentifierNormalizer(), settings.productDefaults(), staged, profileCodes(),
                settings.configuredLocations(), Clock.systemUTC());
    }

    /** The outbox's records of a kind for the field merge, read for a chunk's keys at once. */
    static Map<String, StagedRecords.Staged> staged(Outbox outbox, RecordKind kind, List<String> keys) {
        Map<String, StagedRecords.Staged> records = new HashMap<>();
        outbox.stagedContents(kind, keys).forEach((key, staged) -> records.put(key,
                new StagedRecords.Staged(staged.record(), staged.state() == DeliveryState.HELD)));
        return records;
    }
}
