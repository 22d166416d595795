package vn.txng.adapter.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.txng.adapter.portal.PortalFixtures.GLN;
import static vn.txng.adapter.portal.PortalFixtures.GTIN12_AS_14;
import static vn.txng.adapter.portal.PortalFixtures.GTIN13_AS_14;
import static vn.txng.adapter.portal.PortalFixtures.GTIN14;
import static vn.txng.adapter.portal.PortalFixtures.GTIN8_AS_14;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.ProductRecord;
import vn.txng.adapter.model.RecordKind;

class PortalProfileTest {

    private final PortalProfile profile = PortalProfile.txngV5();

    @Test
    void pathsAndTokenPathAreTheProfiles() {
        assertThat(profile.path(RecordKind.PRODUCT)).isEqualTo("/tochuc/v5/ToChuc_SanPham");
        assertThat(profile.path(RecordKind.LOT)).isEqualTo("/tochuc/v5/ToChuc_LoHang");
        assertThat(profile.path(RecordKind.LOCATION)).isEqualTo("/tochuc/v5/ToChuc_DiaDiem");
        assertThat(profile.path(RecordKind.EVENT)).isEqualTo("/tochuc/v5/ToChuc_SuKien");
        assertThat(profile.defaultTokenUrl(URI.create("https://sso.truyxuatnguongoc.gov.vn")))
                .hasToString("https://sso.truyxuatnguongoc.gov.vn/connect/token");
    }

    @Test
    void aLocationTraceCodeIsTheGlnsElementStringWithItsExtensionWhenThereIsOne() {
        assertThat(PortalProfile.locationCode(PortalFixtures.GLN, "LINE-2")).isEqualTo("(414)8934563000004(254)LINE-2");
        assertThat(PortalProfile.locationCode(PortalFixtures.GLN, null)).isEqualTo("(414)8934563000004");
        assertThat(PortalProfile.locationCode(PortalFixtures.GLN, "")).isEqualTo("(414)8934563000004");
    }

    @Test
    void aLocationsBodyIsKeyedByItsTraceCodeWithTheSectionFiveFieldNames() {
        ObjectNode body = profile.body(vn.txng.adapter.outbox.TraceRecordBodies.LOCATION);

        assertThat(body.toString()).isEqualTo("{\"maDiaDiem\":\"(414)8934563000103(254)LINE-2\",\"ten\":\"Xưởng chiết rót Long An\","
                + "\"diaChi\":\"Lô B2, KCN Tân Đức\",\"loaiDiaDiem\":\"CO_SO_SAN_XUAT\",\"maSoThue\":\"0301234567\","
                + "\"viDo\":10.8412,\"kinhDo\":106.4963}");
    }

    @Test
    void anEpcisEventsSerialCodesAndDocumentUrisStayOutOfItsBody() {
        assertThat(profile.body(vn.txng.adapter.outbox.TraceRecordBodies.EPCIS_EVENT))
                .isEqualTo(profile.body(vn.txng.adapter.outbox.TraceRecordBodies.EVENT));
    }

    @Test
    void anEventsBodyNamesItsLotsByTraceCodeWithTheirQuantitiesAndItsInputsDocumentsAndPlaces() {
        ObjectNode body = profile.body(vn.txng.adapter.outbox.TraceRecordBodies.EVENT);

        assertThat(body.toString()).isEqualTo("{\"maSuKien\":\"ERP-SHIP-0007\",\"congDoan\":\"VAN_CHUYEN\","
                + "\"thoiGian\":\"2026-11-21T08:30:00+07:00\",\"maTruyVet\":[\"(01)08934563123451(10)L2609-15A\"],"
                + "\"maDiaDiem\":\"(414)8934563000103(254)LINE-2\",\"denDiaDiem\":\"(414)8930000999993\","
                + "\"dauVao\":[\"(01)08930000111111(10)RAW-77\",\"(00)089345630000000011\"],"
                + "\"soLuong\":[{\"maTruyVet\":\"(01)08934563123451(10)L2609-15A\",\"soLuong\":1200,\"donViTinh\":\"Chai\"}],"
                + "\"chungTu\":[{\"loai\":\"DON_HANG\",\"so\":\"PO-4500012345\"}],\"nguoiThucHien\":\"Tổ vận chuyển 2\","
                + "\"moTa\":\"ghi chú\",\"hinhAnhMinhChung\":[\"https://erp.example.vn/evidence/ship-0007.jpg\"]}");
    }

    @Test
    void endpointKeepsTheBasePath() {
        assertThat(profile.endpoint(URI.create("https://quantri.truyxuatnguongoc.gov.vn/gwdev/"), RecordKind.LOT))
                .hasToString("https://quantri.truyxuatnguongoc.gov.vn/gwdev/tochuc/v5/ToChuc_LoHang");
    }

    @Test
    void gtinCodeIsTheShortestRegisteredForm() {
        assertThat(PortalProfile.gtinCode(GTIN8_AS_14)).isEqualTo("12345670");
        assertThat(PortalProfile.gtinCode(GTIN13_AS_14)).isEqualTo("8934563123451");
        assertThat(PortalProfile.gtinCode(GTIN12_AS_14)).isEqualTo("0036000291452");
        assertThat(PortalProfile.gtinCode(GTIN14)).isEqualTo("18934563123458");
    }

