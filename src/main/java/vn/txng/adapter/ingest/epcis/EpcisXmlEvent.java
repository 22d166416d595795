package vn.txng.adapter.ingest.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.txng.adapter.ingest.InboundFormat;
import vn.txng.adapter.ingest.xml.XmlBreaks;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;

/**
 * Builds one event element of an EPCIS 2.0 or 1.2 XML document into the EPCIS 2.0 JSON-LD shape (GS1 EPCIS 2.0,
 * section 9 and its XML/JSON mapping): {@code epc} lists as arrays of strings, quantity elements as
 * {@code {epcClass, quantity (a number), uom}}, {@code readPoint}/{@code bizLocation} as {@code {id}}, business
 * transactions, sources and destinations as {@code {type, bizTransaction|source|destination}}, {@code ilmd} and
 * extension elements under their qualified names ({@code cbvmda:lotNumber}), sensor elements with their attributes.
 * 1.2's {@code extension} and {@code baseExtension} wrappers are read through, as if their children stood in the
 * event. A quantity that is not a number stays text, for {@link EventShape} to reject. In a 2.0 {@code ObjectEvent}
 * an element out of the XSD's order is an {@code EPCIS_ELEMENT_ORDER} problem.
 */
final class EpcisXmlEvent {

    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final Set<String> EPC_LISTS = Set.of("epcList", "childEPCs", "inputEPCList", "outputEPCList");
    private static final Set<String> QUANTITY_LISTS = Set.of("quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList");
    /** The 1.2 wrappers whose children belong to the element around them. */
    private static final Set<String> WRAPPERS = Set.of("extension", "baseExtension");
    /** The prefixes the JSON-LD context of EPCIS 2.0 gives, whatever prefix the XML document chose. */
    private static final Map<String, String> PREFIXES = Map.of("urn:epcglobal:cbv:mda", "cbvmda", "https://gs1.org/voc/", "gs1");
    /** Sensor report attributes that hold numbers (EPCIS 2.0, section 7.3.8). */
    private static final Set<String> NUMERIC_ATTRIBUTES = Set.of("value", "minValue", "maxValue", "meanValue", "sDev", "percRank", "percValue");
    /** The children every event type starts with, in EPCIS 2.0's XSD order (EPCISEventType). */
    private static final List<String> EVENT_BASE_ORDER = List.of("eventTime", "recordTime", "eventTimeZoneOffset", "eventID",
            "errorDeclaration", "certificationInfo");
    /** The order of each event type's children in EPCIS 2.0's XSD (EPCISEventType's, then the type's own). */
    private static final Map<String, List<String>> EVENT_ORDER = Map.of(
            "ObjectEvent", order("epcList", "action", "bizStep", "disposition", "readPoint", "bizLocation", "bizTransactionList",
                    "quantityList", "sourceList", "destinationList", "sensorElementList", "persistentDisposition", "ilmd"),
            "AggregationEvent", order("parentID", "childEPCs", "action", "bizStep", "disposition", "readPoint", "bizLocation",
                    "bizTransactionList", "childQuantityList", "sourceList", "destinationList", "sensorElementList", "persistentDisposition"),
            "TransactionEvent", order("bizTransactionList", "parentID", "epcList", "action", "bizStep", "disposition", "readPoint",
                    "bizLocation", "quantityList", "sourceList", "destinationList", "sensorElementList", "persistentDisposition"),
            "TransformationEvent", order("inputEPCList", "inputQuantityList", "outputEPCList", "outputQuantityList", "transformationID",
                    "bizStep", "disposition", "readPoint", "bizLocation", "bizTransactionList", "sourceList", "destinationList",
                    "sensorElementList", "persistentDisposition", "ilmd"),
            "AssociationEvent", order("parentID", "childEPCs", "childQuantityList", "action", "bizStep", "disposition", "readPoint",
                    "bizLocation", "bizTransactionList", "sourceList", "destinationList", "sensorElementList", "persistentDisposition"));

    private static List<String> order(String... own) {
        List<String> all = new java.util.ArrayList<>(EVENT_BASE_ORDER);
        all.addAll(List.of(own));
        return List.copyOf(all);
    }

    private final XMLStreamReader xml;
    private final String fileName;
    private final List<Rejection> problems;
    private final SourcePosition at;
    /** The event type's order of children; null when the order is not checked (EPCIS 1.2). */
    private List<String> order;
    /** Where the last child of the event stood in {@link #order}. */
    private int orderIndex;
    private String orderLast;
    private String typeName;

