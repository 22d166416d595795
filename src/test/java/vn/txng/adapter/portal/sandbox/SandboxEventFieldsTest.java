package vn.txng.adapter.portal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.txng.adapter.portal.sandbox.Journey.bad;
import static vn.txng.adapter.portal.sandbox.Journey.good;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.portal.PortalFixtures;
import vn.txng.adapter.portal.PortalProfile;
import vn.txng.adapter.portal.sandbox.SandboxCalls.Answer;

/**
 * The traceability event call ({@code ToChuc_SuKien}) over HTTP: each rule of PORTAL-API.md section 5's table,
 * a good value stored and a bad one refused naming its field. The sandbox's clock stands at {@link Journey#NOW}.
 */
class SandboxEventFieldsTest {

    private static final String SSCC = "089345630000000011";

    @RegisterExtension
    final SandboxCalls portal = new SandboxCalls();

    @Test
    void aShipmentWithEveryFieldIsStoredUnderItsKey() {
        Journey.deliverCatalogueAndPlaces(portal);

        Answer answer = portal.post(RecordKind.EVENT, "ev-1", Journey.shipment());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.success()).isTrue();
        assertThat(answer.created()).isTrue();
        assertThat(answer.id()).startsWith("SK");
        assertThat(portal.records().event(Journey.SHIPMENT)).hasValueSatisfying(r -> {
            assertThat(r.id()).isEqualTo(answer.id());
            assertThat(r.body()).isEqualTo(Journey.shipment());
        });
    }

    static Stream<Arguments> goodEvents() {
        return Stream.of(
                good("a production event with the required fields only", b -> {
                    b.setAll(Journey.production());
                    b.remove(List.of("denDiaDiem", "soLuong", "chungTu", "nguoiThucHien", "moTa", "hinhAnhMinhChung"));
                }),
                good("a time in UTC", b -> b.put("thoiGian", "2026-11-21T01:30:00Z")),
                good("a time without seconds", b -> b.put("thoiGian", "2026-11-21T08:30+07:00")),
                good("a time 59 minutes ahead", b -> b.put("thoiGian", "2026-11-21T10:59:00+07:00")),
                good("a time at 2000-01-01", b -> b.put("thoiGian", "2000-01-01T00:00:00+07:00")),
                good("a 25T lot", b -> traceCodes(b, Journey.LOT_25T)),
                good("a lot number with brackets", b -> traceCodes(b, Journey.LOT_BRACKETS)),
                good("three lots", b -> traceCodes(b, Journey.LOT_A, Journey.LOT_25T, Journey.LOT_BRACKETS)),
                good("a place without extension", b -> b.put("maDiaDiem", Journey.PLANT)),
                good("a destination with an extension", b -> b.put("denDiaDiem", Journey.CUSTOMER_DOCK)),
                good("a quantity of 0", b -> ((ObjectNode) b.get("soLuong").get(0)).put("soLuong", 0)),
                good("a fractional quantity", b -> ((ObjectNode) b.get("soLuong").get(0)).put("soLuong", 12.5)),
                good("each document type", b -> documents(b, PortalProfile.DOCUMENT_TYPES)),
                good("a document number of 100 characters", b -> ((ObjectNode) b.get("chungTu").get(0)).put("so", "9".repeat(100))),
                good("a key of 200 printable ASCII characters", b -> b.put("maSuKien", ("ERP ship #7 ~" + "x".repeat(200)).substring(0, 200))),
                good("a performer of 200 characters", b -> b.put("nguoiThucHien", "Tổ".repeat(100))),
                good("a description of 2000 characters", b -> b.put("moTa", "ạ".repeat(2000))),
                good("an empty description", b -> b.put("moTa", "")),
                good("20 evidence photos, JPG and PNG, http and https", b -> images(b, 20,
                        i -> (i % 2 == 0 ? "http" : "https") + "://erp.example.vn/e/" + i + (i % 3 == 0 ? ".PNG" : ".jpeg"))),
                good("no evidence photo", b -> b.remove("hinhAnhMinhChung")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodEvents")
    void aGoodEventIsStored(String why, Consumer<ObjectNode> change) {
        Journey.deliverCatalogueAndPlaces(portal);
        ObjectNode body = Journey.shipment();
        change.accept(body);

        Answer answer = portal.post(RecordKind.EVENT, "ev-1", body);

        assertThat(answer.success()).as(answer.body().toString()).isTrue();
    }

    static List<String> stages() {
        return PortalProfile.STAGES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stages")
    void everyStageOfTheProfileIsTaken(String stage) {
        Journey.deliverCatalogueAndPlaces(portal);
        ObjectNode body = Journey.production().put("congDoan", stage);
        if (stage.equals(PortalProfile.STAGE_SHIPPING)) {
            body.put("denDiaDiem", Journey.PLANT);
        }

        assertThat(portal.post(RecordKind.EVENT, "ev-1", body).success()).isTrue();
    }

    @Test
    void aProcessingEventTakesInputsOfEveryShape() {
        Journey.deliverCatalogueAndPlaces(portal);
        ObjectNode body = Journey.production().put("congDoan", "CHE_BIEN");
        body.putArray("dauVao").add("(01)08930000111111(10)RAW-77").add("(01)08930000111111(21)SERIAL(9)")
                .add("(00)" + SSCC).add("25TUN123456789LOT1");

        Answer answer = portal.post(RecordKind.EVENT, "ev-1", body);

        assertThat(answer.success()).as(answer.body().toString()).isTrue();
    }

    @Test
    void aThousandLotsInOneEventAreTaken() {
        Journey.deliverCatalogueAndPlaces(portal);
        ObjectNode body = Journey.production();
        ArrayNode codes = body.putArray("maTruyVet");
        for (int i = 0; i < EventFieldRules.MAX_TRACE_CODES; i++) {
            ObjectNode lot = PortalProfile.txngV5().body(PortalFixtures.lot(
                    PortalFixtures.GTIN13_AS_14, "BATCH-" + i));
            portal.deliver(RecordKind.LOT, lot);
            codes.add(lot.get("maTruyVet").textValue());
        }

        Answer answer = portal.post(RecordKind.EVENT, "ev-1", body);

        assertThat(answer.success()).as(answer.body().toString()).isTrue();
    }

    static Stream<Arguments> badEvents() {
        return Stream.of(
                bad("maSuKien", "missing", b -> b.remove("maSuKien")),
                bad("maSuKien", "201 characters", b -> b.put("maSuKien", "K".repeat(201))),
                bad("maSuKien", "not ASCII", b -> b.put("maSuKien", "SỰ-KIỆN-7")),
                bad("maSuKien", "a control character", b -> b.put("maSuKien", "SHIP\t7")),
                bad("congDoan", "missing", b -> b.remove("congDoan")),
                bad("congDoan", "not a profile code", b -> b.put("congDoan", "GIAO_HANG")),
                bad("thoiGian", "missing", b -> b.remove("thoiGian")),
                bad("thoiGian", "without its offset", b -> b.put("thoiGian", "2026-11-21T08:30:00")),
                bad("thoiGian", "a date only", b -> b.put("thoiGian", "2026-11-21")),
                bad("thoiGian", "not ISO 8601", b -> b.put("thoiGian", "21/11/2026 08:30 +07:00")),
                bad("thoiGian", "61 minutes ahead", b -> b.put("thoiGian", "2026-11-21T11:01:00+07:00")),
                bad("thoiGian", "before 2000-01-01", b -> b.put("thoiGian", "1999-12-31T23:59:59+07:00")),
                bad("maTruyVet", "missing", b -> b.remove("maTruyVet")),
                bad("maTruyVet", "empty", b -> b.putArray("maTruyVet")),
                bad("maTruyVet", "a string, not an array", b -> b.put("maTruyVet", Journey.LOT_A)),
                bad("maTruyVet", "1001 codes", b -> lots(b, EventFieldRules.MAX_TRACE_CODES + 1)),
                bad("maTruyVet[1]", "a duplicate", b -> traceCodes(b, Journey.LOT_A, Journey.LOT_A)),
                bad("maTruyVet[0]", "a wrong GTIN check digit", b -> traceCodes(b, "(01)08934563123452(10)L2026-09/A")),
                bad("maTruyVet[0]", "a GTIN of 13 digits", b -> traceCodes(b, "(01)8934563123451(10)L2026-09/A")),
                bad("maTruyVet[0]", "a lot of 21 characters", b -> traceCodes(b, "(01)08934563123451(10)" + "L".repeat(21))),
                bad("maTruyVet[0]", "a lot outside CSET 82", b -> traceCodes(b, "(01)08934563123451(10)LÔ-1")),
                bad("maTruyVet[0]", "a serial, not a lot", b -> traceCodes(b, "(01)08934563123451(21)S1")),
                bad("maTruyVet[0]", "a lower-case 25T", b -> traceCodes(b, "25Tabc")),
                bad("maTruyVet[0]", "a bare lot number", b -> traceCodes(b, "L2026-09/A")),
                bad("maDiaDiem", "missing", b -> b.remove("maDiaDiem")),
                bad("maDiaDiem", "a wrong GLN check digit", b -> b.put("maDiaDiem", "(414)8934563000104")),
                bad("maDiaDiem", "an extension of 21 characters", b -> b.put("maDiaDiem", "(414)" + Journey.PLANT_GLN + "(254)" + "E".repeat(21))),
                bad("maDiaDiem", "a bare GLN", b -> b.put("maDiaDiem", Journey.PLANT_GLN)),
                bad("denDiaDiem", "missing on a shipment", b -> b.remove("denDiaDiem")),
                bad("denDiaDiem", "on a stage that is not VAN_CHUYEN", b -> b.put("congDoan", "KHO_TONG")),
                bad("denDiaDiem", "a wrong GLN check digit", b -> b.put("denDiaDiem", "(414)8930000999994")),
                bad("denDiaDiem", "an extension outside CSET 82", b -> b.put("denDiaDiem", "(414)" + Journey.CUSTOMER_GLN + "(254)CỬA 1")),
                bad("dauVao", "on a stage that is not CHE_BIEN", b -> b.putArray("dauVao").add("(00)" + SSCC)),
                bad("dauVao[0]", "a wrong SSCC check digit", b -> processing(b, "(00)089345630000000012")),
                bad("dauVao[0]", "a wrong GTIN check digit", b -> processing(b, "(01)08930000111112(10)RAW-77")),
                bad("dauVao[0]", "a 25T of no registered issuing agency", b -> processing(b, "25TXYZ123")),
                bad("dauVao[0]", "a bare lot number", b -> processing(b, "RAW-77")),
                bad("dauVao", "a string, not an array", b -> processing(b, "(00)" + SSCC).put("dauVao", "(00)" + SSCC)),
                bad("soLuong[0].donViTinh", "missing", b -> ((ObjectNode) b.get("soLuong").get(0)).remove("donViTinh")),
                bad("soLuong[0].soLuong", "negative", b -> ((ObjectNode) b.get("soLuong").get(0)).put("soLuong", -1)),
                bad("soLuong[0].soLuong", "text", b -> ((ObjectNode) b.get("soLuong").get(0)).put("soLuong", "1200")),
                bad("soLuong[0].soLuong", "missing", b -> ((ObjectNode) b.get("soLuong").get(0)).remove("soLuong")),
                bad("soLuong[0].maTruyVet", "not among the event's", b -> ((ObjectNode) b.get("soLuong").get(0)).put("maTruyVet", Journey.LOT_25T)),
                bad("soLuong[1].maTruyVet", "a second line for one lot", b -> ((ArrayNode) b.get("soLuong")).add(b.get("soLuong").get(0).deepCopy())),
                bad("soLuong[1].donViTinh", "missing on the second line", b -> quantities(b)),
                bad("soLuong[0]", "not an object", b -> b.putArray("soLuong").add(1200)),
                bad("chungTu[0].loai", "not a profile code", b -> ((ObjectNode) b.get("chungTu").get(0)).put("loai", "HOP_DONG")),
                bad("chungTu[1].so", "101 characters", b -> ((ObjectNode) b.get("chungTu").get(1)).put("so", "9".repeat(101))),
                bad("chungTu[0].so", "missing", b -> ((ObjectNode) b.get("chungTu").get(0)).remove("so")),
                bad("nguoiThucHien", "201 characters", b -> b.put("nguoiThucHien", "x".repeat(201))),
                bad("nguoiThucHien", "empty", b -> b.put("nguoiThucHien", "")),
                bad("moTa", "2001 characters", b -> b.put("moTa", "x".repeat(2001))),
                bad("hinhAnhMinhChung", "21 photos", b -> images(b, 21, i -> "https://erp.example.vn/e/" + i + ".jpg")),
                bad("hinhAnhMinhChung[0]", "a GIF", b -> images(b, 1, i -> "https://erp.example.vn/e/" + i + ".gif")),
                bad("hinhAnhMinhChung[0]", "an FTP URL", b -> images(b, 1, i -> "ftp://erp.example.vn/e/" + i + ".jpg")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badEvents")
    void aBadEventFieldIsNamedInAnHttp200Rejection(String field, String why, Consumer<ObjectNode> breakIt) {
        ObjectNode body = Journey.shipment();
        breakIt.accept(body);

        Answer answer = portal.post(RecordKind.EVENT, "ev-1", body);

        SandboxCalls.assertRejectedNaming(answer, field);
        assertThat(portal.records().events()).isEmpty();
    }

    @Test
    void aTimeWithoutOffsetIsRefusedSayingAnOffsetIsNeeded() {
        Answer answer = portal.post(RecordKind.EVENT, "ev-1", Journey.shipment().put("thoiGian", "2026-11-21T08:30:00"));

        assertThat(answer.body().get("errors").get(0).get("message").textValue()).contains("offset");
    }

    @Test
    void everyBadFieldOfOneEventIsNamed() {
        ObjectNode body = Journey.shipment().put("congDoan", "KHO_TONG").put("thoiGian", "2026-11-21");
        ((ObjectNode) body.get("soLuong").get(0)).remove("donViTinh");

        Answer answer = portal.post(RecordKind.EVENT, "ev-1", body);

        assertThat(answer.fields()).containsExactly("thoiGian", "denDiaDiem", "soLuong[0].donViTinh");
    }

    // ---- changes to the shipment ----

    private static void traceCodes(ObjectNode event, String... codes) {
        ArrayNode array = event.putArray("maTruyVet");
        List.of(codes).forEach(array::add);
        event.remove("soLuong");
    }

    private static void lots(ObjectNode event, int count) {
        ArrayNode array = event.putArray("maTruyVet");
        for (int i = 0; i < count; i++) {
            array.add(PortalProfile.elementString(PortalFixtures.GTIN13_AS_14, "BATCH-" + i));
        }
        event.remove("soLuong");
    }

    private static ObjectNode processing(ObjectNode event, String input) {
        event.put("congDoan", "CHE_BIEN").remove("denDiaDiem");
        event.putArray("dauVao").add(input);
        return event;
    }

    private static void quantities(ObjectNode event) {
        traceCodes(event, Journey.LOT_A, Journey.LOT_25T);
        ArrayNode lines = event.putArray("soLuong");
        lines.addObject().put("maTruyVet", Journey.LOT_A).put("soLuong", 1200).put("donViTinh", "Chai");
        lines.addObject().put("maTruyVet", Journey.LOT_25T).put("soLuong", 800);
    }

    private static void documents(ObjectNode event, List<String> types) {
        ArrayNode documents = event.putArray("chungTu");
        types.forEach(type -> documents.addObject().put("loai", type).put("so", "DOC-" + type));
    }

    private static void images(ObjectNode event, int count, IntFunction<String> url) {
        ArrayNode images = event.putArray("hinhAnhMinhChung");
        for (int i = 0; i < count; i++) {
            images.add(url.apply(i));
        }
    }
}
