package vn.txng.adapter.ingest.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import vn.txng.adapter.ingest.xml.v1.ObjectFactory;

/**
 * The JAXB context of the classes generated from {@code xsd/txng-message-v1.xsd}, built once.
 * Records are not validated against the XSD while streaming: per-element schema validation cost
 * four times the whole read, and every rule it enforced is checked on the canonical record
 * instead, with messages that name the field (ProductChecks, LotChecks).
 */
final class MessageSchema {

    static final String NAMESPACE = "urn:txng:erp:v1";
    static final String XSD = "xsd/txng-message-v1.xsd";

    private static final JAXBContext CONTEXT;

    static {
        try {
            CONTEXT = JAXBContext.newInstance(ObjectFactory.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private MessageSchema() {
    }

    /** A fresh unmarshaller (they are not thread-safe) reporting content problems to {@code events}. */
    static Unmarshaller unmarshaller(ContentEventCollector events) throws JAXBException {
        Unmarshaller unmarshaller = CONTEXT.createUnmarshaller();
        unmarshaller.setEventHandler(events);
        return unmarshaller;
    }
}
