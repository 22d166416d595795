package vn.txng.adapter.ingest.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CBV 2.0 hash-based event ID of an EPCIS event (GS1 CBV 2.0, section 8.9 "Hashing algorithm for event IDs"):
 * the pre-hash string of the event's fields in the canonical order, values normalised (times in UTC with
 * milliseconds, EPC URNs and Digital Links as constrained canonical Digital Links, CBV values as
 * {@code https://ref.gs1.org/cbv/} URIs, numbers without trailing zeros, list entries sorted), then SHA-256, as
 * {@code ni:///sha-256;<hex>?ver=CBV2.0}. The same event read from JSON-LD or XML, from any system, gets the same ID.
 * Where GS1's published examples and the standard's table differ (destinations before sources), the examples are followed.
 * JSON-LD terms of extensions and ILMD are expanded with {@code namespaces} (prefix to namespace URI: the document's
 * {@code @context}); a prefix it lacks is kept as written.
 */
final class EventHashId {

    static final String CBV_URI = "https://ref.gs1.org/cbv/";
    private static final List<String> EPC_LISTS_BEFORE_QUANTITIES = List.of("epcList", "inputEPCList", "childEPCs");
    private static final List<String> QUANTITY_LISTS = List.of("quantityList", "childQuantityList", "inputQuantityList");
    private static final List<String> METADATA_FIELDS = List.of("time", "startTime", "endTime", "deviceID", "deviceMetadata",
            "rawData", "dataProcessingMethod", "bizRules");
    private static final List<String> REPORT_FIELDS = List.of("type", "exception", "deviceID", "deviceMetadata", "rawData",
            "dataProcessingMethod", "time", "microorganism", "chemicalSubstance", "value", "component", "stringValue",
            "booleanValue", "hexBinaryValue", "uriValue", "minValue", "maxValue", "meanValue", "sDev", "percRank",
            "percValue", "uom", "coordinateReferenceSystem");
    private static final Set<String> TIME_FIELDS = Set.of("time", "startTime", "endTime");
    /** Every field of an event the algorithm names or leaves out on purpose: the others are user extensions. */
    private static final Set<String> STANDARD_FIELDS = Set.of("@context", "type", "eventID", "eventTime", "eventTimeZoneOffset",
            "recordTime", "certificationInfo", "errorDeclaration", "epcList", "parentID", "inputEPCList", "childEPCs",
            "quantityList", "childQuantityList", "inputQuantityList", "outputEPCList", "outputQuantityList", "action",
            "transformationID", "bizStep", "disposition", "persistentDisposition", "readPoint", "bizLocation",
            "bizTransactionList", "sourceList", "destinationList", "sensorElementList", "ilmd");
    private static final DateTimeFormatter MILLIS_UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'");

    private final EpcisCodes codes;
    private final Map<String, String> namespaces;

    EventHashId(EpcisCodes codes, Map<String, String> namespaces) {
        this.codes = codes;
        this.namespaces = Map.copyOf(namespaces);
    }

    /** {@code ni:///sha-256;<64 hex digits>?ver=CBV2.0} of the event's pre-hash string. */
    String of(ObjectNode event) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(preHash(event).getBytes(StandardCharsets.UTF_8));
            return "ni:///sha-256;" + HexFormat.of().formatHex(digest) + "?ver=CBV2.0";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * The pre-hash string.
     *
     * @throws java.time.format.DateTimeParseException when {@code eventTime} is no date-time with an offset
     */
    String preHash(ObjectNode event) {
        StringBuilder out = new StringBuilder(512);
        value(out, "eventType", text(event, "type"));
        JsonNode time = event.get("eventTime");
        if (time != null && time.isTextual()) {
            out.append("eventTime=").append(timestamp(time.asText()));
        }
        value(out, "eventTimeZoneOffset", text(event, "eventTimeZoneOffset"));
        value(out, "certificationInfo", text(event, "certificationInfo"));
        String parent = text(event, "parentID");
        value(out, "parentID", parent == null ? null : codes.canonicalDigitalLink(parent));
        EPC_LISTS_BEFORE_QUANTITIES.forEach(list -> epcs(out, event, list));
        QUANTITY_LISTS.forEach(list -> quantities(out, event, list));
        epcs(out, event, "outputEPCList");
        quantities(out, event, "outputQuantityList");
        value(out, "action", text(event, "action"));
        String transformation = text(event, "transformationID");
        value(out, "transformationID", transformation == null ? null : codes.canonicalDigitalLink(transformation));
        value(out, "bizStep", vocabulary(text(event, "bizStep"), "BizStep-"));
        value(out, "disposition", vocabulary(text(event, "disposition"), "Disp-"));
        persistentDisposition(out, event.get("persistentDisposition"));
        place(out, event, "readPoint");
        place(out, event, "bizLocation");
        typedList(out, event, "bizTransactionList", "bizTransaction", "BTT-");
        typedList(out, event, "destinationList", "destination", "SDT-");
        typedList(out, event, "sourceList", "source", "SDT-");
        sensors(out, event.get("sensorElementList"));
        JsonNode ilmd = event.get("ilmd");
        if (ilmd != null && ilmd.isObject()) {
            out.append("ilmd");
            extensions(out, ilmd, Set.of());
        }
        extensions(out, event, STANDARD_FIELDS);
        return out.toString();
    }

    private void epcs(StringBuilder out, ObjectNode event, String list) {
        JsonNode epcs = event.get(list);
        if (epcs == null || !epcs.isArray() || epcs.isEmpty()) {
            return;
        }
        List<String> entries = new ArrayList<>();
        epcs.forEach(epc -> entries.add("epc=" + codes.canonicalDigitalLink(epc.asText())));
        out.append(list);
        sorted(out, entries);
    }

    private void quantities(StringBuilder out, ObjectNode event, String list) {
        JsonNode elements = event.get(list);
        if (elements == null || !elements.isArray() || elements.isEmpty()) {
            return;
        }
        List<String> entries = new ArrayList<>();
        for (JsonNode element : elements) {
            StringBuilder entry = new StringBuilder("quantityElement");
            String epcClass = text(element, "epcClass");
            value(entry, "epcClass", epcClass == null ? null : codes.canonicalDigitalLink(epcClass));
            value(entry, "quantity", number(element.get("quantity")));
            value(entry, "uom", text(element, "uom"));
            entries.add(entry.toString());
        }
        out.append(list);
        sorted(out, entries);
    }

    private static void persistentDisposition(StringBuilder out, JsonNode disposition) {
        if (disposition == null || !disposition.isObject()) {
            return;
        }
        out.append("persistentDisposition");
        for (String change : List.of("set", "unset")) {
            List<String> entries = new ArrayList<>();
            JsonNode values = disposition.get(change);
            if (values != null) {
                (values.isArray() ? values : List.of(values)).forEach(v -> entries.add(change + "=" + vocabulary(v.asText(), "Disp-")));
            }
            sorted(out, entries);
        }
    }

    private void place(StringBuilder out, ObjectNode event, String field) {
        JsonNode place = event.get(field);
        if (place == null || !place.isObject()) {
            return;
        }
        out.append(field);
        String id = text(place, "id");
        value(out, "id", id == null ? null : codes.canonicalDigitalLink(id));
        extensions(out, place, Set.of("id"));
    }

    private void typedList(StringBuilder out, ObjectNode event, String list, String field, String vocabulary) {
        JsonNode elements = event.get(list);
        if (elements == null || !elements.isArray() || elements.isEmpty()) {
            return;
        }
        List<String> entries = new ArrayList<>();
        for (JsonNode element : elements) {
            StringBuilder entry = new StringBuilder();
            value(entry, "type", vocabulary(text(element, "type"), vocabulary));
            String id = text(element, field);
            value(entry, field, id == null ? null : codes.canonicalDigitalLink(id));
            entries.add(entry.toString());
        }
        out.append(list);
        sorted(out, entries);
    }

    private void sensors(StringBuilder out, JsonNode sensorElements) {
        if (sensorElements == null || !sensorElements.isArray() || sensorElements.isEmpty()) {
            return;
        }
        List<String> elements = new ArrayList<>();
        for (JsonNode element : sensorElements) {
            StringBuilder entry = new StringBuilder("sensorElement");
            JsonNode metadata = element.get("sensorMetadata");
            if (metadata != null && metadata.isObject()) {
                entry.append("sensorMetadata");
                sensorFields(entry, metadata, METADATA_FIELDS);
            }
            JsonNode reports = element.get("sensorReport");
            if (reports != null) {
                List<String> texts = new ArrayList<>();
                for (JsonNode report : reports.isArray() ? reports : List.of(reports)) {
                    StringBuilder text = new StringBuilder("sensorReport");
                    sensorFields(text, report, REPORT_FIELDS);
                    texts.add(text.toString());
                }
                sorted(entry, texts);
            }
            extensions(entry, element, Set.of("sensorMetadata", "sensorReport"));
            elements.add(entry.toString());
        }
        out.append("sensorElementList");
        sorted(out, elements);
    }

    private void sensorFields(StringBuilder out, JsonNode node, List<String> order) {
        for (String field : order) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            String text;
            if (value.isNumber()) {
                text = number(value);
            } else if (TIME_FIELDS.contains(field)) {
                text = timestamp(value.asText());
            } else if ("type".equals(field) && value.asText().indexOf(':') < 0) {
                text = "https://gs1.org/voc/" + value.asText().strip(); // a bare sensor type is a GS1 Web vocabulary term
            } else {
                text = expanded(codes.canonicalDigitalLink(value.asText()));
            }
            value(out, field, text);
        }
        extensions(out, node, Set.copyOf(order));
    }

    /** User extensions (and ILMD): {@code {namespace}local=value}, nested children after their parent, all sorted. */
    private void extensions(StringBuilder out, JsonNode node, Set<String> skipped) {
        List<String> entries = new ArrayList<>();
        node.fields().forEachRemaining(field -> {
            if (!skipped.contains(field.getKey()) && field.getKey().indexOf(':') > 0) {
                entries.addAll(extension(field.getKey(), field.getValue()));
            }
        });
        sorted(out, entries);
    }

    private List<String> extension(String key, JsonNode value) {
        String name = qualifiedName(key);
        List<String> entries = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> entries.addAll(extension(key, item)));
        } else if (value.isObject()) {
            StringBuilder entry = new StringBuilder(name);
            extensions(entry, value, Set.of());
            entries.add(entry.toString());
        } else if (value.isNumber()) {
            entries.add(name + "=" + number(value));
        } else if (!value.isNull()) {
            entries.add(name + "=" + value.asText().strip());
        }
        return entries;
    }

    /** {@code example:myField} -> {@code {https://ns.example.com/epcis/}myField}; a prefix without namespace stays. */
    private String qualifiedName(String key) {
        int colon = key.indexOf(':');
        String namespace = namespaces.get(key.substring(0, colon));
        return namespace == null ? key : "{" + namespace + "}" + key.substring(colon + 1);
    }

    /** A compact IRI with a known prefix, expanded ({@code gs1:Temperature} -> {@code https://gs1.org/voc/Temperature}). */
    private String expanded(String value) {
        int colon = value.indexOf(':');
        if (colon > 0 && !value.startsWith("http")) {
            String namespace = namespaces.get(value.substring(0, colon));
            if (namespace != null) {
                return namespace + value.substring(colon + 1);
            }
        }
        return value;
    }

    /**
     * A CBV value as its Web URI: a bare {@code shipping}, {@code urn:epcglobal:cbv:bizstep:shipping} and
     * {@code cbv:BizStep-shipping} all become {@code https://ref.gs1.org/cbv/BizStep-shipping}; other URIs stay.
     */
    static String vocabulary(String value, String termPrefix) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        String urnPrefix = switch (termPrefix) {
            case "BizStep-" -> "urn:epcglobal:cbv:bizstep:";
            case "Disp-" -> "urn:epcglobal:cbv:disp:";
            case "BTT-" -> "urn:epcglobal:cbv:btt:";
            case "SDT-" -> "urn:epcglobal:cbv:sdt:";
            default -> throw new IllegalArgumentException(termPrefix);
        };
        if (text.startsWith(urnPrefix)) {
            return CBV_URI + termPrefix + text.substring(urnPrefix.length());
        }
        if (text.startsWith("cbv:")) {
            return CBV_URI + text.substring(4);
        }
        return text.indexOf(':') < 0 ? CBV_URI + termPrefix + text : text;
    }

    /** UTC, milliseconds, 'Z'; a fourth decimal of 5 to 9 rounds the third up. */
    static String timestamp(String value) {
        OffsetDateTime time = OffsetDateTime.parse(value.strip()).withOffsetSameInstant(ZoneOffset.UTC);
        boolean roundUp = time.getNano() / 100_000 % 10 >= 5;
        time = time.truncatedTo(ChronoUnit.MILLIS);
        return (roundUp ? time.plus(1, ChronoUnit.MILLIS) : time).format(MILLIS_UTC);
    }

    private static String number(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            BigDecimal number = value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText().strip());
            return number.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return value.asText().strip();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText().strip();
    }

    private static void value(StringBuilder out, String key, String value) {
        if (value != null && !value.isEmpty()) {
            out.append(key).append('=').append(value);
        }
    }

    private static void sorted(StringBuilder out, List<String> entries) {
        entries.sort(null); // String order: UTF-16 code units, which is code point order for the BMP these values use
        entries.forEach(out::append);
    }
}
