package vn.txng.adapter.ingest.epcis;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.ingest.UnreadableFileException;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;

/**
 * Streams an EPCIS 2.0 JSON-LD {@code EPCISDocument} ({@code epcisBody.eventList}) or {@code EPCISQueryDocument}
 * ({@code epcisBody.queryResults.resultsBody.eventList}) with Jackson's token stream: one event at a time becomes a
 * tree, so memory does not grow with the document. Each event's position is the line of its '{' and its JSON pointer
 * ({@code /epcisBody/eventList/17}). The document's {@code @context} and {@code type} must come before its
 * {@code epcisBody} (as GS1's examples and every EPCIS repository write them): a streamed read cannot wait for them.
 * A document that breaks off fails as {@code JSON_MALFORMED} at the parser's line and column once the events before
 * the break are handed on; the event it interrupts is rejected.
 */
public final class EpcisJsonReader extends EpcisRecordReader {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final Set<String> DOCUMENT_TYPES = Set.of("EPCISDocument", "EPCISQueryDocument");
    /** The objects on the way to an event list, by the field that holds them, from the document's top. */
    private static final List<List<String>> ROUTES = List.of(List.of("epcisBody"), List.of("epcisBody", "queryResults", "resultsBody"));

    private final InputStream in;
    private final JsonParser json;
    /** The fields of the objects the parser is in, from the document's top. */
    private final List<String> path = new ArrayList<>();
    private boolean started;
    private boolean contextSeen;
    /** The document's @context when it declares prefixes of its own (objects), else null. */
    private JsonNode documentContext;
    private String documentType;
    private boolean bodySeen;
    /** The pointer of the event list being read, or null outside it. */
    private String list;
    private int index;
    /** The pointer of the event being read, rejected if the document breaks inside it; null between events. */
    private SourcePosition reading;