    private EpcisXmlEvent(XMLStreamReader xml, String fileName, SourcePosition at, List<Rejection> problems) {
        this.xml = xml;
        this.fileName = fileName;
        this.at = at;
        this.problems = problems;
    }

    /**
     * Reads the event element the cursor stands on (its start tag) to its end tag; {@code version2}: the document is
     * EPCIS 2.0 (its order is checked). Problems of the event's syntax go to {@code problems}.
     */
    static ObjectNode read(XMLStreamReader xml, boolean version2, String fileName, SourcePosition at, List<Rejection> problems)
            throws XMLStreamException {
        EpcisXmlEvent reading = new EpcisXmlEvent(xml, fileName, at, problems);
        String type = xml.getLocalName();
        if (version2) {
            reading.order = EVENT_ORDER.get(type);
        }
        ObjectNode event = NODES.objectNode();
        event.put("type", type);
        reading.typeName = type;
        reading.children(event, true);
        return event;
    }

    /** Reads the children of the element the cursor stands on into {@code target}, to the element's end tag. */
    private void children(ObjectNode target, boolean ofEvent) throws XMLStreamException {
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (epcis() && WRAPPERS.contains(xml.getLocalName())) {
                children(target, ofEvent);
            } else if (ofEvent) {
                eventField(target);
            } else {
                target.set(key(), generic());
            }
        }
    }

    private void eventField(ObjectNode event) throws XMLStreamException {
        if (!epcis()) {
            event.set(key(), generic());
            return;
        }
        String name = xml.getLocalName();
        checkOrder(name);
        if (EPC_LISTS.contains(name)) {
            ArrayNode epcs = event.putArray(name);
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                epcs.add(text());
            }
        } else if (QUANTITY_LISTS.contains(name)) {
            ArrayNode quantities = event.putArray(name);
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                quantities.add(quantityElement());
            }
        } else if (name.equals("readPoint") || name.equals("bizLocation") || name.equals("errorDeclaration")) {
            ObjectNode place = event.putObject(name);
            children(place, false);
            if (name.equals("errorDeclaration") && place.has("correctiveEventIDs")) {
                place.set("correctiveEventIDs", texts(place.get("correctiveEventIDs")));
            }
        } else if (name.equals("bizTransactionList") || name.equals("sourceList") || name.equals("destinationList")) {
            ArrayNode entries = event.putArray(name);
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                ObjectNode entry = entries.addObject();
                String type = xml.getAttributeValue(null, "type");
                if (type != null) {
                    entry.put("type", type.strip());
                }
                entry.put(xml.getLocalName(), text());
            }
        } else if (name.equals("persistentDisposition")) {
            ObjectNode disposition = event.putObject(name);
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                String change = xml.getLocalName();
                (disposition.has(change) ? (ArrayNode) disposition.get(change) : disposition.putArray(change)).add(text());
            }
        } else if (name.equals("sensorElementList")) {
            ArrayNode sensors = event.putArray(name);
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                sensors.add(sensorElement());
            }
        } else if (name.equals("ilmd")) {
            ObjectNode ilmd = event.putObject(name);
            children(ilmd, false);
        } else {
            event.set(name, generic());
        }
    }

    /** {@code <correctiveEventIDs><correctiveEventID>..</correctiveEventID></correctiveEventIDs>} as a list of strings. */
    private static ArrayNode texts(JsonNode ids) {
        ArrayNode list = NODES.arrayNode();
        JsonNode inner = ids.isObject() && ids.size() == 1 ? ids.elements().next() : ids;
        if (inner.isArray()) {
            inner.forEach(id -> list.add(id.asText()));
        } else if (!inner.isObject()) {
            list.add(inner.asText());
        }
        return list;
    }

    private ObjectNode quantityElement() throws XMLStreamException {
        ObjectNode element = NODES.objectNode();
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            if (!epcis()) {
                element.set(key(), generic());
            } else if (name.equals("quantity")) {
                element.set(name, number(text()));
            } else {
                element.put(name, text());
            }
        }
        return element;
    }

    private ObjectNode sensorElement() throws XMLStreamException {
        ObjectNode sensor = NODES.objectNode();
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            if (epcis() && name.equals("sensorMetadata")) {
                sensor.set(name, attributes());
                XmlBreaks.skipElement(xml);
            } else if (epcis() && name.equals("sensorReport")) {
                (sensor.has(name) ? (ArrayNode) sensor.get(name) : sensor.putArray(name)).add(attributes());
                XmlBreaks.skipElement(xml);
            } else {
                sensor.set(key(), generic());
            }
        }
        return sensor;
    }

    private ObjectNode attributes() {
        ObjectNode values = NODES.objectNode();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String namespace = xml.getAttributeNamespace(i);
            String local = xml.getAttributeLocalName(i);
            String value = xml.getAttributeValue(i).strip();
            if (namespace == null || namespace.isEmpty()) {
                values.set(local, NUMERIC_ATTRIBUTES.contains(local) ? number(value) : NODES.textNode(value));
            } else {
                values.put(qualified(namespace, xml.getAttributePrefix(i), local), value);
            }
        }
        return values;
    }

    /**
     * Any other element, kept roughly: text alone as a string; else an object of its attributes and children (a name
     * met twice becomes a list), its text under {@code @value}.
     */
    private JsonNode generic() throws XMLStreamException {
        ObjectNode object = attributes();
        StringBuilder text = new StringBuilder();
        int event;
        while ((event = xml.next()) != XMLStreamConstants.END_ELEMENT) {
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String key = key();
                JsonNode child = generic();
                JsonNode before = object.get(key);
                if (before == null) {
                    object.set(key, child);
                } else if (before.isArray()) {
                    ((ArrayNode) before).add(child);
                } else {
                    object.putArray(key).add(before).add(child);
                }
            }
        }
        String value = text.toString().strip();
        if (object.isEmpty()) {
            return NODES.textNode(value);
        }
        if (!value.isEmpty()) {
            object.put("@value", value);
        }
        return object;
    }

    /** The next start or end tag, past text where none belongs (ignored: one stray character never fails the document). */
    private int nextTag() throws XMLStreamException {
        int event;
        do {
            event = xml.next();
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the document ends inside an event", xml.getLocation());
            }
        } while (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT);
        return event;
    }

    /** The element's text, to its end tag, past any element inside it. */
    private String text() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (depth == 1 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                text.append(xml.getText());
            }
        }
        return text.toString().strip();
    }

    private void checkOrder(String name) {
        if (order == null) {
            return;
        }
        int index = order.indexOf(name);
        if (index < 0) {
            return;
        }
        if (index < orderIndex) {
            problems.add(new Rejection("EPCIS_ELEMENT_ORDER", SourcePosition.of(fileName, xml.getLocation().getLineNumber(), at.locator()),
                    name, "element " + name + " comes after " + orderLast + " but EPCIS 2.0's XSD puts it before; an " + typeName + "'s order is "
                            + String.join(", ", order)));
            return;
        }
        orderIndex = index;
        orderLast = name;
    }

    /** True for an element of EPCIS itself: unqualified (as the XSD has them), or in an EPCIS namespace. */
    private boolean epcis() {
        String namespace = xml.getNamespaceURI();
        return namespace == null || namespace.isEmpty() || InboundFormat.EPCIS_NAMESPACES.contains(namespace);
    }

    /** The element's name as JSON-LD keys it: bare for EPCIS's own, else {@code prefix:local}. */
    private String key() {
        return epcis() ? xml.getLocalName() : qualified(xml.getNamespaceURI(), xml.getPrefix(), xml.getLocalName());
    }

    private static String qualified(String namespace, String prefix, String local) {
        String known = PREFIXES.get(namespace.endsWith(":") ? namespace.substring(0, namespace.length() - 1) : namespace);
        if (known != null) {
            return known + ":" + local;
        }
        return prefix == null || prefix.isEmpty() ? namespace + local : prefix + ":" + local;
    }

    /** A decimal as a JSON number (an integer as an integer); text that is none stays text. */
    static JsonNode number(String text) {
        String value = text.strip();
        try {
            BigDecimal number = new BigDecimal(value);
            if (value.indexOf('.') < 0 && value.indexOf('e') < 0 && value.indexOf('E') < 0 && number.unscaledValue().bitLength() < 64) {
                long integer = number.longValueExact();
                // as Jackson reads the same number from JSON: an int when it fits
                return integer == (int) integer ? NODES.numberNode((int) integer) : NODES.numberNode(integer);
            }
            return NODES.numberNode(number);
        } catch (NumberFormatException | ArithmeticException e) {
            return NODES.textNode(value);
        }
    }
}
