package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.txng.adapter.app.JourneyTest.FACTORY;
import static vn.txng.adapter.app.JourneyTest.STORE;
import static vn.txng.adapter.app.Messages.GTIN_A;
import static vn.txng.adapter.app.Messages.message;
import static vn.txng.adapter.app.Messages.product;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.portal.sandbox.SandboxRecords;

/**
 * An EPCIS 2.0 JSON-LD document dropped into the inbox (issue 21): its commissioning event gives the lot (from its
 * class-level code) and a production event, its shipping and receiving events go to the portal at the locations a
 * file described, and an event with serials only is counted "not for the portal"; through the routes, H2 and the
 * real sandbox.
 */
class EpcisJourneyTest {

    /** GTIN_A (0 8934563 12345 1) as an LGTIN class with lot L1; the factory and the store as SGLNs. */
    static final String LOT_L1 = "urn:epc:class:lgtin:8934563.012345.L1";
    static final String FACTORY_SGLN = "urn:epc:id:sgln:8934563.00010.0";
    static final String STORE_SGLN = "urn:epc:id:sgln:8934563.00020.0";

    @TempDir
    Path work;
    AdapterFixture adapter;

    @BeforeEach
    void start() {
        adapter = new AdapterFixture(work);
    }

    @AfterEach
    void stop() {
        adapter.close();
    }

    static String document() {
        return ("{'@context':['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld'],'type':'EPCISDocument',"
                + "'schemaVersion':'2.0','creationDate':'2026-11-21T10:00:00+07:00','epcisBody':{'eventList':["
                + "{'type':'ObjectEvent','eventID':'urn:uuid:5b7e3c52-0001-4e43-9b1e-000000000001','eventTime':'2026-11-20T01:00:00Z',"
                + "'eventTimeZoneOffset':'+07:00','action':'ADD','bizStep':'commissioning','bizLocation':{'id':'" + FACTORY_SGLN + "'},"
                + "'quantityList':[{'epcClass':'" + LOT_L1 + "','quantity':1200,'uom':'H87'}],"
                + "'ilmd':{'cbvmda:itemExpirationDate':'2028-11-20','cbvmda:productionDate':'2026-11-20'}},"
                + "{'type':'ObjectEvent','eventTime':'2026-11-21T01:30:00Z','eventTimeZoneOffset':'+07:00','action':'OBSERVE',"
                + "'bizStep':'shipping','bizLocation':{'id':'" + FACTORY_SGLN + "'},"
                + "'quantityList':[{'epcClass':'" + LOT_L1 + "','quantity':600,'uom':'H87'}],"
                + "'destinationList':[{'type':'location','destination':'" + STORE_SGLN + "'}],"
                + "'bizTransactionList':[{'type':'po','bizTransaction':'urn:epcglobal:cbv:bt:8934563000103:PO-77'}]},"
                + "{'type':'ObjectEvent','eventTime':'2026-11-21T08:00:00Z','eventTimeZoneOffset':'+07:00','action':'OBSERVE',"
                + "'bizStep':'receiving','bizLocation':{'id':'" + STORE_SGLN + "'},"
                + "'quantityList':[{'epcClass':'" + LOT_L1 + "','quantity':600,'uom':'H87'}]},"
                + "{'type':'ObjectEvent','eventTime':'2026-11-21T09:00:00Z','eventTimeZoneOffset':'+07:00','action':'OBSERVE',"
                + "'bizStep':'shipping','bizLocation':{'id':'" + FACTORY_SGLN + "'},"
                + "'epcList':['urn:epc:id:sgtin:8934563.012345.S1']}"
                + "]}}").replace('\'', '"');
    }

    static final String SHIPMENT = "urn:uuid:5b7e3c52-0002-4e43-9b1e-000000000002";

    /** A document of one shipping event with an eventID; {@code declaration}: with an errorDeclaration added (withdrawn). */
    static String shipment(boolean declaration) {
        return ("{'@context':['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld'],'type':'EPCISDocument',"
                + "'schemaVersion':'2.0','creationDate':'2026-11-21T10:00:00+07:00','epcisBody':{'eventList':["
                + "{'type':'ObjectEvent','eventID':'" + SHIPMENT + "','eventTime':'2026-11-21T01:30:00Z',"
                + "'eventTimeZoneOffset':'+07:00','action':'OBSERVE','bizStep':'shipping','bizLocation':{'id':'" + FACTORY_SGLN + "'},"
                + (declaration ? "'errorDeclaration':{'declarationTime':'2026-11-21T12:00:00+07:00','reason':'incorrect_data'}," : "")
                + "'quantityList':[{'epcClass':'" + LOT_L1 + "','quantity':600,'uom':'H87'}],"
                + "'destinationList':[{'type':'location','destination':'" + STORE_SGLN + "'}]}]}}").replace('\'', '"');
    }

