package vn.txng.adapter.ingest.edi;

/**
 * Where the reader is in the envelopes: interchange and message references, the segment's number
 * in the file and in its message, and the counts a trailer is checked against.
 */
final class EdiEnvelope {

    private String interchangeReference;
    private String messageReference;
    private String messageType;
    private String groupVersion;
    private String tag;
    private long fileSegment;
    private int messageSegment;
    private int messagesInInterchange;
    private int messagesInGroup;
    private int groupsInInterchange;
    private boolean inInterchange;
    private boolean inMessage;
    private boolean interchangeSkipped;
    /** The locator up to the segment number while in a message; null when a reference or the type changed. */
    private String messagePrefix;
    private EdiStandard prefixStandard;

    void startInterchange() {
        inInterchange = true;
        interchangeReference = null;
        messagePrefix = null;
        interchangeSkipped = false;
        messagesInInterchange = 0;
        groupsInInterchange = 0;
        groupVersion = null;
    }

    void endInterchange() {
        inInterchange = false;
    }

    void interchangeReference(String reference) {
        this.interchangeReference = reference;
        messagePrefix = null;
    }

    void skipInterchange() {
        interchangeSkipped = true;
    }

    boolean interchangeSkipped() {
        return interchangeSkipped;
    }

    void startGroup(String version) {
        groupVersion = version;
        groupsInInterchange++;
        messagesInGroup = 0;
    }

    String groupVersion() {
        return groupVersion;
    }

    /** A segment starts; the message header opens the message's segment count. */
    void segment(long numberInFile, String segmentTag, boolean messageHeader) {
        fileSegment = numberInFile;
        tag = segmentTag;
        if (messageHeader) {
            inMessage = true;
            messageSegment = 0;
            messageReference = null;
            messageType = null;
            messagePrefix = null;
        }
        if (inMessage) {
            messageSegment++;
        }
    }

    void startMessage(String reference, String type) {
        messageReference = reference;
        messageType = type;
        messagePrefix = null;
        messagesInInterchange++;
        messagesInGroup++;
    }

    void endMessage() {
        inMessage = false;
    }

    boolean inInterchange() {
        return inInterchange;
    }

    boolean inMessage() {
        return inMessage;
    }

    long fileSegment() {
        return fileSegment;
    }

    /** What a trailer should have counted, in words. */
    String actualCount(String trailer, String messageTrailer) {
        if (trailer.equals(messageTrailer)) {
            return "the message has " + messageSegment + " segments (header to trailer)";
        }
        if (trailer.equals("IEA")) {
            return "the interchange has " + groupsInInterchange + " functional groups";
        }
        if (trailer.equals("GE") || trailer.equals("UNE")) {
            return "the group has " + messagesInGroup + " messages";
        }
        return "the interchange has " + messagesInInterchange + " messages";
    }

    /** "UNB 000123 / UNH 1 DESADV / segment 14 LIN", as far as known. */
    String locator(EdiStandard standard) {
        if (inMessage) {
            // made once a message: a record's position is asked for on every line
            if (messagePrefix == null || prefixStandard != standard) {
                messagePrefix = prefix(standard);
                prefixStandard = standard;
            }
            return messagePrefix + messageSegment + ' ' + tag;
        }
        return prefix(standard);
    }

    private String prefix(EdiStandard standard) {
        StringBuilder text = new StringBuilder(standard.interchangeHeader()).append(' ')
                .append(interchangeReference == null ? "?" : interchangeReference);
        if (inMessage) {
            text.append(" / ").append(standard.messageHeader()).append(' ').append(messageReference == null ? "?" : messageReference);
            if (messageType != null) {
                text.append(' ').append(messageType);
            }
            text.append(" / segment ");
        } else if (tag != null) {
            text.append(" / ").append(tag);
        }
        return text.toString();
    }
}