    public EpcisJsonReader(InputStream in, String fileName, FileReport report, EpcisEventMapper mapper) {
        super(fileName, report, mapper);
        this.in = in;
        try {
            this.json = JSON.createParser(in);
        } catch (IOException e) {
            throw new UnreadableFileException("FILE_UNREADABLE", SourcePosition.of(fileName, 0, null),
                    "the file cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    protected boolean readEvent() {
        try {
            if (list == null && !seekEventList()) {
                return false;
            }
            JsonToken token = json.nextToken();
            if (token == JsonToken.END_ARRAY) {
                list = null;
                return seekEventList() && readEvent();
            }
            SourcePosition at = SourcePosition.of(fileName, json.currentTokenLocation().getLineNr(), list + "/" + index++);
            if (token != JsonToken.START_OBJECT) {
                json.skipChildren();
                rejectUnread(new Rejection("EPCIS_NOT_AN_EVENT", at, null, "an eventList entry must be an event object, not " + token.asString()));
                return true;
            }
            reading = at;
            ObjectNode event = json.readValueAsTree();
            reading = null;
            if (documentContext != null && !event.has("@context")) {
                event.set("@context", documentContext);
            }
            take(event, at, List.of());
            return true;
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new UnreadableFileException("FILE_UNREADABLE", SourcePosition.of(fileName, 0, null),
                    "the file cannot be read on: " + e.getMessage(), e);
        }
    }

    /**
     * Walks the document to the next event list (leaving the parser on its '['), checking {@code @context} and
     * {@code type} on the way; false at the end of the document.
     */
    private boolean seekEventList() throws IOException {
        if (!started) {
            started = true;
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new UnreadableFileException("EPCIS_NOT_A_DOCUMENT", here(), "the JSON document is not an object", null);
            }
        }
        JsonToken token;
        while ((token = json.nextToken()) != null) {
            if (token == JsonToken.END_OBJECT) {
                if (path.isEmpty()) {
                    documentEnds();
                    break;
                }
                path.remove(path.size() - 1);
                continue;
            }
            String field = json.currentName();
            token = json.nextToken();
            if (path.isEmpty()) {
                topLevel(field, token);
            }
            List<String> here = new ArrayList<>(path);
            here.add(field);
            if (field.equals("eventList") && ROUTES.contains(path)) {
                if (token != JsonToken.START_ARRAY) {
                    throw new UnreadableFileException("EPCIS_NOT_A_LIST", here(), "/" + String.join("/", here) + " must be a list of events", null);
                }
                list = "/" + String.join("/", here);
                index = 0;
                return true;
            }
            if (token == JsonToken.START_OBJECT && ROUTES.stream().anyMatch(route -> startsWith(route, here))) {
                path.add(field);
            } else {
                json.skipChildren();
            }
        }
        finish();
        return false;
    }

    private void topLevel(String field, JsonToken value) throws IOException {
        switch (field) {
            case "@context" -> {
                contextSeen = true;
                JsonNode context = json.readValueAsTree();
                // the prefixes the document declares (e.g. {"example": "https://ns.example.com/epcis/"}) name its
                // events' extension fields: each event carries them, so its hash-based ID expands them as GS1's
                // algorithm asks, whichever event it is
                if (context != null && (context.isObject() || context.isArray() && hasObject(context))) {
                    documentContext = context;
                }
            }
            case "type" -> {
                documentType = value == JsonToken.VALUE_STRING ? json.getText() : null;
                if (!DOCUMENT_TYPES.contains(documentType)) {
                    throw new UnreadableFileException("EPCIS_WRONG_TYPE", here("/type"), "the document's type is '" + documentType
                            + "' but an EPCISDocument or EPCISQueryDocument is expected", null);
                }
            }
            case "epcisBody" -> {
                bodySeen = true;
                requireHeader("/epcisBody");
            }
            default -> {
                // schemaVersion, creationDate, epcisHeader and extensions: nothing the events need
            }
        }
    }

    private static boolean hasObject(JsonNode array) {
        for (JsonNode entry : array) {
            if (entry.isObject()) {
                return true;
            }
        }
        return false;
    }

    /** The document's @context and type, needed before its first event. */
    private void requireHeader(String pointer) {
        if (!contextSeen) {
            throw new UnreadableFileException("EPCIS_NO_CONTEXT", here(pointer), "the document has no @context before "
                    + (pointer.isEmpty() ? "its end" : "its epcisBody") + "; EPCIS 2.0 JSON-LD must give one (GS1's epcis-context.jsonld), first in the document", null);
        }
        if (documentType == null) {
            throw new UnreadableFileException("EPCIS_WRONG_TYPE", here(pointer), "the document has no type before "
                    + (pointer.isEmpty() ? "its end" : "its epcisBody") + "; EPCISDocument or EPCISQueryDocument is expected", null);
        }
    }

    /** Past the document's closing '}' only white space may follow. */
    private void documentEnds() throws IOException {
        if (json.nextToken() != null) {
            throw new UnreadableFileException("JSON_MALFORMED", here(), "the file goes on after the EPCIS document's closing '}'"
                    + "; one file holds one document", null);
        }
    }

    private void finish() {
        requireHeader("");
        if (!bodySeen) {
            report.warn(fileName + ": the EPCIS document has no epcisBody: no events");
        }
    }

    private static boolean startsWith(List<String> route, List<String> prefix) {
        return route.size() >= prefix.size() && route.subList(0, prefix.size()).equals(prefix);
    }

    private SourcePosition here() {
        return here(null);
    }

    private SourcePosition here(String pointer) {
        JsonLocation at = json.currentTokenLocation();
        return SourcePosition.of(fileName, Math.max(0, at.getLineNr()), pointer);
    }

    /** The break at the parser's line and column; a document cut short says so. */
    private UnreadableFileException malformed(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        long line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        // Jackson names the end of input in its words when it does not throw its JsonEOFException
        boolean cut = e instanceof JsonEOFException || String.valueOf(e.getOriginalMessage()).contains("end-of-input");
        String where = "line " + line + ", column " + column;
        if (reading != null) {
            report.reject(new Rejection("JSON_MALFORMED", reading, null, (cut ? "the file ends inside this event"
                    : "the JSON breaks inside this event, at " + where) + "; it is not taken (the events before it are)"));
        }
        String words = e.getOriginalMessage();
        String reason = (cut ? "the file ends before its JSON is complete, at " + where + " (cut short in export or transfer?): "
                : "the file is not well-formed JSON at " + where + ": ") + words + ". The events complete before this point are taken; "
                + (cut ? "send the whole file again" : "correct the export and send the file again");
        String locator = (reading == null ? (list == null ? "" : list + ", ") : reading.locator() + ", ") + "column " + column;
        return new UnreadableFileException("JSON_MALFORMED", SourcePosition.of(fileName, line, locator), reason, e);
    }

    @Override
    public void close() {
        try {
            json.close();
        } catch (IOException e) {
            // closing a read stream: nothing was written that could be lost
        }
        try {
            in.close();
        } catch (IOException e) {
            // as above
        }
    }
}