    void sites() throws Exception {
        adapter.drop("sites.xml", message(product(GTIN_A, "Nước mắm"), vn.txng.adapter.app.Messages.lot(GTIN_A, "L1", 1200),
                JourneyTest.location(FACTORY, null, "Xưởng chiết rót Long An", "CO_SO_SAN_XUAT"),
                JourneyTest.location(STORE, null, "Cửa hàng Quận 1", "CUA_HANG")));
        adapter.runOnce();
    }

    @Test
    void should_withdraw_an_event_not_yet_delivered_when_an_error_declaration_for_it_arrives() throws Exception {
        sites();
        adapter.drop("shipment.jsonld", shipment(false));
        adapter.runOnceCommand(false);
        adapter.drop("correction.jsonld", shipment(true));

        AdapterFixture.RunResult run = adapter.runOnce();

        assertThat(adapter.portal.records().event(SHIPMENT)).as("never sent").isEmpty();
        assertThat(run.count(vn.txng.adapter.outbox.DeliveryState.REJECTED)).isEqualTo(1);
        assertThat(adapter.reportOf("correction.jsonld").path("warnings").toString()).contains("EPCIS_WITHDRAWN");
    }

    @Test
    void should_say_in_the_report_that_the_portal_has_an_event_already_when_its_error_declaration_comes_after_delivery()
            throws Exception {
        sites();
        adapter.drop("shipment.jsonld", shipment(false));
        adapter.runOnce();
        adapter.drop("correction.jsonld", shipment(true));

        adapter.runOnce();

        assertThat(adapter.portal.records().event(SHIPMENT)).isPresent();
        assertThat(adapter.reportOf("correction.jsonld").path("warnings").toString())
                .contains("event " + SHIPMENT + " is withdrawn by an EPCIS errorDeclaration, but the portal has it already");
    }

    @Test
    void should_list_in_status_an_event_the_portal_has_that_an_error_declaration_withdraws_later() throws Exception {
        sites();
        adapter.drop("shipment.jsonld", shipment(false));
        adapter.runOnce();
        adapter.drop("correction.jsonld", shipment(true));
        adapter.runOnce();

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        vn.txng.adapter.command.StatusCommand.print(adapter.settings(),
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));

        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("declared in error after the portal had them")
                .containsPattern("  event " + java.util.regex.Pattern.quote(SHIPMENT) + " \\(declared .* in correction.jsonld\\)");
    }

    @Test
    void should_give_a_receipt_read_before_its_store_was_described_the_stores_stage_when_sent() throws Exception {
        adapter.drop("events.jsonld", document());
        adapter.runOnceCommand(false);
        adapter.drop("sites.xml", message(product(GTIN_A, "Nước mắm"),
                JourneyTest.location(FACTORY, null, "Xưởng chiết rót Long An", "CO_SO_SAN_XUAT"),
                JourneyTest.location(STORE, null, "Cửa hàng Quận 1", "CUA_HANG")));

        adapter.runOnce();

        assertThat(adapter.portal.records().events()).extracting(r -> r.body().path("congDoan").asText())
                .containsExactlyInAnyOrder("SAN_XUAT", "VAN_CHUYEN", "CUA_HANG");
    }

    @Test
    void should_deliver_the_lot_and_the_events_of_an_epcis_document_and_count_the_event_without_a_lot() throws Exception {
        adapter.drop("sites.xml", message(product(GTIN_A, "Nước mắm"),
                JourneyTest.location(FACTORY, null, "Xưởng chiết rót Long An", "CO_SO_SAN_XUAT"),
                JourneyTest.location(STORE, null, "Cửa hàng Quận 1", "CUA_HANG")));
        adapter.runOnce();
        adapter.drop("events.jsonld", document());

        adapter.runOnce();

        SandboxRecords portal = adapter.portal.records();
        assertThat(portal.lot(GTIN_A, "L1")).isPresent();
        assertThat(portal.events()).extracting(r -> r.body().path("congDoan").asText())
                .containsExactlyInAnyOrder("SAN_XUAT", "VAN_CHUYEN", "CUA_HANG");
        assertThat(portal.event("urn:uuid:5b7e3c52-0001-4e43-9b1e-000000000001")).isPresent();
        assertThat(portal.events()).extracting(r -> r.key()).filteredOn(key -> key.startsWith("ni:///sha-256;")).hasSize(2);
        assertThat(adapter.reportOf("events.jsonld").path("notForPortal").asLong()).isEqualTo(1);
        assertThat(adapter.reportOf("events.jsonld").path("rejected").asLong()).isZero();
    }
}
