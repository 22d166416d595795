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
import java.util.ArrayList;
import java.util.List;
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
            // the portal's sandbox serves locations and events; the outbox stages neither yet (issue 19)
            case LOCATION, EVENT -> throw new OutboxException("the outbox holds no " + kind + " records");
        };
    }

    static byte[] toUtf8(TraceRecord record) {
        ByteArrayBuilder out = new ByteArrayBuilder(512);
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            // pattern switch over the sealed interface needs Java 21; the project targets 17
            if (record instanceof ProductRecord product) {
                writeProduct(json, product);
            } else {
                writeLot(json, (LotRecord) record);
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
