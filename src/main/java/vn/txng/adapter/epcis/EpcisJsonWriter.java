package vn.txng.adapter.epcis;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import vn.txng.adapter.model.ErrorDeclaration;

/**
 * An EPCIS 2.0 JSON-LD {@code EPCISDocument} (EPCIS 2.0 section 12.2, GS1's JSON Schema) written with Jackson's
 * streaming generator, UTF-8: {@code @context} the standard context, {@code schemaVersion} 2.0, and
 * {@code epcisBody.eventList} filled one event at a time.
 */
public final class EpcisJsonWriter implements EpcisDocumentWriter {

    /** The standard JSON-LD context of EPCIS 2.0. */
    public static final String CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";
    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonGenerator json;
    private long written;

    private EpcisJsonWriter(JsonGenerator json) {
        this.json = json;
    }

    /** Opens a document created at {@code creationDate} on {@code out} and writes its start. */
    public static EpcisJsonWriter open(OutputStream out, OffsetDateTime creationDate) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        // the caller owns the stream: standard output must stay open
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeArrayFieldStart("@context");
        json.writeString(CONTEXT);
        json.writeEndArray();
        json.writeStringField("type", "EPCISDocument");
        json.writeStringField("schemaVersion", "2.0");
        json.writeStringField("creationDate", EpcisTimes.time(creationDate));
        json.writeObjectFieldStart("epcisBody");
        json.writeArrayFieldStart("eventList");
        return new EpcisJsonWriter(json);
    }

    @Override
    public void write(EpcisEvent event) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", event.type().element());
        json.writeStringField("eventTime", EpcisTimes.time(event.time()));
        json.writeStringField("eventTimeZoneOffset", EpcisTimes.offset(event.time()));
        json.writeStringField("eventID", event.eventId());
        if (event.errorDeclaration() != null) {
            ErrorDeclaration declaration = event.errorDeclaration();
            json.writeObjectFieldStart("errorDeclaration");
            json.writeStringField("declarationTime", EpcisTimes.time(declaration.declarationTime()));
            if (declaration.reason() != null) {
                json.writeStringField("reason", declaration.reason());
            }
            uris("correctiveEventIDs", declaration.correctiveEventIds());
            json.writeEndObject();
        }
        if (event.type() == EpcisEvent.Type.TRANSFORMATION) {
            uris("inputEPCList", event.inputEpcs());
            quantities("inputQuantityList", event.inputQuantities());
            uris("outputEPCList", event.epcs());
            quantities("outputQuantityList", event.quantities());
        } else {
            // an ObjectEvent names its objects by EPCs or quantities: an empty epcList when it has neither
            if (!event.epcs().isEmpty() || event.quantities().isEmpty()) {
                json.writeArrayFieldStart("epcList");
                for (String epc : event.epcs()) {
                    json.writeString(epc);
                }
                json.writeEndArray();
            }
            json.writeStringField("action", event.action());
        }
        json.writeStringField("bizStep", event.bizStep());
        if (event.bizLocation() != null) {
            json.writeObjectFieldStart("bizLocation");
            json.writeStringField("id", event.bizLocation());
            json.writeEndObject();
        }
        if (!event.bizTransactions().isEmpty()) {
            json.writeArrayFieldStart("bizTransactionList");
            for (EpcisEvent.BizTransaction transaction : event.bizTransactions()) {
                json.writeStartObject();
                if (transaction.type() != null) {
                    json.writeStringField("type", transaction.type());
                }
                json.writeStringField("bizTransaction", transaction.id());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (event.type() == EpcisEvent.Type.OBJECT) {
            quantities("quantityList", event.quantities());
        }
        if (!event.destinations().isEmpty()) {
            json.writeArrayFieldStart("destinationList");
            for (String destination : event.destinations()) {
                json.writeStartObject();
                json.writeStringField("type", "location");
                json.writeStringField("destination", destination);
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (!event.ilmd().isEmpty()) {
            json.writeObjectFieldStart("ilmd");
            for (Map.Entry<String, String> attribute : event.ilmd().entrySet()) {
                json.writeStringField(attribute.getKey(), attribute.getValue());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        written++;
    }

    private void uris(String field, List<String> uris) throws IOException {
        if (!uris.isEmpty()) {
            json.writeArrayFieldStart(field);
            for (String uri : uris) {
                json.writeString(uri);
            }
            json.writeEndArray();
        }
    }

    private void quantities(String field, List<EpcisEvent.Quantity> quantities) throws IOException {
        if (quantities.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart(field);
        for (EpcisEvent.Quantity quantity : quantities) {
            json.writeStartObject();
            json.writeStringField("epcClass", quantity.epcClass());
            if (quantity.quantity() != null) {
                json.writeFieldName("quantity");
                json.writeNumber(quantity.quantity().stripTrailingZeros().toPlainString());
            }
            if (quantity.uom() != null) {
                json.writeStringField("uom", quantity.uom());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    @Override
    public long written() {
        return written;
    }

    /** Ends the event list and the document and flushes; the stream stays open. */
    @Override
    public void close() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
        json.close();
    }
}
