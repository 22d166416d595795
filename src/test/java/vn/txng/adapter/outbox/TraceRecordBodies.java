package vn.txng.adapter.outbox;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import vn.txng.adapter.model.EventDocument;
import vn.txng.adapter.model.EventInput;
import vn.txng.adapter.model.EventLot;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.LocationRecord;

/** A location and an event with every field set, in normal form: fixtures for the stored form and the portal body. */
public final class TraceRecordBodies {

    public static final LocationRecord LOCATION = new LocationRecord("8934563000103", "LINE-2", "Xưởng chiết rót Long An",
            "Lô B2, KCN Tân Đức", "CO_SO_SAN_XUAT", "0301234567", new BigDecimal("10.8412"), new BigDecimal("106.4963"));

    public static final EventRecord EVENT = new EventRecord("ERP-SHIP-0007", "VAN_CHUYEN",
            OffsetDateTime.parse("2026-11-21T08:30:00+07:00"), "8934563000103", "LINE-2", "8930000999993", null,
            List.of(new EventLot("08934563123451", "L2609-15A", null, new BigDecimal("1200"), "Chai")),
            List.of(new EventInput("08930000111111", "RAW-77", null, null, null),
                    new EventInput(null, null, null, "089345630000000011", null)),
            List.of(new EventDocument("DON_HANG", "PO-4500012345")), "Tổ vận chuyển 2", "ghi chú",
            List.of("https://erp.example.vn/evidence/ship-0007.jpg"));

    /** {@link #EVENT} as an EPCIS document gives it: with serial and SSCC codes and its document's bizTransaction URI. */
    public static final EventRecord EPCIS_EVENT = new EventRecord(EVENT.eventId(), EVENT.stage(), EVENT.time(), EVENT.locationGln(),
            EVENT.locationExtension(), EVENT.destinationGln(), EVENT.destinationExtension(), EVENT.lots(), EVENT.inputs(),
            List.of(new EventDocument("DON_HANG", "PO-4500012345", "urn:epcglobal:cbv:bt:8934563000004:PO-4500012345")),
            EVENT.performer(), EVENT.description(), EVENT.evidenceImageUrls(),
            List.of("(01)08934563123451(21)S-0001", "(00)389345630000000017"));

    private TraceRecordBodies() {
    }
}
