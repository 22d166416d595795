package vn.txng.adapter.epcis;

import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.txng.adapter.model.ErrorDeclaration;

/**
 * An EPCIS 2.0 XML {@code EPCISDocument} ({@code urn:epcglobal:epcis:xsd:2}, GS1's XSD) written with StAX, UTF-8,
 * one event at a time, children in the XSD's order. CBV values are written as their URNs
 * ({@code urn:epcglobal:cbv:bizstep:shipping}, {@code urn:epcglobal:cbv:btt:po}, {@code urn:epcglobal:cbv:sdt:location}),
 * as EPCIS 2.0 section 9 asks of XML; ILMD attributes in the CBV master data namespace ({@code urn:epcglobal:cbv:mda}).
 */
public final class EpcisXmlWriter implements EpcisDocumentWriter {

    public static final String EPCIS_NS = "urn:epcglobal:epcis:xsd:2";
    static final String CBVMDA_NS = "urn:epcglobal:cbv:mda";
    private static final String CBVMDA = "cbvmda:";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;
    private long written;

    private EpcisXmlWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /** Opens a document created at {@code creationDate} on {@code out} and writes its start. */
    public static EpcisXmlWriter open(OutputStream out, OffsetDateTime creationDate) throws IOException {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("epcis", "EPCISDocument", EPCIS_NS);
            xml.writeNamespace("epcis", EPCIS_NS);
            xml.writeNamespace("cbvmda", CBVMDA_NS);
            xml.writeAttribute("schemaVersion", "2.0");
            xml.writeAttribute("creationDate", EpcisTimes.time(creationDate));
            xml.writeStartElement("EPCISBody");
            xml.writeStartElement("EventList");
            return new EpcisXmlWriter(xml);
        } catch (XMLStreamException e) {
            throw new IOException("could not start the EPCIS XML document: " + e.getMessage(), e);
        }
    }

    @Override
    public void write(EpcisEvent event) throws IOException {
        try {
            xml.writeStartElement(event.type().element());
            text("eventTime", EpcisTimes.time(event.time()));
            text("eventTimeZoneOffset", EpcisTimes.offset(event.time()));
            text("eventID", event.eventId());
            declaration(event.errorDeclaration());
            if (event.type() == EpcisEvent.Type.TRANSFORMATION) {
                epcs("inputEPCList", event.inputEpcs());
                quantities("inputQuantityList", event.inputQuantities());
                epcs("outputEPCList", event.epcs());
                quantities("outputQuantityList", event.quantities());
                text("bizStep", cbv("bizstep", event.bizStep()));
                location(event.bizLocation());
                transactions(event.bizTransactions());
            } else {
                // the XSD asks an ObjectEvent for its epcList, empty when it names classes only
                xml.writeStartElement("epcList");
                for (String epc : event.epcs()) {
                    text("epc", epc);
                }
                xml.writeEndElement();
                text("action", event.action());
                text("bizStep", cbv("bizstep", event.bizStep()));
                location(event.bizLocation());
                transactions(event.bizTransactions());
                quantities("quantityList", event.quantities());
            }
            if (!event.destinations().isEmpty()) {
                xml.writeStartElement("destinationList");
                for (String destination : event.destinations()) {
                    xml.writeStartElement("destination");
                    xml.writeAttribute("type", cbv("sdt", "location"));
                    xml.writeCharacters(destination);
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            if (!event.ilmd().isEmpty()) {
                xml.writeStartElement("ilmd");
                for (Map.Entry<String, String> attribute : event.ilmd().entrySet()) {
                    xml.writeStartElement("cbvmda", attribute.getKey().substring(CBVMDA.length()), CBVMDA_NS);
                    xml.writeCharacters(attribute.getValue());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            written++;
        } catch (XMLStreamException e) {
            throw new IOException("could not write EPCIS event " + event.eventId() + ": " + e.getMessage(), e);
        }
    }

    /** A CBV short name as its URN ({@code urn:epcglobal:cbv:<vocabulary>:<name>}); a full URI as it is. */
    private static String cbv(String vocabulary, String value) {
        return value.indexOf(':') >= 0 ? value : "urn:epcglobal:cbv:" + vocabulary + ":" + value;
    }

    private void text(String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /** {@code <errorDeclaration>}: its time, its reason as a CBV URN ({@code urn:epcglobal:cbv:er:incorrect_data}), the corrective events. */
    private void declaration(ErrorDeclaration declaration) throws XMLStreamException {
        if (declaration == null) {
            return;
        }
        xml.writeStartElement("errorDeclaration");
        text("declarationTime", EpcisTimes.time(declaration.declarationTime()));
        if (declaration.reason() != null) {
            text("reason", cbv("er", declaration.reason()));
        }
        if (!declaration.correctiveEventIds().isEmpty()) {
            xml.writeStartElement("correctiveEventIDs");
            for (String id : declaration.correctiveEventIds()) {
                text("correctiveEventID", id);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void location(String uri) throws XMLStreamException {
        if (uri != null) {
            xml.writeStartElement("bizLocation");
            text("id", uri);
            xml.writeEndElement();
        }
    }

    private void transactions(List<EpcisEvent.BizTransaction> transactions) throws XMLStreamException {
        if (transactions.isEmpty()) {
            return;
        }
        xml.writeStartElement("bizTransactionList");
        for (EpcisEvent.BizTransaction transaction : transactions) {
            xml.writeStartElement("bizTransaction");
            if (transaction.type() != null) {
                xml.writeAttribute("type", cbv("btt", transaction.type()));
            }
            xml.writeCharacters(transaction.id());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void epcs(String element, List<String> epcs) throws XMLStreamException {
        if (!epcs.isEmpty()) {
            xml.writeStartElement(element);
            for (String epc : epcs) {
                text("epc", epc);
            }
            xml.writeEndElement();
        }
    }

    private void quantities(String element, List<EpcisEvent.Quantity> quantities) throws XMLStreamException {
        if (quantities.isEmpty()) {
            return;
        }
        xml.writeStartElement(element);
        for (EpcisEvent.Quantity quantity : quantities) {
            xml.writeStartElement("quantityElement");
            text("epcClass", quantity.epcClass());
            if (quantity.quantity() != null) {
                text("quantity", quantity.quantity().stripTrailingZeros().toPlainString());
                if (quantity.uom() != null) {
                    text("uom", quantity.uom());
                }
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    @Override
    public long written() {
        return written;
    }

    /** Ends the event list and the document and flushes; the stream stays open (StAX never closes it). */
    @Override
    public void close() throws IOException {
        try {
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("could not end the EPCIS XML document: " + e.getMessage(), e);
        }
    }
}
