package vn.txng.adapter.outbox;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.txng.adapter.model.EventDocument;
import vn.txng.adapter.model.EventInput;
import vn.txng.adapter.model.EventLot;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.LocationRecord;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.Manufacturer;
import vn.txng.adapter.model.ProductRecord;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.model.TraceRecord;

/**
 * The canonical JSON form of a record: the form stored as the outbox payload and hashed to detect
 * changes. Fields are written by hand in a fixed order (a Jackson upgrade must never change the
 * hash of unchanged content, or every record would be sent again); nulls and empty lists are
 * left out; dates are ISO {@code yyyy-MM-dd}; decimals are plain numbers without trailing zeros
 * ({@code 12000.00} and {@code 12000} are the same quantity and hash the same).
 */
public final class RecordCodec {

    private static final JsonFactory FACTORY = new JsonFactory();
    // BigDecimal for every fractional number, so a quantity read back is exactly the one written
    private static final ObjectMapper READER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private RecordCodec() {
    }

    /** The canonical JSON of a record. */
    public static String toJson(TraceRecord record) {
        return new String(toUtf8(record), StandardCharsets.UTF_8);
    }

    /** Reads canonical JSON back into the record class of {@code kind}. */
    public static TraceRecord fromJson(RecordKind kind, String json) {
        JsonNode node;
        try {
            node = READER.readTree(json);
        } catch (IOException e) {
            throw new OutboxException("stored " + kind + " payload is not valid JSON", e);
        }
        return switch (kind) {
            case PRODUCT -> readProduct(node);
            case LOT -> readLot(node);
            case LOCATION -> readLocation(node);
            case EVENT -> readEvent(node);
        };
    }

