package vn.txng.adapter.ingest.xml;

import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;

/**
 * Collects the content problems JAXB meets in the record being read (a value that is not a
 * number or a date, an element that does not belong), so that one bad record does not stop the file.
 */
final class ContentEventCollector implements ValidationEventHandler {

    private static final Pattern UNEXPECTED = Pattern.compile("unexpected element \\(uri:\"[^\"]*\", local:\"([^\"]+)\"\\)");

    private final List<ValidationEvent> events = new ArrayList<>();

    @Override
    public boolean handleEvent(ValidationEvent event) {
        // the record is dropped and the file read on; malformed XML still stops the reader itself
        events.add(event);
        return true;
    }

    /** The problems of the element just read. */
    List<ValidationEvent> drain() {
        if (events.isEmpty()) {
            return List.of();
        }
        List<ValidationEvent> drained = new ArrayList<>(events);
        events.clear();
        return drained;
    }

    static Rejection toRejection(ValidationEvent event, SourcePosition record) {
        long line = event.getLocator() != null && event.getLocator().getLineNumber() > 0
                ? event.getLocator().getLineNumber() : record.line();
        String message = event.getMessage() == null ? "unreadable content" : event.getMessage();
        Matcher element = UNEXPECTED.matcher(message);
        if (element.find()) {
            return new Rejection("XML_UNKNOWN_ELEMENT", SourcePosition.of(record.file(), line, record.locator()), element.group(1),
                    "element " + element.group(1) + " is not part of " + record.locator().replaceAll(" #.*", "") + " in " + MessageSchema.XSD);
        }
        return new Rejection("XML_BAD_VALUE", SourcePosition.of(record.file(), line, record.locator()), null,
                message + " (the value's type is set by " + MessageSchema.XSD + ")");
    }
}
