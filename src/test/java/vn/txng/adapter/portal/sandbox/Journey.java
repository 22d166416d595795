package vn.txng.adapter.portal.sandbox;

import static vn.txng.adapter.portal.PortalProfile.CHUNG_TU;
import static vn.txng.adapter.portal.PortalProfile.CHUNG_TU_LOAI;
import static vn.txng.adapter.portal.PortalProfile.CHUNG_TU_SO;
import static vn.txng.adapter.portal.PortalProfile.CONG_DOAN;
import static vn.txng.adapter.portal.PortalProfile.DEN_DIA_DIEM;
import static vn.txng.adapter.portal.PortalProfile.DIA_CHI;
import static vn.txng.adapter.portal.PortalProfile.DON_VI_TINH;
import static vn.txng.adapter.portal.PortalProfile.HINH_ANH_MINH_CHUNG;
import static vn.txng.adapter.portal.PortalProfile.KINH_DO;
import static vn.txng.adapter.portal.PortalProfile.LOAI_DIA_DIEM;
import static vn.txng.adapter.portal.PortalProfile.MA_DIA_DIEM;
import static vn.txng.adapter.portal.PortalProfile.MA_SO_THUE;
import static vn.txng.adapter.portal.PortalProfile.MA_SU_KIEN;
import static vn.txng.adapter.portal.PortalProfile.MA_TRUY_VET;
import static vn.txng.adapter.portal.PortalProfile.MO_TA;
import static vn.txng.adapter.portal.PortalProfile.NGUOI_THUC_HIEN;
import static vn.txng.adapter.portal.PortalProfile.SO_LUONG;
import static vn.txng.adapter.portal.PortalProfile.TEN;
import static vn.txng.adapter.portal.PortalProfile.THOI_GIAN;
import static vn.txng.adapter.portal.PortalProfile.VI_DO;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import org.junit.jupiter.params.provider.Arguments;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.portal.PortalFixtures;
import vn.txng.adapter.portal.PortalProfile;

/**
 * Valid locations and traceability events of PORTAL-API.md section 5, written by hand with the profile's field
 * names, and the catalogue they name. The sandbox's clock stands at {@link #NOW}.
 */