    static byte[] toUtf8(TraceRecord record) {
        ByteArrayBuilder out = new ByteArrayBuilder(512);
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            // pattern switch over the sealed interface needs Java 21; the project targets 17
            if (record instanceof ProductRecord product) {
                writeProduct(json, product);
            } else if (record instanceof LotRecord lot) {
                writeLot(json, lot);
            } else if (record instanceof LocationRecord location) {
                writeLocation(json, location);
            } else {
                writeEvent(json, (EventRecord) record);
            }
        } catch (IOException e) {
            // writing to memory does not fail; keep the signature honest all the same
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeProduct(JsonGenerator json, ProductRecord p) throws IOException {
        json.writeStartObject();
        text(json, "gtin", p.gtin());
        text(json, "name", p.name());
        text(json, "description", p.description());
        texts(json, "imageUrls", p.imageUrls());
        text(json, "salesUnit", p.salesUnit());
        decimal(json, "netContent", p.netContent());
        text(json, "netContentUnit", p.netContentUnit());
        text(json, "countryOfOrigin", p.countryOfOrigin());
        text(json, "brand", p.brand());
        texts(json, "standards", p.standards());
        if (p.shelfLifeDays() != null) {
            json.writeNumberField("shelfLifeDays", p.shelfLifeDays());
        }
        Manufacturer m = p.manufacturer();
        if (m != null) {
            json.writeObjectFieldStart("manufacturer");
            text(json, "name", m.name());
            text(json, "address", m.address());
            text(json, "taxCode", m.taxCode());
            text(json, "gln", m.gln());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeLot(JsonGenerator json, LotRecord lot) throws IOException {
        json.writeStartObject();
        text(json, "gtin", lot.gtin());
        text(json, "lotNumber", lot.lotNumber());
        text(json, "uii25T", lot.uii25T());
        date(json, "productionDate", lot.productionDate());
        date(json, "expiryDate", lot.expiryDate());
        decimal(json, "quantity", lot.quantity());
        text(json, "quantityUnit", lot.quantityUnit());
        text(json, "productionSiteGln", lot.productionSiteGln());
        // written only when present, so the hashes of lots staged before SSCCs were kept stay the same
        texts(json, "ssccs", lot.ssccs());
        json.writeEndObject();
    }

    private static void writeLocation(JsonGenerator json, LocationRecord l) throws IOException {
        json.writeStartObject();
        text(json, "gln", l.gln());
        text(json, "extension", l.extension());
        text(json, "name", l.name());
        text(json, "address", l.address());
        text(json, "kind", l.locationKind());
        text(json, "taxCode", l.taxCode());
        decimal(json, "latitude", l.latitude());
        decimal(json, "longitude", l.longitude());
        json.writeEndObject();
    }

    private static void writeEvent(JsonGenerator json, EventRecord e) throws IOException {
        json.writeStartObject();
        text(json, "eventId", e.eventId());
        text(json, "stage", e.stage());
        // the offset as given: the same instant written with another offset is another body for the portal
        text(json, "time", e.time() == null ? null : e.time().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        text(json, "locationGln", e.locationGln());
        text(json, "locationExtension", e.locationExtension());
        text(json, "destinationGln", e.destinationGln());
        text(json, "destinationExtension", e.destinationExtension());
        if (!e.lots().isEmpty()) {
            json.writeArrayFieldStart("lots");
            for (EventLot lot : e.lots()) {
                json.writeStartObject();
                text(json, "gtin", lot.gtin());
                text(json, "lotNumber", lot.lotNumber());
                text(json, "scan", lot.scan());
                decimal(json, "quantity", lot.quantity());
                text(json, "quantityUnit", lot.quantityUnit());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (!e.inputs().isEmpty()) {
            json.writeArrayFieldStart("inputs");
            for (EventInput input : e.inputs()) {
                json.writeStartObject();
                text(json, "gtin", input.gtin());
                text(json, "lotNumber", input.lotNumber());
                text(json, "serial", input.serial());
                text(json, "sscc", input.sscc());
                text(json, "scan", input.scan());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (!e.documents().isEmpty()) {
            json.writeArrayFieldStart("documents");
            for (EventDocument document : e.documents()) {
                json.writeStartObject();
                text(json, "type", document.type());
                text(json, "number", document.number());
                // written only when an EPCIS document gave it, so the hashes of events staged before stay the same
                text(json, "uri", document.uri());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        text(json, "performer", e.performer());
        text(json, "description", e.description());
        texts(json, "evidenceImageUrls", e.evidenceImageUrls());
        // written only when present, so the hashes of events without serial or SSCC codes stay the same
        texts(json, "instanceCodes", e.instanceCodes());
        json.writeEndObject();
    }

    private static void text(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }

    private static void texts(JsonGenerator json, String field, List<String> values) throws IOException {
        if (values != null && !values.isEmpty()) {
            json.writeArrayFieldStart(field);
            for (String value : values) {
                json.writeString(value);
            }
            json.writeEndArray();
        }
    }

    private static void date(JsonGenerator json, String field, LocalDate value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value.toString());
        }
    }

    private static void decimal(JsonGenerator json, String field, BigDecimal value) throws IOException {
        if (value != null) {
            json.writeFieldName(field);
            json.writeNumber(value.stripTrailingZeros().toPlainString());
        }
    }

    private static ProductRecord readProduct(JsonNode n) {
        JsonNode m = n.get("manufacturer");
        Manufacturer manufacturer = m == null ? null
                : new Manufacturer(text(m, "name"), text(m, "address"), text(m, "taxCode"), text(m, "gln"));
        JsonNode shelfLife = n.get("shelfLifeDays");
        return new ProductRecord(text(n, "gtin"), text(n, "name"), text(n, "description"), texts(n, "imageUrls"),
                text(n, "salesUnit"), decimal(n, "netContent"), text(n, "netContentUnit"),
                text(n, "countryOfOrigin"), text(n, "brand"), texts(n, "standards"),
                shelfLife == null ? null : shelfLife.intValue(), manufacturer);
    }

    private static LotRecord readLot(JsonNode n) {
        return new LotRecord(text(n, "gtin"), text(n, "lotNumber"), text(n, "uii25T"), date(n, "productionDate"),
                date(n, "expiryDate"), decimal(n, "quantity"), text(n, "quantityUnit"), text(n, "productionSiteGln"),
                texts(n, "ssccs"));
    }

    private static LocationRecord readLocation(JsonNode n) {
        return new LocationRecord(text(n, "gln"), text(n, "extension"), text(n, "name"), text(n, "address"),
                text(n, "kind"), text(n, "taxCode"), decimal(n, "latitude"), decimal(n, "longitude"));
    }

    private static EventRecord readEvent(JsonNode n) {
        List<EventLot> lots = new ArrayList<>();
        for (JsonNode lot : array(n, "lots")) {
            lots.add(new EventLot(text(lot, "gtin"), text(lot, "lotNumber"), text(lot, "scan"), decimal(lot, "quantity"),
                    text(lot, "quantityUnit")));
        }
        List<EventInput> inputs = new ArrayList<>();
        for (JsonNode input : array(n, "inputs")) {
            inputs.add(new EventInput(text(input, "gtin"), text(input, "lotNumber"), text(input, "serial"),
                    text(input, "sscc"), text(input, "scan")));
        }
        List<EventDocument> documents = new ArrayList<>();
        for (JsonNode document : array(n, "documents")) {
            documents.add(new EventDocument(text(document, "type"), text(document, "number"), text(document, "uri")));
        }
        String time = text(n, "time");
        return new EventRecord(text(n, "eventId"), text(n, "stage"),
                time == null ? null : OffsetDateTime.parse(time, DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                text(n, "locationGln"), text(n, "locationExtension"), text(n, "destinationGln"),
                text(n, "destinationExtension"), lots, inputs, documents, text(n, "performer"), text(n, "description"),
                texts(n, "evidenceImageUrls"), texts(n, "instanceCodes"));
    }

    private static Iterable<JsonNode> array(JsonNode n, String field) {
        JsonNode array = n.get(field);
        return array == null ? List.of() : array;
    }

    private static String text(JsonNode n, String field) {
        JsonNode value = n.get(field);
        return value == null ? null : value.asText();
    }

    private static List<String> texts(JsonNode n, String field) {
        JsonNode array = n.get(field);
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(value -> values.add(value.asText()));
        }
        return values;
    }

    private static LocalDate date(JsonNode n, String field) {
        JsonNode value = n.get(field);
        return value == null ? null : LocalDate.parse(value.asText());
    }

    private static BigDecimal decimal(JsonNode n, String field) {
        JsonNode value = n.get(field);
        return value == null ? null : value.decimalValue();
    }
}
