package vn.txng.adapter.portal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.txng.adapter.portal.sandbox.Journey.bad;
import static vn.txng.adapter.portal.sandbox.Journey.good;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.portal.PortalProfile;
import vn.txng.adapter.portal.sandbox.SandboxCalls.Answer;

/** The location call ({@code ToChuc_DiaDiem}) over HTTP: each rule of PORTAL-API.md section 5's table. */
class SandboxLocationTest {

    @RegisterExtension
    final SandboxCalls portal = new SandboxCalls();

    @Test
    void aLocationWithEveryFieldIsStoredUnderItsTraceCode() {
        Answer answer = portal.post(RecordKind.LOCATION, "loc-1", Journey.line());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.success()).isTrue();
        assertThat(answer.created()).isTrue();
        assertThat(answer.id()).startsWith("DD");
        assertThat(portal.records().location(Journey.LINE)).hasValueSatisfying(r -> {
            assertThat(r.id()).isEqualTo(answer.id());
            assertThat(r.body()).isEqualTo(Journey.line());
        });
    }

    static Stream<Arguments> goodLocations() {
        return Stream.of(
                good("the required fields only", b -> b.remove(List.of("maSoThue", "viDo", "kinhDo"))),
                good("a GLN without extension", b -> b.put("maDiaDiem", Journey.PLANT)),
                good("an extension of 20 CSET 82 characters", b -> b.put("maDiaDiem", "(414)" + Journey.PLANT_GLN + "(254)A!%&'*+,-./:;<=>?_z")),
                good("a 13-digit tax code", b -> b.put("maSoThue", "0301234567001")),
                good("a tax code with a branch", b -> b.put("maSoThue", "0301234567-001")),
                good("the poles and the antimeridian", b -> b.put("viDo", -90).put("kinhDo", 180)),
                good("the other pole", b -> b.put("viDo", new BigDecimal("90.0")).put("kinhDo", -180)),
                good("neither coordinate", b -> b.remove(List.of("viDo", "kinhDo"))),
                good("a name of 500 characters", b -> b.put("ten", "Đ".repeat(500))),
                good("an address of 1000 characters", b -> b.put("diaChi", "Đ".repeat(1000))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodLocations")
    void aGoodLocationIsStored(String why, Consumer<ObjectNode> change) {
        ObjectNode body = Journey.line();
        change.accept(body);

        Answer answer = portal.post(RecordKind.LOCATION, "loc-1", body);

        assertThat(answer.success()).as(answer.body().toString()).isTrue();
    }

    static List<String> locationKinds() {
        return PortalProfile.LOCATION_KINDS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locationKinds")
    void everyLocationKindOfTheProfileIsTaken(String kind) {
        Answer answer = portal.post(RecordKind.LOCATION, "loc-1", Journey.line().put("loaiDiaDiem", kind));

        assertThat(answer.success()).as(answer.body().toString()).isTrue();
    }

    static Stream<Arguments> badLocations() {
        return Stream.of(
                bad("maDiaDiem", "missing", b -> b.remove("maDiaDiem")),
                bad("maDiaDiem", "a wrong GLN check digit", b -> b.put("maDiaDiem", "(414)8934563000104(254)LINE-2")),
                bad("maDiaDiem", "a GLN of 12 digits", b -> b.put("maDiaDiem", "(414)893456300010")),
                bad("maDiaDiem", "an extension of 21 characters", b -> b.put("maDiaDiem", "(414)" + Journey.PLANT_GLN + "(254)" + "A".repeat(21))),
                bad("maDiaDiem", "an extension outside CSET 82", b -> b.put("maDiaDiem", "(414)" + Journey.PLANT_GLN + "(254)DÂY-2")),
                bad("maDiaDiem", "a bare GLN", b -> b.put("maDiaDiem", Journey.PLANT_GLN)),
                bad("maDiaDiem", "unbracketed", b -> b.put("maDiaDiem", "414" + Journey.PLANT_GLN)),
                bad("maDiaDiem", "another AI after the GLN", b -> b.put("maDiaDiem", "(414)" + Journey.PLANT_GLN + "(7040)1A2B")),
                bad("ten", "missing", b -> b.remove("ten")),
                bad("ten", "501 characters", b -> b.put("ten", "x".repeat(501))),
                bad("ten", "not NFC", b -> b.put("ten", Normalizer.normalize("Xưởng", Normalizer.Form.NFD))),
                bad("diaChi", "missing", b -> b.remove("diaChi")),
                bad("diaChi", "1001 characters", b -> b.put("diaChi", "x".repeat(1001))),
                bad("loaiDiaDiem", "missing", b -> b.remove("loaiDiaDiem")),
                bad("loaiDiaDiem", "not a profile code", b -> b.put("loaiDiaDiem", "NHA_MAY")),
                bad("maSoThue", "9 digits", b -> b.put("maSoThue", "030123456")),
                bad("viDo", "over 90", b -> b.put("viDo", new BigDecimal("90.0001"))),
                bad("kinhDo", "under -180", b -> b.put("kinhDo", -181)),
                bad("viDo", "text", b -> b.put("viDo", "10.8412")),
                bad("kinhDo", "missing beside viDo", b -> b.remove("kinhDo")),
                bad("viDo", "missing beside kinhDo", b -> b.remove("viDo")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badLocations")
    void aBadLocationFieldIsNamedInAnHttp200Rejection(String field, String why, Consumer<ObjectNode> breakIt) {
        ObjectNode body = Journey.line();
        breakIt.accept(body);

        Answer answer = portal.post(RecordKind.LOCATION, "loc-1", body);

        SandboxCalls.assertRejectedNaming(answer, field);
        assertThat(portal.records().locations()).isEmpty();
    }

    @Test
    void aBadTraceCodeIsRefusedNamingTheGs1Rule() {
        Answer answer = portal.post(RecordKind.LOCATION, "loc-1", Journey.line().put("maDiaDiem", "(414)8934563000104"));

        assertThat(answer.body().get("errors").get(0).get("message").textValue()).contains("check digit");
    }

    @Test
    void theSameLocationAgainIsNotCreatedAgain() {
        Answer first = portal.post(RecordKind.LOCATION, "loc-1", Journey.line());
        Answer again = portal.post(RecordKind.LOCATION, "loc-2", Journey.line());

        assertThat(again.success()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(portal.records().locations()).hasSize(1);
    }

    @Test
    void aNewBodyForTheSameTraceCodeReplacesTheLocation() {
        Answer first = portal.post(RecordKind.LOCATION, "loc-1", Journey.line());
        Answer second = portal.post(RecordKind.LOCATION, "loc-2", Journey.line().put("ten", "Dây chuyền 2 (mới)"));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(portal.records().locations()).singleElement()
                .satisfies(r -> assertThat(r.body().get("ten").textValue()).isEqualTo("Dây chuyền 2 (mới)"));
    }
}
