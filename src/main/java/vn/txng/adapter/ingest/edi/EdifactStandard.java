package vn.txng.adapter.ingest.edi;

import java.util.Set;

/** EDIFACT envelopes (UNB/UNH/UNT/UNZ) and the EANCOM messages read: PRICAT and DESADV, D.96A and D.01B. */
final class EdifactStandard implements EdiStandard {

    private static final Set<String> ENVELOPE = Set.of("UNB", "UNH", "UNT", "UNZ", "UNG", "UNE");
    private static final Set<String> RELEASES = Set.of("96A", "01B");

    @Override
    public String interchangeHeader() {
        return "UNB";
    }

    @Override
    public String messageHeader() {
        return "UNH";
    }

    @Override
    public String messageTrailer() {
        return "UNT";
    }

    @Override
    public boolean envelope(String tag) {
        return ENVELOPE.contains(tag);
    }

    @Override
    public String interchangeReference(EdiSegment header) {
        return header.value(5);
    }

    @Override
    public String messageReference(EdiSegment header) {
        return header.value(1);
    }

    @Override
    public String messageType(EdiSegment header) {
        return header.value(2, 1);
    }

    @Override
    public String syntaxIdentifier(EdiSegment header) {
        return header.value(1, 1);
    }

    @Override
    public String interchangeSender(EdiSegment header) {
        return EdiTexts.clean(header.value(2, 1));
    }

    @Override
    public MapperChoice mapperFor(EdiSegment header, String groupVersion, DespatchEvents events, String sender) {
        String type = messageType(header);
        if (!"PRICAT".equals(type) && !"DESADV".equals(type)) {
            return MapperChoice.refused("EDI_UNKNOWN_MESSAGE", "UNH S009.0065",
                    "message type " + type + " is not read (this adapter reads PRICAT and DESADV); the message is skipped");
        }
        if (!"D".equals(header.value(2, 2)) || !RELEASES.contains(header.value(2, 3))) {
            return MapperChoice.refused("EDI_UNSUPPORTED_VERSION", "UNH S009.0054", type + " directory " + header.value(2, 2) + "."
                    + header.value(2, 3) + " is not read; send EANCOM D.96A or D.01B. The message is skipped");
        }
        return MapperChoice.of("PRICAT".equals(type) ? new PricatMapper() : new DesadvMapper(new ShipmentEvent(events, sender, ShipmentEvent.Wording.EANCOM)));
    }

    @Override
    public String field(String tag, int element, int component, String referenceCode) {
        String where = tag + " element " + element + (component > 0 ? " component " + component : "");
        if (referenceCode == null) {
            return where;
        }
        return tag + " " + (referenceCode.chars().allMatch(Character::isDigit) && referenceCode.length() < 4
                ? "0".repeat(4 - referenceCode.length()) + referenceCode : referenceCode);
    }
}
