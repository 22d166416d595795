package vn.txng.adapter.ingest.epcis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.ingest.RecordReader;
import vn.txng.adapter.model.LocationRecord;
import vn.txng.adapter.model.SourcePosition;
import vn.txng.adapter.model.SourcedRecord;

/**
 * The same five events (one of each EPCIS type, with sensor data, ILMD and an extension) in EPCIS 2.0 JSON-LD, 2.0
 * XML and 1.2 XML, written for these tests; and a mapper that keeps what it is given.
 */
final class EpcisFixtures {

    static final String CONTEXT = """
              "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld", {"ex": "https://ns.example.vn/epcis/"}],
            """;

    static final String OBJECT_EVENT_JSON = """
              {
                "type": "ObjectEvent",
                "eventTime": "2026-11-20T07:30:00+07:00",
                "eventTimeZoneOffset": "+07:00",
                "eventID": "urn:uuid:5b5ad8a4-0b55-4a5b-9d55-2f1a3c0e0001",
                "errorDeclaration": {"declarationTime": "2026-11-21T10:00:00+07:00", "reason": "urn:epcglobal:cbv:er:incorrect_data",
                                     "correctiveEventIDs": ["urn:uuid:5b5ad8a4-0b55-4a5b-9d55-2f1a3c0e0009"]},
                "epcList": ["urn:epc:id:sgtin:8934563.012345.1001"],
                "action": "ADD",
                "bizStep": "urn:epcglobal:cbv:bizstep:commissioning",
                "disposition": "urn:epcglobal:cbv:disp:active",
                "readPoint": {"id": "urn:epc:id:sgln:8934563.00010.0"},
                "bizLocation": {"id": "urn:epc:id:sgln:8934563.00010.0"},
                "quantityList": [
                  {"epcClass": "urn:epc:class:lgtin:8934563.012345.L2609-15A", "quantity": 1200, "uom": "H87"},
                  {"epcClass": "urn:epc:class:lgtin:8934563.012346.L2609-15B", "quantity": 12.5, "uom": "KGM"}
                ],
                "sensorElementList": [{
                  "sensorMetadata": {"time": "2026-11-20T07:00:00+07:00", "deviceID": "urn:epc:id:giai:8934563.TEMP01"},
                  "sensorReport": [{"type": "gs1:Temperature", "value": 4.5, "uom": "CEL"}]
                }],
                "ilmd": {"cbvmda:lotNumber": "L2609-15A", "cbvmda:itemExpirationDate": "2028-09-15"},
                "ex:shift": "night"
              }""";

    static final String AGGREGATION_EVENT_JSON = """
              {
                "type": "AggregationEvent",
                "eventTime": "2026-11-20T09:00:00+07:00",
                "eventTimeZoneOffset": "+07:00",
                "parentID": "urn:epc:id:sscc:8934563.0000000017",
                "childEPCs": ["urn:epc:id:sgtin:8934563.012345.1001"],
                "childQuantityList": [{"epcClass": "urn:epc:class:lgtin:8934563.012345.L2609-15A", "quantity": 48}],
                "action": "ADD",
                "bizStep": "urn:epcglobal:cbv:bizstep:packing",
                "bizLocation": {"id": "urn:epc:id:sgln:8934563.00010.0"}
              }""";

    static final String TRANSACTION_EVENT_JSON = """
              {
                "type": "TransactionEvent",
                "eventTime": "2026-11-21T08:30:00+07:00",
                "eventTimeZoneOffset": "+07:00",
                "bizTransactionList": [{"type": "urn:epcglobal:cbv:btt:po", "bizTransaction": "urn:epcglobal:cbv:bt:8934563000103:PO-4500012345"}],
                "parentID": "urn:epc:id:sscc:8934563.0000000017",
                "epcList": ["urn:epc:id:sgtin:8934563.012345.1001"],
                "action": "ADD",
                "bizStep": "urn:epcglobal:cbv:bizstep:shipping",
                "readPoint": {"id": "urn:epc:id:sgln:8934563.00010.0"},
                "sourceList": [{"type": "urn:epcglobal:cbv:sdt:location", "source": "urn:epc:id:sgln:8934563.00010.0"}],
                "destinationList": [{"type": "urn:epcglobal:cbv:sdt:location", "destination": "urn:epc:id:sgln:8930000.99999.0"}]
              }""";

