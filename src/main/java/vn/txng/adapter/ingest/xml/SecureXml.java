package vn.txng.adapter.ingest.xml;

import javax.xml.stream.XMLInputFactory;

/** StAX set up so that no DTD is processed and no entity is fetched from disk or network (XXE). */
public final class SecureXml {

    /** In the message of the resolver's refusal: how a refused external entity is told from other parse errors. */
    public static final String ENTITY_REFUSED = "refused: external entities are not fetched";

    private static final XMLInputFactory FACTORY = create();

    private SecureXml() {
    }

    public static XMLInputFactory inputFactory() {
        return FACTORY;
    }

    private static XMLInputFactory create() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new javax.xml.stream.XMLStreamException("external entity " + systemId + " " + ENTITY_REFUSED);
        });
        return factory;
    }
}
