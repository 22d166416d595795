package vn.txng.adapter.ingest.edi;

/** What differs between EDIFACT and X12 for the reader: envelope tags, references and the mappers. */
interface EdiStandard {

    String interchangeHeader();

    String messageHeader();

    String messageTrailer();

    /** Whether the envelope reader must capture this segment (headers, trailers). */
    boolean envelope(String tag);

    String interchangeReference(EdiSegment header);

    String messageReference(EdiSegment header);

    String messageType(EdiSegment header);

    /** The interchange's declared character set (EDIFACT UNB S001 0001), or null where the standard has none. */
    String syntaxIdentifier(EdiSegment interchangeHeader);

    /** The interchange's sender (EDIFACT UNB S002.0004, X12 ISA06), as given; null when none. */
    String interchangeSender(EdiSegment interchangeHeader);

    /**
     * The mapper for a message, or why this type or version is not read; a despatch advice's shipping event is made
     * as {@code events} says, keyed with {@code sender}.
     */
    MapperChoice mapperFor(EdiSegment messageHeader, String groupVersion, DespatchEvents events, String sender);

    /** How a person finds an element: "LIN C212.7140" in EDIFACT, "LIN03" in X12. */
    String field(String tag, int element, int component, String referenceCode);
}
