package vn.txng.adapter.ingest.xml;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.ingest.Lookahead;
import vn.txng.adapter.ingest.RecordReader;
import vn.txng.adapter.ingest.UnreadableFileException;
import vn.txng.adapter.ingest.xml.v1.Event;
import vn.txng.adapter.ingest.xml.v1.Header;
import vn.txng.adapter.ingest.xml.v1.Lot;
import vn.txng.adapter.ingest.xml.v1.Product;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;
import vn.txng.adapter.model.SourcedRecord;

/**
 * Streams a {@code urn:txng:erp:v1} message: StAX walks the file and JAXB, checked against the
 * schema, unmarshals one {@code Product}, {@code Lot}, {@code Location} or {@code Event} at a time, so memory does not grow with
 * the file. A record that breaks the schema is reported with its line and skipped. A file that is
 * not well-formed further on (or cut short) fails as {@code XML_MALFORMED} at the parser's line
 * and column: the records complete before the break have been handed on, the one it interrupts is
 * rejected. A DOCTYPE fails as {@code XML_DOCTYPE_REFUSED}.
 */
public final class XmlRecordReader extends Lookahead<SourcedRecord> implements RecordReader {

    private final String fileName;
    private final FileReport report;
    private final InputStream in;
    private final EndOfInputWatch input;
    private final XMLStreamReader xml;
    private final Unmarshaller unmarshaller;
    private final ContentEventCollector events = new ContentEventCollector();
    private final XmlRecordMapper mapper;
    /** The cursor already stands on the event to look at next: JAXB leaves it just past the element it read. */
    private boolean onNextEvent;
    private boolean rootSeen;
    /** The root's end tag was read: a parse error after it is no file cut short. */
    private boolean rootClosed;
    /** The record being unmarshalled, rejected if the file breaks inside it; null between records. */
    private SourcePosition reading;
    private long productCount;
    private long lotCount;
    private long locationCount;
    private long eventCount;

    public XmlRecordReader(InputStream in, String fileName, FileReport report) {
        this.fileName = fileName;
        this.report = report;
        this.in = in;
        this.input = new EndOfInputWatch(in);
        this.mapper = new XmlRecordMapper();
        XMLStreamReader opened = null;
        try {
            opened = SecureXml.inputFactory().createXMLStreamReader(input);
            this.unmarshaller = MessageSchema.unmarshaller(events);
        } catch (XMLStreamException e) {
            throw malformed(e, null);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot set up the XML reader", e);
        }
        this.xml = opened;
    }

    /** Moves to the next record element and reads it; null when the element gave no record. */
    @Override
    protected SourcedRecord advance() {
        try {
            // whatever follows an element read (text, a comment, the next start tag on the same line) is looked at, never stepped over
            int event = onNextEvent ? xml.getEventType() : xml.next();
            onNextEvent = false;
            switch (event) {
                case XMLStreamConstants.DTD -> throw new UnreadableFileException("XML_DOCTYPE_REFUSED", here(),
                        "the file declares a DOCTYPE; DTDs and external entities are refused for safety. Export the file without a DOCTYPE", null);
                case XMLStreamConstants.START_ELEMENT -> {
                    return rootSeen ? readChild() : readRoot();
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    // children are read whole, so the only end tag met here is the root's
                    rootClosed = true;
                    return null;
                }
                case XMLStreamConstants.END_DOCUMENT -> {
                    end();
                    if (!rootSeen) {
                        throw new UnreadableFileException("XML_NO_ROOT", here(), "the file holds no XML element", null);
                    }
                    return null;
                }
                default -> {
                    return null;
                }
            }
        } catch (XMLStreamException e) {
            end();
            throw malformed(e, xml);
        }
    }

