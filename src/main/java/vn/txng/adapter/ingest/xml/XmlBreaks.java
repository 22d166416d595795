package vn.txng.adapter.ingest.xml;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.ingest.UnreadableFileException;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;

/** What the StAX readers (the adapter's message, EPCIS XML) share: stepping over an element, and naming a break. */
public final class XmlBreaks {

    private XmlBreaks() {
    }

    /** Steps over the element whose start tag the cursor stands on, to its end tag. */
    public static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /**
     * The break at the parser's line and column, in its words (the JDK's parser words them in the default locale), as
     * {@code XML_MALFORMED} ({@code XML_DOCTYPE_REFUSED} for a refused entity); {@code cursor} (null while opening)
     * places it when the parser gives no location; {@code cut}: the parser had read to the end with the root still
     * open; {@code reading} (null between them) is the record or event it interrupts, rejected in {@code report};
     * {@code unit} names such a piece ("record", "event").
     */
    public static UnreadableFileException malformed(XMLStreamException e, XMLStreamReader cursor, String fileName, boolean cut,
                                                    SourcePosition reading, FileReport report, String unit) {
        Location at = e.getLocation() != null && e.getLocation().getLineNumber() > 0 ? e.getLocation()
                : cursor == null ? null : cursor.getLocation();
        long line = at == null ? 0 : Math.max(0, at.getLineNumber());
        int column = at == null ? 0 : Math.max(0, at.getColumnNumber());
        String words = e.getMessage() == null ? "malformed XML"
                : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col]:\\[-?\\d+,-?\\d+]\\s*Message:\\s*", "");
        if (words.contains(SecureXml.ENTITY_REFUSED)) {
            return new UnreadableFileException("XML_DOCTYPE_REFUSED", SourcePosition.of(fileName, line, null),
                    "DTDs and external entities are refused for safety (" + words + ")", e);
        }
        String where = "line " + line + ", column " + column;
        if (reading != null) {
            report.reject(new Rejection("XML_MALFORMED", reading, null, (cut ? "the file ends inside this " + unit
                    : "the XML breaks inside this " + unit + ", at " + where) + "; it is not taken (the " + unit + "s before it are)"));
        }
        String locator = (reading == null ? "" : reading.locator() + ", ") + "column " + column;
        String reason = (cut ? "the file ends before its XML is complete, at " + where + " (cut short in export or transfer?): "
                : "the file is not well-formed XML at " + where + ": ") + words + (words.endsWith(".") ? " " : ". ")
                + "The " + unit + "s complete before this point are taken; " + (cut ? "send the whole file again" : "correct the export and send the file again");
        return new UnreadableFileException("XML_MALFORMED", SourcePosition.of(fileName, line, locator), reason, e);
    }

    /** Closes a reader's StAX cursor, then the stream under it; neither can lose anything on a read, so failures pass. */
    public static void close(javax.xml.stream.XMLStreamReader xml, java.io.InputStream in) {
        try {
            xml.close();
        } catch (javax.xml.stream.XMLStreamException e) {
            // nothing to do: the underlying stream is closed next
        }
        try {
            in.close();
        } catch (java.io.IOException e) {
            // closing a read stream: nothing was written that could be lost
        }
    }
}
