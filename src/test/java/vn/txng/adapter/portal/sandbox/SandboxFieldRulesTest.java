package vn.txng.adapter.portal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.portal.PortalFixtures;
import vn.txng.adapter.portal.PortalProfile;

/** Each rule of the contract's tables: a valid body passes; one bad field is named. */
class SandboxFieldRulesTest {

    private final SandboxFieldRules rules = new SandboxFieldRules();

    private static ObjectNode product() {
        return PortalProfile.txngV5().body(PortalFixtures.product());
    }

    private static ObjectNode lot() {
        return PortalProfile.txngV5().body(PortalFixtures.lot());
    }

    @Test
    void theMappedFixturesAreValid() {
        assertThat(rules.validate(RecordKind.PRODUCT, product())).isEmpty();
        assertThat(rules.validate(RecordKind.LOT, lot())).isEmpty();
        assertThat(rules.validate(RecordKind.PRODUCT, PortalProfile.txngV5().body(PortalFixtures.product(PortalFixtures.GTIN8_AS_14)))).isEmpty();
        assertThat(rules.validate(RecordKind.PRODUCT, PortalProfile.txngV5().body(PortalFixtures.product(PortalFixtures.GTIN14)))).isEmpty();
    }

    static Stream<Arguments> badProducts() {
        return Stream.of(
                bad("gtinCode", "wrong check digit", b -> b.put("gtinCode", "8934563123452")),
                bad("gtinCode", "not shortest form", b -> b.put("gtinCode", "08934563123451")),
                bad("gtinCode", "GTIN-8 sent long", b -> b.put("gtinCode", "0000012345670")),
                bad("gtinCode", "missing", b -> b.remove("gtinCode")),
                bad("ten", "blank", b -> b.put("ten", " ")),
                bad("ten", "over 500", b -> b.put("ten", "x".repeat(501))),
                bad("ten", "not NFC", b -> b.put("ten", Normalizer.normalize("Nước", Normalizer.Form.NFD))),
                bad("hinhAnh", "empty", b -> b.putArray("hinhAnh")),
                bad("hinhAnh[0]", "gif", b -> b.putArray("hinhAnh").add("https://x.vn/a.gif")),
                bad("hinhAnh[0]", "ftp", b -> b.putArray("hinhAnh").add("ftp://x.vn/a.jpg")),
                bad("donViTinh", "missing", b -> b.remove("donViTinh")),
                bad("netWeight", "zero", b -> b.put("netWeight", 0)),
                bad("netWeight", "text", b -> b.put("netWeight", "500")),
                bad("weightUnit", "not Rec 20", b -> b.put("weightUnit", "ml")),
                bad("xuatXu", "not ISO 3166", b -> b.put("xuatXu", "XX")),
                bad("hanSuDungNgay", "zero", b -> b.put("hanSuDungNgay", 0)),
                bad("tieuChuanApDung[0]", "blank standard", b -> b.putArray("tieuChuanApDung").add("")),
                bad("nhaSanXuat", "missing", b -> b.remove("nhaSanXuat")),
                bad("nhaSanXuat.maSoThue", "9 digits", b -> ((ObjectNode) b.get("nhaSanXuat")).put("maSoThue", "030123456")),
                bad("nhaSanXuat.gln", "bad check digit", b -> ((ObjectNode) b.get("nhaSanXuat")).put("gln", "8934563000005")),
                bad("nhaSanXuat.diaChi", "missing", b -> ((ObjectNode) b.get("nhaSanXuat")).remove("diaChi")));
    }

    static Stream<Arguments> badLots() {
        return Stream.of(
                bad("gtinCode", "14 digits with leading 0", b -> b.put("gtinCode", "08934563123451")),
                bad("soLo", "21 characters", b -> b.put("soLo", "A".repeat(21))),
                bad("soLo", "outside CSET 82", b -> b.put("soLo", "LÔ 1")),
                bad("maTruyVet", "another lot", b -> b.put("maTruyVet", "(01)08934563123451(10)OTHER")),
                bad("maTruyVet", "short GTIN", b -> b.put("maTruyVet", "(01)8934563123451(10)L2026-09/A")),
                bad("maTruyVet", "lower-case 25T", b -> b.put("maTruyVet", "25Tabc")),
                bad("duongDanSo", "another host", b -> b.put("duongDanSo", "https://example.com/01/08934563123451/10/L2026-09%2FA")),
                bad("duongDanSo", "another lot", b -> b.put("duongDanSo", "https://id.gs1.org/01/08934563123451/10/X")),
                bad("ngaySanXuat", "not ISO", b -> b.put("ngaySanXuat", "15/09/2026")),
                bad("hanSuDung", "no such day", b -> b.put("hanSuDung", "2028-02-30")),
                bad("hanSuDung", "before production", b -> b.put("hanSuDung", "2026-09-14")),
                bad("soLuong", "negative", b -> b.put("soLuong", -1)),
                bad("donViTinh", "missing with soLuong", b -> b.remove("donViTinh")),
                bad("glnCoSoSanXuat", "12 digits", b -> b.put("glnCoSoSanXuat", "893456300000")));
    }

    @ParameterizedTest(name = "product {0}: {1}")
    @MethodSource("badProducts")
    void aBadProductFieldIsNamed(String field, String why, Consumer<ObjectNode> breakIt) {
        ObjectNode body = product();
        breakIt.accept(body);

        assertThat(rules.validate(RecordKind.PRODUCT, body)).extracting(FieldError::field).containsExactly(field);
    }

    @ParameterizedTest(name = "lot {0}: {1}")
    @MethodSource("badLots")
    void aBadLotFieldIsNamed(String field, String why, Consumer<ObjectNode> breakIt) {
        ObjectNode body = lot();
        breakIt.accept(body);

        assertThat(rules.validate(RecordKind.LOT, body)).extracting(FieldError::field).contains(field);
    }

    @Test
    void a25TLotAndAnyCset82LotAreValid() {
        ObjectNode body = lot();
        body.put("soLo", "A!%&'()*+,-./:;<=>?_");
        body.put("maTruyVet", "25TLTTXNG12345ABC");
        body.put("duongDanSo", PortalProfile.digitalLink(PortalFixtures.GTIN13_AS_14, "A!%&'()*+,-./:;<=>?_"));

        assertThat(rules.validate(RecordKind.LOT, body)).isEmpty();
    }

    @Test
    void aLotWithoutOptionalFieldsIsValid() {
        ObjectNode body = lot();
        List.of("duongDanSo", "ngaySanXuat", "hanSuDung", "soLuong", "donViTinh", "glnCoSoSanXuat").forEach(body::remove);

        assertThat(rules.validate(RecordKind.LOT, body)).isEmpty();
    }

    private static Arguments bad(String field, String why, Consumer<ObjectNode> breakIt) {
        return Arguments.of(field, why, breakIt);
    }
}