    static final String TRANSFORMATION_EVENT_JSON = """
              {
                "type": "TransformationEvent",
                "eventTime": "2026-11-19T14:00:00+07:00",
                "eventTimeZoneOffset": "+07:00",
                "inputQuantityList": [{"epcClass": "urn:epc:class:lgtin:8930000.011111.RAW-77", "quantity": 300.5, "uom": "KGM"}],
                "outputQuantityList": [{"epcClass": "urn:epc:class:lgtin:8934563.012345.L2609-15A", "quantity": 1200, "uom": "H87"}],
                "bizStep": "urn:epcglobal:cbv:bizstep:commissioning",
                "bizLocation": {"id": "urn:epc:id:sgln:8934563.00010.0"}
              }""";

    static final String ASSOCIATION_EVENT_JSON = """
              {
                "type": "AssociationEvent",
                "eventTime": "2026-11-21T08:00:00+07:00",
                "eventTimeZoneOffset": "+07:00",
                "parentID": "urn:epc:id:grai:8934563.00001.SENSOR7",
                "childEPCs": ["urn:epc:id:sscc:8934563.0000000017"],
                "action": "ADD",
                "bizStep": "urn:epcglobal:cbv:bizstep:assembling",
                "readPoint": {"id": "urn:epc:id:sgln:8934563.00010.0"}
              }""";

    /** The five events in an EPCISDocument; the ObjectEvent's '{' is on line 7. */
    static final String JSON_DOCUMENT = "{\n" + CONTEXT + """
              "type": "EPCISDocument",
              "schemaVersion": "2.0",
              "creationDate": "2026-11-21T08:00:00+07:00",
              "epcisBody": {
                "eventList": [
            """ + String.join(",\n", OBJECT_EVENT_JSON, AGGREGATION_EVENT_JSON, TRANSACTION_EVENT_JSON, TRANSFORMATION_EVENT_JSON,
            ASSOCIATION_EVENT_JSON) + "\n    ]\n  }\n}\n";

