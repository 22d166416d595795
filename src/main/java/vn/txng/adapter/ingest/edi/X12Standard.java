package vn.txng.adapter.ingest.edi;

import java.util.Set;

/** X12 envelopes (ISA/GS/ST/SE/GE/IEA) and the transaction sets read: 832 and 856. */
final class X12Standard implements EdiStandard {

    private static final Set<String> ENVELOPE = Set.of("ISA", "GS", "ST", "SE", "GE", "IEA");

    @Override
    public String interchangeHeader() {
        return "ISA";
    }

    @Override
    public String messageHeader() {
        return "ST";
    }

    @Override
    public String messageTrailer() {
        return "SE";
    }

    @Override
    public boolean envelope(String tag) {
        return ENVELOPE.contains(tag);
    }

    @Override
    public String interchangeReference(EdiSegment header) {
        return header.value(13);
    }

    @Override
    public String messageReference(EdiSegment header) {
        return header.value(2);
    }

    @Override
    public String messageType(EdiSegment header) {
        return header.value(1);
    }

    @Override
    public String syntaxIdentifier(EdiSegment interchangeHeader) {
        return null;
    }

    @Override
    public String interchangeSender(EdiSegment header) {
        return EdiTexts.clean(header.value(6));
    }

    @Override
    public MapperChoice mapperFor(EdiSegment header, String groupVersion, DespatchEvents events, String sender) {
        return switch (String.valueOf(messageType(header))) {
            case "832" -> MapperChoice.of(new X12CatalogMapper());
            case "856" -> MapperChoice.of(new X12ShipNoticeMapper(new ShipmentEvent(events, sender, ShipmentEvent.Wording.X12)));
            default -> MapperChoice.refused("EDI_UNKNOWN_MESSAGE", "ST01",
                    "transaction set " + messageType(header) + " is not read (this adapter reads 832 and 856); it is skipped");
        };
    }

    @Override
    public String field(String tag, int element, int component, String referenceCode) {
        return tag + (element < 10 ? "0" : "") + Math.max(element, 0) + (component > 0 ? "-" + component : "");
    }
}
