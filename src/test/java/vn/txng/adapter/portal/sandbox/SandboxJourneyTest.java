package vn.txng.adapter.portal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.portal.PortalFixtures;
import vn.txng.adapter.portal.PortalProfile;
import vn.txng.adapter.portal.sandbox.SandboxCalls.Answer;

/**
 * Locations and events as calls to the portal over HTTP (PORTAL-API.md section 5): the order rule and its 409s,
 * the same body again, a new body replacing, the records listed, and the sandbox's faults and latency on the new paths.
 */
class SandboxJourneyTest {

    private static final String EVENTS = "/tochuc/v5/ToChuc_SuKien";
    private static final String LOCATIONS = "/tochuc/v5/ToChuc_DiaDiem";

    @RegisterExtension
    final SandboxCalls portal = new SandboxCalls();

    // ---- the order of calls ----

    @Test
    void anEventBeforeItsLotIs409LotUnknownNamingTheLot() {
        portal.deliver(RecordKind.LOCATION, Journey.line());

        Answer answer = portal.post(RecordKind.EVENT, "ev-1", Journey.production());

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.success()).isFalse();
        assertThat(answer.error()).isEqualTo("ERR_LOT_UNKNOWN");
        assertThat(answer.message()).contains(Journey.LOT_A);
        assertThat(portal.records().events()).isEmpty();
    }

    @Test
    void anEventBeforeItsLocationIs409LocationUnknownNamingTheLocation() {
        Journey.deliverLot(portal, PortalFixtures.lot());

        Answer answer = portal.post(RecordKind.EVENT, "ev-1", Journey.production());

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.error()).isEqualTo("ERR_LOCATION_UNKNOWN");
        assertThat(answer.message()).contains(Journey.LINE);
        assertThat(portal.records().events()).isEmpty();
    }

    @Test
    void anEventRefusedWith409IsStoredWhenRepeatedAfterItsLotAndLocation() {
        Answer early = portal.post(RecordKind.EVENT, "ev-1", Journey.production());
        Journey.deliverLot(portal, PortalFixtures.lot());
        portal.deliver(RecordKind.LOCATION, Journey.line());

        Answer again = portal.post(RecordKind.EVENT, "ev-1", Journey.production());

        assertThat(early.status()).isEqualTo(409);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.success()).isTrue();
        assertThat(again.created()).isTrue();
        assertThat(portal.records().event("ERP-PROD-L2026-09/A")).isPresent();
    }

    @Test
    void anEventWithOneOfItsLotsMissingIs409() {
        Journey.deliverLot(portal, PortalFixtures.lot());
        portal.deliver(RecordKind.LOCATION, Journey.line());
        var body = Journey.production();
        body.withArray("maTruyVet").add(Journey.LOT_25T);

        Answer answer = portal.post(RecordKind.EVENT, "ev-1", body);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.message()).contains(Journey.LOT_25T).doesNotContain(Journey.LOT_A);
    }

    @Test
    void aLotIsKnownByTheTraceCodeItWasLastSentWith() {
        Journey.deliverLot(portal, PortalFixtures.lot());
        portal.deliver(RecordKind.LOCATION, Journey.line());
        LotRecord with25T = new LotRecord(PortalFixtures.GTIN13_AS_14, "L2026-09/A", "LTTXNG777",
                LocalDate.of(2026, 9, 15), null, null, null, null);
        portal.deliver(RecordKind.LOT, PortalProfile.txngV5().body(with25T));

        Answer byOldCode = portal.post(RecordKind.EVENT, "ev-1", Journey.production());

        assertThat(byOldCode.status()).isEqualTo(409);
        assertThat(byOldCode.error()).isEqualTo("ERR_LOT_UNKNOWN");
    }

    @Test
    void aShipmentsDestinationNeedNotBeALocationOfTheOrganisation() {
        Journey.deliverCatalogueAndPlaces(portal);

        Answer answer = portal.post(RecordKind.EVENT, "ev-1", Journey.shipment().put("denDiaDiem", Journey.CUSTOMER_DOCK));

        assertThat(answer.success()).isTrue();
        assertThat(portal.records().location(Journey.CUSTOMER_DOCK)).isEmpty();
    }

    @Test
    void aBadFieldIsReportedBeforeTheOrderRule() {
        Answer answer = portal.post(RecordKind.EVENT, "ev-1", Journey.production().put("congDoan", "GIAO_HANG"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.fields()).containsExactly("congDoan");
    }

    // ---- the same body, a new body ----

    @Test
    void theSameKeyWithTheSameBodyIsNotCreatedAgain() {
        Journey.deliverCatalogueAndPlaces(portal);
        Answer first = portal.post(RecordKind.EVENT, "ev-1", Journey.shipment());
        int upserts = portal.sandbox().storedUpserts();

        Answer replay = portal.post(RecordKind.EVENT, "ev-1", Journey.shipment());

        assertThat(replay.success()).isTrue();
        assertThat(replay.created()).isFalse();
        assertThat(replay.id()).isEqualTo(first.id());
        assertThat(portal.records().events()).hasSize(1);
        assertThat(portal.sandbox().storedUpserts()).as("the replay stored nothing").isEqualTo(upserts);
    }

    @Test
    void theSameEventUnderANewIdempotencyKeyIsNotCreatedAgain() {
        Journey.deliverCatalogueAndPlaces(portal);
        Answer first = portal.post(RecordKind.EVENT, "ev-1", Journey.shipment());

        Answer second = portal.post(RecordKind.EVENT, "ev-2", Journey.shipment());

        assertThat(second.created()).isFalse();
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(portal.records().events()).hasSize(1);
    }

    @Test
    void aNewBodyUnderTheSameEventKeyReplacesTheEvent() {
        Journey.deliverCatalogueAndPlaces(portal);
        Answer first = portal.post(RecordKind.EVENT, "ev-1", Journey.shipment());
        var corrected = Journey.shipment().put("thoiGian", "2026-11-21T09:15:00+07:00");
        corrected.withArray("chungTu").addObject().put("loai", "HOA_DON").put("so", "INV-0007");

        Answer second = portal.post(RecordKind.EVENT, "ev-2", corrected);

        assertThat(second.success()).isTrue();
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(portal.records().events()).singleElement().satisfies(r -> {
            assertThat(r.body().get("thoiGian").textValue()).isEqualTo("2026-11-21T09:15:00+07:00");
            assertThat(r.body().get("chungTu")).hasSize(3);
        });
    }

    @Test
    void anIdempotencyKeyReusedWithAnotherEventBodyIs422() {
        Journey.deliverCatalogueAndPlaces(portal);
        portal.post(RecordKind.EVENT, "ev-1", Journey.shipment());

        Answer reused = portal.post(RecordKind.EVENT, "ev-1", Journey.shipment().put("moTa", "khác"));

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.error()).isEqualTo("ERR_IDEMPOTENCY_KEY_REUSED");
    }

    // ---- inspection ----

    @Test
    void recordsListLocationsAndEventsOverHttp() {
        Journey.deliverCatalogueAndPlaces(portal);
        portal.deliver(RecordKind.EVENT, Journey.production());
        portal.deliver(RecordKind.EVENT, Journey.shipment());

        JsonNode records = portal.get("/sandbox/records").body();

        assertThat(records.get("locations").get("count").intValue()).isEqualTo(2);
        assertThat(records.get("locations").get("items").get(0).get("key").textValue()).isEqualTo(Journey.LINE);
        assertThat(records.get("locations").get("items").get(0).get("record")).isEqualTo(Journey.line());
        assertThat(records.get("events").get("count").intValue()).isEqualTo(2);
        assertThat(records.get("events").get("items").findValuesAsText("key"))
                .containsExactly("ERP-PROD-L2026-09/A", Journey.SHIPMENT);
        assertThat(records.get("events").get("items").get(1).get("id").textValue()).startsWith("SK");
    }

    @Test
    void recordsGiveLocationsAndEventsInTheOrderTheyWereCreated() {
        Journey.deliverCatalogueAndPlaces(portal);
        portal.deliver(RecordKind.EVENT, Journey.shipment());
        portal.deliver(RecordKind.EVENT, Journey.production());

        SandboxRecords records = portal.records();

        assertThat(records.locations()).extracting(StoredRecord::key).containsExactly(Journey.LINE, Journey.PLANT);
        assertThat(records.events()).extracting(StoredRecord::key).containsExactly(Journey.SHIPMENT, "ERP-PROD-L2026-09/A");
    }

    // ---- faults and latency ----

    @Test
    void aFaultInjectedOnTheEventPathAnswersEventsOnly() {
        Journey.deliverCatalogueAndPlaces(portal);
        portal.sandbox().injectFault(Fault.status(503, 2).onPath(EVENTS));

        assertThat(portal.post(RecordKind.LOCATION, Journey.line()).status()).isEqualTo(200);
        assertThat(portal.post(RecordKind.EVENT, "ev-1", Journey.shipment()).status()).isEqualTo(503);
        assertThat(portal.post(RecordKind.EVENT, "ev-1", Journey.shipment()).status()).isEqualTo(503);
        assertThat(portal.post(RecordKind.EVENT, "ev-1", Journey.shipment()).status()).isEqualTo(200);
        assertThat(portal.sandbox().calls(EVENTS, 503)).isEqualTo(2);
    }

    @Test
    void anInjectedRejectionOfALocationNamesItsTraceCodeField() {
        portal.sandbox().injectFault(Fault.successFalse(1).onPath(LOCATIONS));

        Answer answer = portal.post(RecordKind.LOCATION, "loc-1", Journey.line());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.fields()).containsExactly("maDiaDiem");
    }

    @Test
    void anEventWaitsOutTheSandboxsLatency() {
        Journey.deliverCatalogueAndPlaces(portal);
        portal.sandbox().responseDelay(Duration.ofMillis(300));
        long started = System.nanoTime();

        Answer answer = portal.post(RecordKind.EVENT, "ev-1", Journey.shipment());

        assertThat(answer.success()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void anOrganisationNotActivatedGetsErrSysDevForEventsToo() {
        portal.sandbox().organisationActivated(false);

        Answer answer = portal.post(RecordKind.EVENT, "ev-1", Journey.shipment());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.error()).isEqualTo(PortalProfile.NOT_ACTIVATED_ERROR);
    }
}