    static final String XML_2_HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2" xmlns:cbvmda="urn:epcglobal:cbv:mda"
                xmlns:mda="urn:epcglobal:cbv:mda" xmlns:ex="https://ns.example.vn/epcis/" schemaVersion="2.0" creationDate="2026-11-21T08:00:00+07:00">
              <EPCISHeader><ex:note>not read</ex:note></EPCISHeader>
              <EPCISBody>
                <EventList>
            """;

    static final String XML_TAIL = """
                </EventList>
              </EPCISBody>
            </epcis:EPCISDocument>
            """;

    /** On line 7 of a document that starts with {@link #XML_2_HEAD}. */
    static final String OBJECT_EVENT_XML_2 = """
                  <ObjectEvent>
                    <eventTime>2026-11-20T07:30:00+07:00</eventTime>
                    <eventTimeZoneOffset>+07:00</eventTimeZoneOffset>
                    <eventID>urn:uuid:5b5ad8a4-0b55-4a5b-9d55-2f1a3c0e0001</eventID>
                    <errorDeclaration>
                      <declarationTime>2026-11-21T10:00:00+07:00</declarationTime>
                      <reason>urn:epcglobal:cbv:er:incorrect_data</reason>
                      <correctiveEventIDs><correctiveEventID>urn:uuid:5b5ad8a4-0b55-4a5b-9d55-2f1a3c0e0009</correctiveEventID></correctiveEventIDs>
                    </errorDeclaration>
                    <epcList><epc>urn:epc:id:sgtin:8934563.012345.1001</epc></epcList>
                    <action>ADD</action>
                    <bizStep>urn:epcglobal:cbv:bizstep:commissioning</bizStep>
                    <disposition>urn:epcglobal:cbv:disp:active</disposition>
                    <readPoint><id>urn:epc:id:sgln:8934563.00010.0</id></readPoint>
                    <bizLocation><id>urn:epc:id:sgln:8934563.00010.0</id></bizLocation>
                    <quantityList>
                      <quantityElement><epcClass>urn:epc:class:lgtin:8934563.012345.L2609-15A</epcClass><quantity>1200</quantity><uom>H87</uom></quantityElement>
                      <quantityElement><epcClass>urn:epc:class:lgtin:8934563.012346.L2609-15B</epcClass><quantity>12.5</quantity><uom>KGM</uom></quantityElement>
                    </quantityList>
                    <sensorElementList>
                      <sensorElement>
                        <sensorMetadata time="2026-11-20T07:00:00+07:00" deviceID="urn:epc:id:giai:8934563.TEMP01"/>
                        <sensorReport type="gs1:Temperature" value="4.5" uom="CEL"/>
                      </sensorElement>
                    </sensorElementList>
                    <ilmd><mda:lotNumber>L2609-15A</mda:lotNumber><cbvmda:itemExpirationDate>2028-09-15</cbvmda:itemExpirationDate></ilmd>
                    <ex:shift>night</ex:shift>
                  </ObjectEvent>
            """;

    static final String OTHER_EVENTS_XML_2 = """
                  <AggregationEvent>
                    <eventTime>2026-11-20T09:00:00+07:00</eventTime>
                    <eventTimeZoneOffset>+07:00</eventTimeZoneOffset>
                    <parentID>urn:epc:id:sscc:8934563.0000000017</parentID>
                    <childEPCs><epc>urn:epc:id:sgtin:8934563.012345.1001</epc></childEPCs>
                    <action>ADD</action>
                    <bizStep>urn:epcglobal:cbv:bizstep:packing</bizStep>
                    <bizLocation><id>urn:epc:id:sgln:8934563.00010.0</id></bizLocation>
                    <childQuantityList>
                      <quantityElement><epcClass>urn:epc:class:lgtin:8934563.012345.L2609-15A</epcClass><quantity>48</quantity></quantityElement>
                    </childQuantityList>
                  </AggregationEvent>
                  <TransactionEvent>
                    <eventTime>2026-11-21T08:30:00+07:00</eventTime>
                    <eventTimeZoneOffset>+07:00</eventTimeZoneOffset>
                    <bizTransactionList>
                      <bizTransaction type="urn:epcglobal:cbv:btt:po">urn:epcglobal:cbv:bt:8934563000103:PO-4500012345</bizTransaction>
                    </bizTransactionList>
                    <parentID>urn:epc:id:sscc:8934563.0000000017</parentID>
                    <epcList><epc>urn:epc:id:sgtin:8934563.012345.1001</epc></epcList>
                    <action>ADD</action>
                    <bizStep>urn:epcglobal:cbv:bizstep:shipping</bizStep>
                    <readPoint><id>urn:epc:id:sgln:8934563.00010.0</id></readPoint>
                    <sourceList><source type="urn:epcglobal:cbv:sdt:location">urn:epc:id:sgln:8934563.00010.0</source></sourceList>
                    <destinationList><destination type="urn:epcglobal:cbv:sdt:location">urn:epc:id:sgln:8930000.99999.0</destination></destinationList>
                  </TransactionEvent>
                  <TransformationEvent>
                    <eventTime>2026-11-19T14:00:00+07:00</eventTime>
                    <eventTimeZoneOffset>+07:00</eventTimeZoneOffset>
                    <inputQuantityList>
                      <quantityElement><epcClass>urn:epc:class:lgtin:8930000.011111.RAW-77</epcClass><quantity>300.5</quantity><uom>KGM</uom></quantityElement>
                    </inputQuantityList>
                    <outputQuantityList>
                      <quantityElement><epcClass>urn:epc:class:lgtin:8934563.012345.L2609-15A</epcClass><quantity>1200</quantity><uom>H87</uom></quantityElement>
                    </outputQuantityList>
                    <bizStep>urn:epcglobal:cbv:bizstep:commissioning</bizStep>
                    <bizLocation><id>urn:epc:id:sgln:8934563.00010.0</id></bizLocation>
                  </TransformationEvent>
                  <AssociationEvent>
                    <eventTime>2026-11-21T08:00:00+07:00</eventTime>
                    <eventTimeZoneOffset>+07:00</eventTimeZoneOffset>
                    <parentID>urn:epc:id:grai:8934563.00001.SENSOR7</parentID>
                    <childEPCs><epc>urn:epc:id:sscc:8934563.0000000017</epc></childEPCs>
                    <action>ADD</action>
                    <bizStep>urn:epcglobal:cbv:bizstep:assembling</bizStep>
                    <readPoint><id>urn:epc:id:sgln:8934563.00010.0</id></readPoint>
                  </AssociationEvent>
            """;

    static final String XML_2_DOCUMENT = XML_2_HEAD + OBJECT_EVENT_XML_2 + OTHER_EVENTS_XML_2 + XML_TAIL;

    /** EPCIS 1.2: eventID and errorDeclaration in baseExtension, quantities and ILMD in extension, 2.0's newer events in the list's extension. */
    static final String XML_1_2_DOCUMENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:1" xmlns:cbvmda="urn:epcglobal:cbv:mda"
                xmlns:ex="https://ns.example.vn/epcis/" schemaVersion="1.2" creationDate="2026-11-21T08:00:00+07:00">
              <EPCISBody>
                <EventList>
                  <ObjectEvent>
                    <eventTime>2026-11-20T07:30:00+07:00</eventTime>
                    <eventTimeZoneOffset>+07:00</eventTimeZoneOffset>
                    <baseExtension>
                      <eventID>urn:uuid:5b5ad8a4-0b55-4a5b-9d55-2f1a3c0e0001</eventID>
                      <errorDeclaration>
                        <declarationTime>2026-11-21T10:00:00+07:00</declarationTime>
                        <reason>urn:epcglobal:cbv:er:incorrect_data</reason>
                        <correctiveEventIDs><correctiveEventID>urn:uuid:5b5ad8a4-0b55-4a5b-9d55-2f1a3c0e0009</correctiveEventID></correctiveEventIDs>
                      </errorDeclaration>
                    </baseExtension>
                    <epcList><epc>urn:epc:id:sgtin:8934563.012345.1001</epc></epcList>
                    <action>ADD</action>
                    <bizStep>urn:epcglobal:cbv:bizstep:commissioning</bizStep>
                    <disposition>urn:epcglobal:cbv:disp:active</disposition>
                    <readPoint><id>urn:epc:id:sgln:8934563.00010.0</id></readPoint>
                    <bizLocation><id>urn:epc:id:sgln:8934563.00010.0</id></bizLocation>
                    <extension>
                      <quantityList>
                        <quantityElement><epcClass>urn:epc:class:lgtin:8934563.012345.L2609-15A</epcClass><quantity>1200</quantity><uom>H87</uom></quantityElement>
                        <quantityElement><epcClass>urn:epc:class:lgtin:8934563.012346.L2609-15B</epcClass><quantity>12.5</quantity><uom>KGM</uom></quantityElement>
                      </quantityList>
                      <ilmd><cbvmda:lotNumber>L2609-15A</cbvmda:lotNumber><cbvmda:itemExpirationDate>2028-09-15</cbvmda:itemExpirationDate></ilmd>
                    </extension>
                    <ex:shift>night</ex:shift>
                  </ObjectEvent>
                  <AggregationEvent>
                    <eventTime>2026-11-20T09:00:00+07:00</eventTime>
                    <eventTimeZoneOffset>+07:00</eventTimeZoneOffset>
                    <parentID>urn:epc:id:sscc:8934563.0000000017</parentID>
                    <childEPCs><epc>urn:epc:id:sgtin:8934563.012345.1001</epc></childEPCs>
                    <action>ADD</action>
                    <bizStep>urn:epcglobal:cbv:bizstep:packing</bizStep>
                    <bizLocation><id>urn:epc:id:sgln:8934563.00010.0</id></bizLocation>
                    <extension>
                      <childQuantityList>
                        <quantityElement><epcClass>urn:epc:class:lgtin:8934563.012345.L2609-15A</epcClass><quantity>48</quantity></quantityElement>
                      </childQuantityList>
                    </extension>
                  </AggregationEvent>
                  <TransactionEvent>
                    <eventTime>2026-11-21T08:30:00+07:00</eventTime>
                    <eventTimeZoneOffset>+07:00</eventTimeZoneOffset>
                    <bizTransactionList>
                      <bizTransaction type="urn:epcglobal:cbv:btt:po">urn:epcglobal:cbv:bt:8934563000103:PO-4500012345</bizTransaction>
                    </bizTransactionList>
                    <parentID>urn:epc:id:sscc:8934563.0000000017</parentID>
                    <epcList><epc>urn:epc:id:sgtin:8934563.012345.1001</epc></epcList>
                    <action>ADD</action>
                    <bizStep>urn:epcglobal:cbv:bizstep:shipping</bizStep>
                    <readPoint><id>urn:epc:id:sgln:8934563.00010.0</id></readPoint>
                    <extension>
                      <sourceList><source type="urn:epcglobal:cbv:sdt:location">urn:epc:id:sgln:8934563.00010.0</source></sourceList>
                      <destinationList><destination type="urn:epcglobal:cbv:sdt:location">urn:epc:id:sgln:8930000.99999.0</destination></destinationList>
                    </extension>
                  </TransactionEvent>
                  <extension>
                    <TransformationEvent>
                      <eventTime>2026-11-19T14:00:00+07:00</eventTime>
                      <eventTimeZoneOffset>+07:00</eventTimeZoneOffset>
                      <inputQuantityList>
                        <quantityElement><epcClass>urn:epc:class:lgtin:8930000.011111.RAW-77</epcClass><quantity>300.5</quantity><uom>KGM</uom></quantityElement>
                      </inputQuantityList>
                      <outputQuantityList>
                        <quantityElement><epcClass>urn:epc:class:lgtin:8934563.012345.L2609-15A</epcClass><quantity>1200</quantity><uom>H87</uom></quantityElement>
                      </outputQuantityList>
                      <bizStep>urn:epcglobal:cbv:bizstep:commissioning</bizStep>
                      <bizLocation><id>urn:epc:id:sgln:8934563.00010.0</id></bizLocation>
                    </TransformationEvent>
                    <AssociationEvent>
                      <eventTime>2026-11-21T08:00:00+07:00</eventTime>
                      <eventTimeZoneOffset>+07:00</eventTimeZoneOffset>
                      <parentID>urn:epc:id:grai:8934563.00001.SENSOR7</parentID>
                      <childEPCs><epc>urn:epc:id:sscc:8934563.0000000017</epc></childEPCs>
                      <action>ADD</action>
                      <bizStep>urn:epcglobal:cbv:bizstep:assembling</bizStep>
                      <readPoint><id>urn:epc:id:sgln:8934563.00010.0</id></readPoint>
                    </AssociationEvent>
                  </extension>
                </EventList>
              </EPCISBody>
            </epcis:EPCISDocument>
            """;

    private EpcisFixtures() {
    }

    /** What a mapper was given, in order. */
    record Seen(ObjectNode event, SourcePosition position) {
    }

    /** Keeps each event it is given and hands on one stand-in record for it (a location named by the event's type). */
    static final class KeepingMapper implements EpcisEventMapper {
        final List<Seen> seen = new ArrayList<>();

        @Override
        public List<SourcedRecord> map(ObjectNode event, SourcePosition position, FileReport report) {
            seen.add(new Seen(event, position));
            return List.of(new SourcedRecord(LocationRecord.known(event.path("type").asText(), null), position));
        }

        List<ObjectNode> events() {
            return seen.stream().map(Seen::event).toList();
        }
    }

    static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Every record the reader hands on, to its end. */
    static List<SourcedRecord> readAll(RecordReader reader, List<SourcedRecord> into) {
        while (reader.hasNext()) {
            into.add(reader.next());
        }
        return into;
    }
}
