package vn.txng.adapter.ingest.epcis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.ingest.InboundFormat;
import vn.txng.adapter.ingest.UnreadableFileException;
import vn.txng.adapter.ingest.xml.EndOfInputWatch;
import vn.txng.adapter.ingest.xml.SecureXml;
import vn.txng.adapter.ingest.xml.XmlBreaks;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;

/**
 * Streams an EPCIS 2.0 or 1.2 XML {@code EPCISDocument} or {@code EPCISQueryDocument} with StAX: its
 * {@code EventList} (in {@code EPCISBody}, or a query's {@code QueryResults/resultsBody}; 1.2's events inside
 * {@code <extension>} too) one event element at a time, each built into the EPCIS 2.0 JSON-LD shape by
 * {@link EpcisXmlEvent}; the header is skipped. Each event's position is the line of its start tag. A DOCTYPE is
 * ignored (a warning) and nothing it names is fetched. A document that is not well-formed further on (or cut short)
 * fails as {@code XML_MALFORMED} at the parser's line and column once the events before the break are handed on; the
 * event it interrupts is rejected.
 */
public final class EpcisXmlReader extends EpcisRecordReader {

    /** The elements on the way to an event list, each read into rather than skipped. */
    private static final Set<String> CONTAINERS = Set.of("EPCISBody", "QueryResults", "resultsBody");

    private final InputStream in;
    private final EndOfInputWatch input;
    private final XMLStreamReader xml;
    private boolean rootSeen;
    /** GS1's EPCIS 2.0 JSON-LD context, first in the @context an event is given. */
    static final String STANDARD_CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";
    /** The @context of the document's own namespaces, or null when it declares none beyond EPCIS's and the CBV's. */
    private ArrayNode context;
    private boolean rootClosed;
    private boolean version2;
    /** How deep the cursor is in the event list (1 in it, more inside 1.2's extension wrappers); 0 outside. */
    private int listDepth;
    private long count;
    private SourcePosition reading;

    public EpcisXmlReader(InputStream in, String fileName, FileReport report, EpcisEventMapper mapper) {
        super(fileName, report, mapper);
        this.in = in;
        this.input = new EndOfInputWatch(in);
        try {
            this.xml = SecureXml.inputFactory().createXMLStreamReader(input);
        } catch (XMLStreamException e) {
            throw malformed(e, null);
        }
    }

    @Override
    protected boolean readEvent() {
        try {
            while (true) {
                switch (xml.next()) {
                    case XMLStreamConstants.DTD -> report.warn("line " + line() + ": the DOCTYPE is ignored: an EPCIS document needs none,"
                            + " and nothing it names is fetched");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (element()) {
                            return true;
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (listDepth > 0) {
                            listDepth--;
                        }
                        rootClosed = xml.getLocalName().equals("EPCISDocument") || xml.getLocalName().equals("EPCISQueryDocument");
                    }
                    case XMLStreamConstants.END_DOCUMENT -> {
                        if (!rootSeen) {
                            throw new UnreadableFileException("XML_NO_ROOT", SourcePosition.of(fileName, line(), null),
                                    "the file holds no XML element", null);
                        }
                        return false;
                    }
                    default -> {
                        // text, comments and processing instructions between elements
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw malformed(e, xml);
        }
    }

    /** Looks at the start tag the cursor stands on; true when it was an event, now read. */
    private boolean element() throws XMLStreamException {
        String name = xml.getLocalName();
        if (!rootSeen) {
            root(name);
            return false;
        }
        if (listDepth > 0) {
            if (name.equals("extension")) {
                listDepth++;
                return false;
            }
            event(name);
            return true;
        }
        if (name.equals("EventList")) {
            listDepth = 1;
        } else if (!CONTAINERS.contains(name)) {
            // the header (with its SBDH and master data), a query's name and subscription, extensions of the document
            XmlBreaks.skipElement(xml);
        }
        return false;
    }

    private void root(String name) {
        rootSeen = true;
        String namespace = xml.getNamespaceURI();
        if (!InboundFormat.EPCIS_ROOTS.contains(name) || !InboundFormat.EPCIS_NAMESPACES.contains(namespace)) {
            throw new UnreadableFileException("XML_WRONG_ROOT", SourcePosition.of(fileName, line(), null), "the root element is {"
                    + namespace + "}" + name + " but an EPCISDocument or EPCISQueryDocument in an EPCIS namespace ("
                    + String.join(", ", InboundFormat.EPCIS_NAMESPACES.stream().sorted().toList()) + ") is expected", null);
        }
        version2 = namespace.endsWith(":2");
        // the root's own namespaces name the events' extension elements (kept as prefix:name): each event carries them
        // as a JSON-LD document would in its @context, so its hash-based ID expands them as GS1's algorithm asks
        ObjectNode prefixes = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
            String prefix = xml.getNamespacePrefix(i);
            String uri = xml.getNamespaceURI(i);
            if (prefix != null && !prefix.isEmpty() && uri != null && !uri.startsWith("urn:epcglobal:") && !uri.startsWith("http://www.w3.org/")
                    && !uri.startsWith("http://www.unece.org/")) {
                prefixes.put(prefix, uri);
            }
        }
        if (!prefixes.isEmpty()) {
            context = JsonNodeFactory.instance.arrayNode().add(STANDARD_CONTEXT).add(prefixes);
        }
    }

    private void event(String type) throws XMLStreamException {
        count++;
        SourcePosition at = SourcePosition.of(fileName, line(), type + ", event #" + count);
        if (!EventShape.TYPES.contains(type)) {
            XmlBreaks.skipElement(xml);
            rejectUnread(new Rejection("EPCIS_UNKNOWN_EVENT_TYPE", at, type, "the event type '" + type
                    + "' is not one of EPCIS 2.0's: ObjectEvent, AggregationEvent, TransactionEvent, TransformationEvent, AssociationEvent"));
            return;
        }
        reading = at;
        List<Rejection> problems = new ArrayList<>(0);
        ObjectNode event = EpcisXmlEvent.read(xml, version2, fileName, at, problems);
        reading = null;
        if (context != null) {
            event.set("@context", context);
        }
        take(event, at, problems);
    }

    private long line() {
        return xml == null ? 0 : Math.max(0, xml.getLocation().getLineNumber());
    }

    private UnreadableFileException malformed(XMLStreamException e, XMLStreamReader cursor) {
        return XmlBreaks.malformed(e, cursor, fileName, input.reached() && !rootClosed, reading, report, "event");
    }

    @Override
    public void close() {
        XmlBreaks.close(xml, in);
    }
}