final class Journey {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 21, 10, 0, 0, 0, ZoneOffset.ofHours(7));
    /** GLN 893456300010 + check digit 3. */
    static final String PLANT_GLN = "8934563000103";
    /** GLN 893000099999 + check digit 3: a customer's warehouse, not a location of the organisation. */
    static final String CUSTOMER_GLN = "8930000999993";
    /** A dock of the customer's warehouse. */
    static final String CUSTOMER_DOCK = PortalProfile.locationCode(CUSTOMER_GLN, "DOCK-3");
    /** The filling line: a sub-location of the plant (GS1 AI 254). */
    static final String LINE = PortalProfile.locationCode(PLANT_GLN, "LINE-2");
    /** The plant itself. */
    static final String PLANT = PortalProfile.locationCode(PLANT_GLN, null);
    /** The fixture lot's maTruyVet. */
    static final String LOT_A = PortalProfile.elementString(PortalFixtures.GTIN13_AS_14, "L2026-09/A");
    /** A lot with an ISO/IEC 15459-6 identifier: traced by 25T. */
    static final String LOT_25T = "25TLTTXNG12345ABC";
    /** A lot number with brackets, as the profile writes it: unescaped. */
    static final String LOT_BRACKETS = PortalProfile.elementString(PortalFixtures.GTIN13_AS_14, "A(1)");
    static final String SHIPMENT = "ERP-SHIP-2026-11-21-0007";

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private Journey() {
    }

    static Clock clock() {
        return Clock.fixed(NOW.toInstant(), ZoneOffset.UTC);
    }

    static SandboxServer sandbox() {
        return new SandboxServer(PortalFixtures.CLIENT_ID, PortalFixtures.secret(), PortalProfile.txngV5(), clock()).start(0);
    }

    /** The filling line, with every field. */
    static ObjectNode line() {
        return NODES.objectNode()
                .put(MA_DIA_DIEM, LINE)
                .put(TEN, "Xưởng chiết rót Long An, dây chuyền 2")
                .put(DIA_CHI, "Lô B2, KCN Tân Đức, Đức Hòa, Long An")
                .put(LOAI_DIA_DIEM, "CO_SO_SAN_XUAT")
                .put(MA_SO_THUE, "0301234567")
                .put(VI_DO, 10.8412)
                .put(KINH_DO, 106.4963);
    }

    /** The plant, with the required fields only. */
    static ObjectNode plant() {
        return NODES.objectNode()
                .put(MA_DIA_DIEM, PLANT)
                .put(TEN, "Nhà máy Long An")
                .put(DIA_CHI, "KCN Tân Đức, Đức Hòa, Long An")
                .put(LOAI_DIA_DIEM, "KHO");
    }

    /** A shipment of lot A from the line to the customer, with every field. */
    static ObjectNode shipment() {
        ObjectNode event = NODES.objectNode()
                .put(MA_SU_KIEN, SHIPMENT)
                .put(CONG_DOAN, "VAN_CHUYEN")
                .put(THOI_GIAN, "2026-11-21T08:30:00+07:00");
        event.putArray(MA_TRUY_VET).add(LOT_A);
        event.put(MA_DIA_DIEM, LINE).put(DEN_DIA_DIEM, PortalProfile.locationCode(CUSTOMER_GLN, null));
        event.putArray(SO_LUONG).addObject().put(MA_TRUY_VET, LOT_A).put(SO_LUONG, 1200).put(DON_VI_TINH, "Chai");
        event.putArray(CHUNG_TU)
                .add(NODES.objectNode().put(CHUNG_TU_LOAI, "DON_HANG").put(CHUNG_TU_SO, "PO-4500012345"))
                .add(NODES.objectNode().put(CHUNG_TU_LOAI, "PHIEU_GIAO_HANG").put(CHUNG_TU_SO, "DES-0007"));
        event.put(NGUOI_THUC_HIEN, "Tổ vận chuyển 2").put(MO_TA, "Giao 100 thùng cho nhà phân phối");
        event.putArray(HINH_ANH_MINH_CHUNG).add("https://erp.example.vn/evidence/ship-0007.jpg");
        return event;
    }

    /** The production of lot A on the line, with the required fields only. */
    static ObjectNode production() {
        ObjectNode event = NODES.objectNode()
                .put(MA_SU_KIEN, "ERP-PROD-L2026-09/A")
                .put(CONG_DOAN, "SAN_XUAT")
                .put(THOI_GIAN, "2026-09-15T00:00:00+07:00");
        event.putArray(MA_TRUY_VET).add(LOT_A);
        return event.put(MA_DIA_DIEM, LINE);
    }

    /** Delivers the product, lot A, the 25T lot, the lot with brackets, the line and the plant. */
    static void deliverCatalogueAndPlaces(SandboxCalls portal) {
        deliverLot(portal, PortalFixtures.lot());
        deliverLot(portal, new LotRecord(PortalFixtures.GTIN13_AS_14, "L2026-09/B", LOT_25T.substring(3),
                LocalDate.of(2026, 9, 16), null, null, null, null));
        deliverLot(portal, PortalFixtures.lot(PortalFixtures.GTIN13_AS_14, "A(1)"));
        portal.deliver(RecordKind.LOCATION, line());
        portal.deliver(RecordKind.LOCATION, plant());
    }

    /** A case of a parameterised test: a change to a valid body that keeps it valid. */
    static Arguments good(String why, Consumer<ObjectNode> change) {
        return Arguments.of(why, change);
    }

    /** A case of a parameterised test: a change to a valid body that breaks {@code field}. */
    static Arguments bad(String field, String why, Consumer<ObjectNode> breakIt) {
        return Arguments.of(field, why, breakIt);
    }

    /** Delivers {@code lot}, and its product first. */
    static void deliverLot(SandboxCalls portal, LotRecord lot) {
        portal.deliver(RecordKind.PRODUCT, PortalProfile.txngV5().body(PortalFixtures.product(lot.gtin())));
        portal.deliver(RecordKind.LOT, PortalProfile.txngV5().body(lot));
    }
}
