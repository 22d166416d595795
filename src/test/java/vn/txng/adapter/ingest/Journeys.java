package vn.txng.adapter.ingest;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import vn.txng.adapter.identifier.IdentifierNormalizer;
import vn.txng.adapter.model.EventDocument;
import vn.txng.adapter.model.EventInput;
import vn.txng.adapter.model.EventLot;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.LocationRecord;
import vn.txng.adapter.portal.PortalProfile;

/** Locations and events for tests of the checks, and a normalizer with the profile's codes and a fixed clock. */
final class Journeys {

    static final String SITE_GLN = "8934563000103";
    static final String STORE_GLN = "8930000999993";
    static final String GTIN = "8934563123451";
    static final String GTIN_14 = "08934563123451";
    /** 2026-11-21 09:00 in Ho Chi Minh City: an hour after the events below. */
    static final Clock NOW = Clock.fixed(Instant.parse("2026-11-21T02:00:00Z"), ZoneOffset.UTC);
    static final OffsetDateTime SHIPPED = OffsetDateTime.parse("2026-11-21T08:30:00+07:00");
    static final ProfileCodes CODES = new ProfileCodes(PortalProfile.LOCATION_KINDS, PortalProfile.STAGES,
            PortalProfile.DOCUMENT_TYPES, PortalProfile.STAGE_SHIPPING, PortalProfile.STAGE_PROCESSING);

    private Journeys() {
    }

    static RecordNormalizer normalizer(StagedRecords staged, ConfiguredLocations configured) {
        return new RecordNormalizer(new IdentifierNormalizer(), ProductDefaults.NONE, staged, CODES, configured, NOW);
    }

    static RecordNormalizer normalizer() {
        return normalizer(StagedRecords.NONE, ConfiguredLocations.NONE);
    }

    static LocationRecord site() {
        return new LocationRecord(SITE_GLN, "LINE-2", "Xưởng chiết rót Long An", "Lô B2, KCN Tân Đức, Đức Hòa, Long An",
                "CO_SO_SAN_XUAT", "0301234567", new BigDecimal("10.8412"), new BigDecimal("106.4963"));
    }

    static EventLot lot(String lotNumber) {
        return new EventLot(GTIN, lotNumber, null, new BigDecimal("1200"), "Chai");
    }

    /** A shipment of the lots from the site's line 2 to the store. */
    static EventRecord shipping(List<EventLot> lots) {
        return event("VAN_CHUYEN", STORE_GLN, lots, List.of());
    }

    static EventRecord event(String stage, String destinationGln, List<EventLot> lots, List<EventInput> inputs) {
        return new EventRecord("ERP-SHIP-2026-11-21-0007", stage, SHIPPED, SITE_GLN, "LINE-2", destinationGln, null, lots, inputs,
                List.of(new EventDocument("DON_HANG", "PO-4500012345")), "Tổ vận chuyển 2", null,
                List.of("https://erp.example.vn/evidence/ship-0007.jpg"));
    }
}