    private SourcedRecord readRoot() {
        rootSeen = true;
        if (!MessageSchema.NAMESPACE.equals(xml.getNamespaceURI()) || !"TraceabilityMessage".equals(xml.getLocalName())) {
            end();
            throw new UnreadableFileException("XML_WRONG_ROOT", here(),
                    "the root element is {" + xml.getNamespaceURI() + "}" + xml.getLocalName()
                            + " but a TraceabilityMessage in namespace " + MessageSchema.NAMESPACE + " is expected", null);
        }
        return null;
    }

    private SourcedRecord readChild() throws XMLStreamException {
        String name = xml.getLocalName();
        boolean ours = MessageSchema.NAMESPACE.equals(xml.getNamespaceURI());
        long line = xml.getLocation().getLineNumber();
        if (ours && "Product".equals(name)) {
            productCount++;
            return record(Product.class, SourcePosition.of(fileName, line, "Product #" + productCount));
        }
        if (ours && "Lot".equals(name)) {
            lotCount++;
            return record(Lot.class, SourcePosition.of(fileName, line, "Lot #" + lotCount));
        }
        if (ours && "Location".equals(name)) {
            locationCount++;
            return record(vn.txng.adapter.ingest.xml.v1.Location.class, SourcePosition.of(fileName, line, "Location #" + locationCount));
        }
        if (ours && "Event".equals(name)) {
            eventCount++;
            return record(Event.class, SourcePosition.of(fileName, line, "Event #" + eventCount));
        }
        if (ours && "Header".equals(name)) {
            unmarshal(Header.class);
            events.drain().forEach(e -> report.warn("line " + line + ": Header: " + e.getMessage()));
            return null;
        }
        SourcePosition position = SourcePosition.of(fileName, line, name);
        XmlBreaks.skipElement(xml);
        report.reject(new Rejection("XML_UNKNOWN_ELEMENT", position, name,
                "element " + name + " is not part of " + MessageSchema.NAMESPACE + "; only Header, Product, Lot, Location and Event may follow each other here"));
        return null;
    }

    private <T> SourcedRecord record(Class<T> type, SourcePosition position) throws XMLStreamException {
        report.recordRead();
        reading = position;
        T element = unmarshal(type);
        reading = null;
        List<ValidationEvent> problems = events.drain();
        if (!problems.isEmpty()) {
            report.reject(problems.stream().map(problem -> ContentEventCollector.toRejection(problem, position)).toList());
            return null;
        }
        List<Rejection> conversion = new ArrayList<>(0);
        SourcedRecord record;
        if (element instanceof Product product) {
            record = mapper.product(product, position, conversion);
        } else if (element instanceof vn.txng.adapter.ingest.xml.v1.Location location) {
            record = mapper.location(location, position, conversion);
        } else if (element instanceof Event event) {
            record = mapper.event(event, position, conversion);
        } else {
            record = mapper.lot((Lot) element, position, conversion);
        }
        if (!conversion.isEmpty()) {
            report.reject(conversion);
            return null;
        }
        return record;
    }

    /** Reads the element the cursor stands on; the cursor is then on the event right after its end tag. */
    private <T> T unmarshal(Class<T> type) throws XMLStreamException {
        try {
            T element = unmarshaller.unmarshal(xml, type).getValue();
            onNextEvent = true;
            return element;
        } catch (JAXBException e) {
            if (e.getLinkedException() instanceof XMLStreamException streamProblem) {
                throw streamProblem;
            }
            Throwable cause = e.getLinkedException() != null ? e.getLinkedException() : e;
            throw new XMLStreamException(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), xml.getLocation(), e);
        }
    }

    private SourcePosition here() {
        return SourcePosition.of(fileName, xml == null ? 0 : xml.getLocation().getLineNumber(), null);
    }

    private UnreadableFileException malformed(XMLStreamException e, XMLStreamReader cursor) {
        // a file cut short makes the parser read to the end with the root still open
        return XmlBreaks.malformed(e, cursor, fileName, input.reached() && !rootClosed, reading, report, "record");
    }

    @Override
    public void close() {
        XmlBreaks.close(xml, in);
    }
}
