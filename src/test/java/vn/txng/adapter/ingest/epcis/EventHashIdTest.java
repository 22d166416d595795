package vn.txng.adapter.ingest.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.identifier.IdentifierNormalizer;

/**
 * The CBV 2.0 event hash ID against GS1's published examples of the algorithm (the reference implementation's test
 * events, github.com/RalphTro/epcis-event-hash-generator, tests/examples): the events below give those examples'
 * fields in this project's own writing; the expected IDs are the published ones.
 */
class EventHashIdTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final EventHashId hash = new EventHashId(new EpcisCodes(new IdentifierNormalizer()), Map.of(
            "example", "https://ns.example.com/epcis/", "cbvmda", "urn:epcglobal:cbv:mda:", "gs1", "https://gs1.org/voc/"));

    private static ObjectNode event(String json) throws Exception {
        return (ObjectNode) JSON.readTree(json.replace('\'', '"'));
    }

    @Test
    void a_shipping_event_of_two_sgtins_with_a_purchase_order_has_the_published_id() throws Exception {
        ObjectNode event = event("{'type':'ObjectEvent','action':'OBSERVE','bizStep':'shipping','disposition':'in_transit',"
                + "'epcList':['urn:epc:id:sgtin:0614141.107346.2018','urn:epc:id:sgtin:0614141.107346.2017'],"
                + "'eventTime':'2022-02-16T20:33:31.116000-06:00','eventTimeZoneOffset':'-06:00',"
                + "'readPoint':{'id':'urn:epc:id:sgln:0614141.07346.1234'},"
                + "'bizTransactionList':[{'type':'po','bizTransaction':'http://transaction.acme.com/po/12345678'}]}");

        assertThat(hash.of(event)).isEqualTo("ni:///sha-256;ffa491b16867e34a7791a8d5389d826afc24e63a121026b6a4004ace38631b4b?ver=CBV2.0");
    }

    @Test
    void the_pre_hash_string_puts_the_fields_in_the_canonical_order_with_normal_values() throws Exception {
        ObjectNode event = event("{'eventTimeZoneOffset':'-06:00','type':'ObjectEvent','bizStep':'urn:epcglobal:cbv:bizstep:shipping',"
                + "'readPoint':{'id':'https://example.com/414/0614141073467/254/1234?x=1'},'action':'OBSERVE',"
                + "'epcList':['https://brand.example.com/01/10614141073464/21/2017'],'eventTime':'2022-02-17T02:33:31.1165Z'}");

        assertThat(hash.preHash(event)).isEqualTo("eventType=ObjectEventeventTime=2022-02-17T02:33:31.117ZeventTimeZoneOffset=-06:00"
                + "epcListepc=https://id.gs1.org/01/10614141073464/21/2017action=OBSERVE"
                + "bizStep=https://ref.gs1.org/cbv/BizStep-shippingreadPointid=https://id.gs1.org/414/0614141073467/254/1234");
    }

    @Test
    void a_commissioning_event_of_a_class_with_quantity_and_ilmd_has_the_published_id() throws Exception {
        ObjectNode event = event("{'type':'ObjectEvent','eventTime':'2019-10-21T14:58:56.000+02:00','eventTimeZoneOffset':'+02:00',"
                + "'quantityList':[{'epcClass':'urn:epc:class:lgtin:4054739.099914.20160711','quantity':600.0,'uom':'KGM'}],"
                + "'action':'ADD','bizStep':'commissioning','readPoint':{'id':'urn:epc:id:sgln:4054739.00001.0'},"
                + "'ilmd':{'cbvmda:bestBeforeDate':'2019-10-21'}}");

        assertThat(hash.of(event)).isEqualTo("ni:///sha-256;5f396ea5cb32fe4d0980cb79f5a5eb9640559e9f5a6cefa5c98a7d6ad554b50b?ver=CBV2.0");
    }

    @Test
    void an_aggregation_event_has_the_published_id_whatever_the_order_of_its_children() throws Exception {
        ObjectNode event = event("{'type':'AggregationEvent','eventTime':'2019-10-21T11:58:56.591+02:00','eventTimeZoneOffset':'+02:00',"
                + "'parentID':'urn:epc:id:sscc:4047023.0111111122','childEPCs':['urn:epc:id:sgtin:4047023.077551.109',"
                + "'urn:epc:id:sgtin:4047023.077551.97','urn:epc:id:sgtin:4047023.077551.98','urn:epc:id:sgtin:4047023.077551.107'],"
                + "'action':'ADD','bizStep':'packing','readPoint':{'id':'urn:epc:id:sgln:4047023.00012.0'}}");

        assertThat(hash.of(event)).isEqualTo("ni:///sha-256;c941e6486c561c2be83c28dc228c150eaef9a6befb1015e6cc563982fb7414b6?ver=CBV2.0");
    }

    @Test
    void a_transformation_event_with_a_gdti_and_extension_ilmd_has_the_published_id() throws Exception {
        ObjectNode event = event("{'type':'TransformationEvent','eventTime':'2019-10-21T14:58:56.591+02:00','eventTimeZoneOffset':'+02:00',"
                + "'inputEPCList':['urn:epc:id:sgtin:4012345.011122.25','urn:epc:id:sgtin:4000001.065432.99886655'],"
                + "'outputEPCList':['urn:epc:id:sgtin:4012345.077889.25','urn:epc:id:sgtin:4012345.077889.26',"
                + "'urn:epc:id:sgtin:4012345.077889.27','urn:epc:id:sgtin:4012345.077889.28'],"
                + "'transformationID':'urn:epc:id:gdti:4012345.55555.1234','bizStep':'commissioning',"
                + "'readPoint':{'id':'urn:epc:id:sgln:4012345.00001.0'},'ilmd':{'example:bestBeforeDate':'2020-11-10','example:batch':'4711'}}");

        assertThat(hash.of(event)).isEqualTo("ni:///sha-256;335da6c3ab1d932824748791beec4d7ed261ed383f6849f6b8718e8fafb4d298?ver=CBV2.0");
    }

    @Test
    void an_event_with_sources_destinations_and_extensions_in_its_read_point_has_the_published_id() throws Exception {
        ObjectNode event = event("{'type':'ObjectEvent','eventTime':'2020-03-04T11:00:30+01:00','eventTimeZoneOffset':'+01:00',"
                + "'epcList':['urn:epc:id:sgtin:0614141.011111.987'],'action':'OBSERVE','bizStep':'departing','disposition':'in_transit',"
                + "'readPoint':{'id':'urn:epc:id:sgln:4012345.00011.0','example:myField1':'AB-12'},"
                + "'bizTransactionList':[{'type':'po','bizTransaction':'urn:epc:id:gdti:4012345.11111.123'}],"
                + "'sourceList':[{'type':'owning_party','source':'urn:epc:id:pgln:4012345.00000'}],"
                + "'destinationList':[{'type':'owning_party','destination':'urn:epc:id:pgln:0614141.00000'}],"
                + "'example:userExt':'CD-34'}");

        assertThat(hash.of(event)).isEqualTo("ni:///sha-256;a13cbe6c8bb6df3710b3edaeff760a1365ec8fd69ca1f4d7e0c10eb5189a883a?ver=CBV2.0");
    }

    @Test
    void an_event_with_nested_user_extensions_has_the_published_id() throws Exception {
        ObjectNode event = event("{'type':'ObjectEvent','eventTime':'2020-03-04T11:00:30.000+01:00','eventTimeZoneOffset':'+01:00',"
                + "'recordTime':'2020-03-04T11:00:30.999+01:00','epcList':['urn:epc:id:sscc:4012345.0000000333',"
                + "'urn:epc:id:sscc:4012345.0000000111','urn:epc:id:sscc:4012345.0000000222'],'action':'OBSERVE','bizStep':'departing',"
                + "'readPoint':{'id':'urn:epc:id:sgln:4012345.00011.987'},"
                + "'example:myField1':{'example:mySubField1':'2','example:mySubField2':'5'},'example:myField2':'0',"
                + "'example:myField3':{'example:mySubField3':['3','1']}}");

        assertThat(hash.of(event)).isEqualTo("ni:///sha-256;6ae96341e0acc6d7a261364751f60e68278a81cdf51da0abb6b4e617014e39d7?ver=CBV2.0");
    }

    @Test
    void an_event_with_sensor_reports_has_the_published_id() throws Exception {
        ObjectNode event = event("{'type':'ObjectEvent','eventTime':'2020-04-01T15:00:00+01:00','eventTimeZoneOffset':'+01:00',"
                + "'epcList':['urn:epc:id:sgtin:4012345.011111.9876'],'action':'OBSERVE','bizStep':'inspecting',"
                + "'readPoint':{'id':'urn:epc:id:sgln:4012345.00005.0'},'sensorElementList':[{'sensorMetadata':"
                + "{'deviceID':'urn:epc:id:giai:4000001.111','deviceMetadata':'https://id.gs1.org/8004/4000001111'},'sensorReport':["
                + "{'type':'Temperature','value':26,'sDev':0.1,'uom':'CEL'},{'type':'AbsoluteHumidity','value':12.1,'uom':'A93'},"
                + "{'type':'Dimensionless','microorganism':'https://www.ncbi.nlm.nih.gov/taxonomy/1126011','value':0.05,'uom':'C35'},"
                + "{'type':'Dimensionless','chemicalSubstance':'https://identifiers.org/inchikey:CZMRCDWAGMRECN-UGDNZRGBSA-N',"
                + "'value':0.18,'uom':'C35'}]}]}");

        assertThat(hash.of(event)).isEqualTo("ni:///sha-256;49b13037c36e84ad9307c531671b00e901318c3957e4b1151f816ec49eb668da?ver=CBV2.0");
    }
}