    @Test
    void checkDigitsOfTheFixturesAreRight() {
        assertThat(List.of(GTIN8_AS_14, GTIN13_AS_14, GTIN12_AS_14, GTIN14, GLN))
                .allMatch(GtinForms::hasValidCheckDigit);
        assertThat(GtinForms.hasValidCheckDigit("08934563123452")).isFalse();
        assertThat(GtinForms.isValidGln(GLN)).isTrue();
    }

    @Test
    void productBodyHasEveryFieldNamedByTheProfile() {
        ObjectNode body = profile.body(PortalFixtures.product());

        assertThat(body.get("gtinCode").textValue()).isEqualTo("8934563123451");
        assertThat(body.get("hinhAnh").get(0).textValue()).isEqualTo("https://cdn.example.vn/images/nuoc-mam.jpg");
        assertThat(body.get("netWeight").decimalValue()).isEqualByComparingTo("500");
        assertThat(body.get("weightUnit").textValue()).isEqualTo("MLT");
        assertThat(body.get("hanSuDungNgay").intValue()).isEqualTo(730);
        assertThat(body.get("nhaSanXuat").get("maSoThue").textValue()).isEqualTo("0301234567");
        assertThat(body.get("nhaSanXuat").get("gln").textValue()).isEqualTo(GLN);
    }

    @Test
    void absentOptionalFieldsAreOmitted() {
        ProductRecord bare = new ProductRecord(GTIN13_AS_14, "Gạo", null, List.of("https://x.vn/a.png"), "kg",
                BigDecimal.ONE, "KGM", null, null, null, null, null);

        assertThat(profile.body(bare).fieldNames()).toIterable()
                .containsExactly("gtinCode", "ten", "hinhAnh", "donViTinh", "netWeight", "weightUnit");
    }

    @Test
    void lotWithoutUiiIsTracedByItsElementStringAndDigitalLink() {
        ObjectNode body = profile.body(PortalFixtures.lot(GTIN13_AS_14, "L2026-09/A"));

        assertThat(body.get("gtinCode").textValue()).isEqualTo("8934563123451");
        assertThat(body.get("soLo").textValue()).isEqualTo("L2026-09/A");
        assertThat(body.get("maTruyVet").textValue()).isEqualTo("(01)08934563123451(10)L2026-09/A");
        assertThat(body.get("duongDanSo").textValue())
                .isEqualTo("https://id.gs1.org/01/08934563123451/10/L2026-09%2FA");
        assertThat(body.get("ngaySanXuat").textValue()).isEqualTo("2026-09-15");
        assertThat(body.get("hanSuDung").textValue()).isEqualTo("2028-09-15");
        assertThat(body.get("soLuong").decimalValue()).isEqualByComparingTo("12000");
        assertThat(body.get("glnCoSoSanXuat").textValue()).isEqualTo(GLN);
    }

    @Test
    void lotWithA25TIdentifierIsTracedByIt() {
        LotRecord lot = new LotRecord(GTIN8_AS_14, "A1", "LTTXNG12345ABC", null, null, null, null, null);

        ObjectNode body = profile.body(lot);

        assertThat(body.get("gtinCode").textValue()).isEqualTo("12345670");
        assertThat(body.get("maTruyVet").textValue()).isEqualTo("25TLTTXNG12345ABC");
        assertThat(body.get("duongDanSo").textValue()).isEqualTo("https://id.gs1.org/01/00000012345670/10/A1");
    }

    @Test
    void digitalLinkPercentEncodesReservedLotCharacters() {
        assertThat(PortalProfile.digitalLink(GTIN14, "AB#1 x+%"))
                .isEqualTo("https://id.gs1.org/01/18934563123458/10/AB%231%20x%2B%25");
    }

    @Test
    void textIsNormalisedToNfc() {
        String decomposed = Normalizer.normalize("Nước mắm", Normalizer.Form.NFD);
        ProductRecord product = new ProductRecord(GTIN13_AS_14, decomposed, null, List.of("https://x.vn/a.png"),
                decomposed, BigDecimal.ONE, "KGM", "VN", null, null, null, null);

        ObjectNode body = profile.body(product);

        assertThat(decomposed).isNotEqualTo("Nước mắm");
        assertThat(body.get("ten").textValue()).isEqualTo("Nước mắm");
        assertThat(body.get("donViTinh").textValue()).isEqualTo("Nước mắm");
    }

    @Test
    void numbersAreWrittenPlain() {
        LotRecord lot = new LotRecord(GTIN13_AS_14, "A1", null, null, null, new BigDecimal("5E+2"), "kg", null);

        assertThat(new String(PortalJson.bytes(profile.body(lot)), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"soLuong\":500,");
    }

    @Test
    void aGtinNotInNormalFormCannotBeMapped() {
        assertThatThrownBy(() -> profile.body(PortalFixtures.product("8934563123451")))
                .isInstanceOf(UnmappableRecordException.class)
                .hasMessageContaining("8934563123451");
    }

    @Test
    void datesAreIsoDates() {
        LotRecord lot = new LotRecord(GTIN13_AS_14, "A1", null, LocalDate.of(2026, 1, 5), null, null, null, null);

        assertThat(profile.body(lot).get("ngaySanXuat").textValue()).isEqualTo("2026-01-05");
    }
}
