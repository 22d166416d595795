package vn.txng.adapter.ingest.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.txng.adapter.identifier.Checked;
import vn.txng.adapter.identifier.ElementString;
import vn.txng.adapter.identifier.IdentifierNormalizer;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.model.ErrorDeclaration;
import vn.txng.adapter.model.EventDocument;
import vn.txng.adapter.model.EventInput;
import vn.txng.adapter.model.EventLot;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.LocationRecord;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;
import vn.txng.adapter.model.SourcedRecord;

/**
 * An EPCIS 2.0 event (JSON-LD shape) as the portal's records, by GS1 CBV 2.0's meanings (issue 21):
 * <ul>
 * <li><b>What</b>: every EPC and EPC class (URN or Digital Link on any host) is read as its GS1 element string and
 * checked like a scan. Lot-level codes ({@code (01)(10)}) of the event's objects ({@code epcList}/{@code quantityList};
 * an aggregation's or association's children; a transformation's outputs) are its lots, with {@code quantity} and
 * {@code uom} (none: a count of pieces, {@code H87}); a transformation's inputs of any level are its inputs; serials
 * and SSCCs otherwise stay out of the portal. An {@code ADD} event's ILMD {@code cbvmda:lotNumber} gives its
 * lot-less GTINs that lot.</li>
 * <li><b>Where</b>: {@code bizLocation}, else {@code readPoint}, as {@code (414)<GLN>[(254)<ext>]}; the destination of
 * type {@code location}, on shipping only.</li>
 * <li><b>When</b>: {@code eventTime} at {@code eventTimeZoneOffset}.</li>
 * <li><b>Why</b>: the stage by {@link EpcisProfile}; business transactions as documents.</li>
 * <li><b>Lots</b>: the ILMD of an {@code ADD} event or a transformation ({@code lotNumber}, {@code itemExpirationDate}
 * or else {@code bestBeforeDate}, {@code productionDate}) gives a {@link LotRecord} for each of its lots.</li>
 * <li><b>Key</b>: {@code eventID} when it is 1..200 printable ASCII, else the CBV 2.0 hash-based ID
 * ({@link EventHashId}; a longer or non-ASCII eventID is replaced by it, with a warning).</li>
 * </ul>
 * Not for the portal, counted in the report (not an error): no stage for the bizStep, no lot, no place, a shipment
 * without a destination. An {@code errorDeclaration} withdraws the event (its key) and gives no record. Sensor data,
 * certification info, persistent dispositions and extension fields are never carried to the portal (it has no field
 * for them) and never an error. Bad values (a time without offset, an unknown action, a quantity that is no number,
 * an EPC with a bad check digit) reject the event, each naming its field as a path ({@code epcList[2]}).
 */
public final class CbvEventMapper implements EpcisEventMapper {

    /** The JSON-LD prefixes every EPCIS 2.0 document may use without declaring them (the standard context's). */
    public static final Map<String, String> STANDARD_NAMESPACES = Map.of("cbvmda", "urn:epcglobal:cbv:mda:",
            "gs1", "https://gs1.org/voc/", "cbv", "https://ref.gs1.org/cbv/", "epcis", "https://ref.gs1.org/epcis/");
    /** UN/ECE Recommendation 20 "piece": the unit of a quantity given without {@code uom} (EPCIS: a count of instances). */
    static final String PIECES = "H87";
    private static final Set<String> EVENT_TYPES = Set.of("ObjectEvent", "AggregationEvent", "TransactionEvent",
            "TransformationEvent", "AssociationEvent");
    private static final Set<String> ACTIONS = Set.of("ADD", "OBSERVE", "DELETE");
    private static final Pattern EVENT_ID = Pattern.compile("[\\x20-\\x7E]{1,200}");
    private static final Pattern OFFSET = Pattern.compile("[+-]\\d{2}:\\d{2}");
    private static final List<String> MDA_PREFIXES = List.of("cbvmda:", "urn:epcglobal:cbv:mda:", "urn:epcglobal:cbv:mda#");

    private final EpcisCodes codes;
    private final EpcisProfile profile;
    private final Function<String, Optional<String>> locationKind;
    private final EventHashId standardHash;
    private final String shippingStage;
    private final String processingStage;
    private final String productionStage;

    /**
     * @param profile       the stage and document tables (the portal profile's, changed by settings)
     * @param locationKind  the location kind ({@code loaiDiaDiem}) of a place by its trace code {@code (414)...}, when
     *                      known; an arrival at a place of unknown kind takes {@link EpcisProfile#arrivalDefault()}
     * @param shippingStage   the stage that has a destination (the profile's {@code VAN_CHUYEN})
     * @param processingStage the stage that has inputs (the profile's {@code CHE_BIEN})
     * @param productionStage the stage whose place is its lots' production site (the profile's {@code SAN_XUAT})
     */
    public CbvEventMapper(IdentifierNormalizer identifiers, EpcisProfile profile, Function<String, Optional<String>> locationKind,
                          String shippingStage, String processingStage, String productionStage) {
        this.codes = new EpcisCodes(identifiers);
        this.profile = profile;
        this.locationKind = locationKind;
        this.standardHash = new EventHashId(codes, STANDARD_NAMESPACES);
        this.shippingStage = shippingStage;
        this.processingStage = processingStage;
        this.productionStage = productionStage;
    }

    @Override
    public List<SourcedRecord> map(ObjectNode event, SourcePosition position, FileReport report) {
        Found found = new Found(position);
        String type = text(event, "type");
        if (type == null || !EVENT_TYPES.contains(type)) {
            found.add("type", "EPCIS_UNKNOWN_EVENT_TYPE", "'" + type + "' is no EPCIS event type; expected one of "
                    + String.join(", ", EVENT_TYPES.stream().sorted().toList()));
            report.reject(found.problems);
            return List.of();
        }
        boolean transformation = "TransformationEvent".equals(type);
        OffsetDateTime time = time(event, found);
        String action = text(event, "action");
        if (!transformation && (action == null || !ACTIONS.contains(action))) {
            found.add("action", "EPCIS_BAD_ACTION", "'" + action + "' is no EPCIS action; expected ADD, OBSERVE or DELETE");
        }
        What what = new What();
        if (transformation) {
            what.instances(event, "outputEPCList", found);
            what.classes(event, "outputQuantityList", found);
            what.inputs(event, "inputEPCList", "inputQuantityList", found);
        } else if ("AggregationEvent".equals(type) || "AssociationEvent".equals(type)) {
            what.instances(event, "childEPCs", found);
            what.classes(event, "childQuantityList", found);
        } else {
            what.instances(event, "epcList", found);
            what.classes(event, "quantityList", found);
        }
        String[] place = place(event, found);
        String[] destination = destination(event, found);
        boolean describesLots = transformation || "ADD".equals(action);
        Ilmd ilmd = describesLots ? ilmd(event.get("ilmd"), found) : null;
        if (!found.problems.isEmpty()) {
            report.reject(found.problems);
            return List.of();
        }
        String key = key(event, position, report);
        if (event.hasNonNull("errorDeclaration")) {
            report.withdraw(key, declaration(event.get("errorDeclaration")), new Rejection("EPCIS_WITHDRAWN", position, "errorDeclaration", "withdraws event " + key
                    + " (declared erroneous" + reason(event.get("errorDeclaration")) + "); its corrective events come as events of their own"));
            return List.of();
        }
        if (ilmd != null && ilmd.lot != null) {
            what.lotLessGtins.forEach((gtin, quantity) -> what.addLot(gtin, ilmd.lot, quantity));
        }
        List<SourcedRecord> records = new ArrayList<>();
        String stage = stage(event, transformation, place, position, report);
        if (ilmd != null) {
            String site = productionStage.equals(stage) && place != null ? place[0] : null;
            for (EventLot lot : what.lots.values()) {
                records.add(new SourcedRecord(new LotRecord(lot.gtin(), lot.lotNumber(), null, ilmd.production, ilmd.expiry,
                        lot.quantity(), lot.quantityUnit(), site), position));
            }
        }
        String notForPortal = stage == null ? null : why(what, place, destination, stage);
        if (notForPortal != null) {
            report.notForPortal(new Rejection("EPCIS_NOT_FOR_PORTAL", position, null, "not for the portal: " + notForPortal));
        }
        if (stage != null && notForPortal == null) {
            boolean shipping = shippingStage.equals(stage);
            records.add(new SourcedRecord(new EventRecord(key, stage, time, place[0], place[1],
                    shipping ? destination[0] : null, shipping ? destination[1] : null, List.copyOf(what.lots.values()),
                    processingStage.equals(stage) ? what.inputs : List.of(), documents(event, position, report),
                    null, null, List.of(), what.instanceCodes), position));
        }
        return records;
    }

    /** Why an event with a stage still cannot go to the portal, or null when it can. */
    private String why(What what, String[] place, String[] destination, String stage) {
        if (what.lots.isEmpty()) {
            return "no lot (no lot-level code: (01) with (10), an lgtin class, or a Digital Link with /10/)";
        }
        if (place == null) {
            return "no place (neither bizLocation nor readPoint)";
        }
        if (shippingStage.equals(stage) && destination == null) {
            return "a " + stage + " event needs a destination of type location (destinationList)";
        }
        return null;
    }

    /** The event's stage, or null (reported) when its bizStep has none. */
    private String stage(ObjectNode event, boolean transformation, String[] place, SourcePosition position, FileReport report) {
        if (transformation) {
            return profile.transformationStage();
        }
        String bizStep = text(event, "bizStep");
        Optional<String> stage = profile.stage(bizStep);
        if (stage.isEmpty()) {
            report.notForPortal(new Rejection("EPCIS_NOT_FOR_PORTAL", position, "bizStep",
                    "not for the portal: bizStep " + (bizStep == null ? "(none)" : bizStep) + " has no stage"));
            return null;
        }
        if (!EpcisProfile.BY_LOCATION_KIND.equals(stage.get())) {
            return stage.get();
        }
        Optional<String> kind = place == null ? Optional.empty() : locationKind.apply(LocationRecord.traceCode(place[0], place[1]));
        // a place no location describes yet (a file read later, in the same drop or after) gives the stage when the
        // event is sent: the event waits for its place, so the place's kind is known by then
        return kind.isEmpty() ? EventRecord.STAGE_BY_PLACE_KIND : profile.arrivalStage(kind);
    }

    /** {@code eventTime} at {@code eventTimeZoneOffset}; both need an offset. */
    private static OffsetDateTime time(ObjectNode event, Found found) {
        String offsetText = text(event, "eventTimeZoneOffset");
        ZoneOffset offset = null;
        if (offsetText == null) {
            found.add("eventTimeZoneOffset", "EPCIS_BAD_TIME", "eventTimeZoneOffset is missing; EPCIS requires it (+hh:mm or -hh:mm)");
        } else if (!OFFSET.matcher(offsetText).matches()) {
            found.add("eventTimeZoneOffset", "EPCIS_BAD_TIME", "'" + offsetText + "' is no time zone offset; expected +hh:mm or -hh:mm");
        } else {
            try {
                offset = ZoneOffset.of(offsetText);
            } catch (DateTimeException e) {
                found.add("eventTimeZoneOffset", "EPCIS_BAD_TIME", "'" + offsetText + "' is no time zone offset: " + e.getMessage());
            }
        }
        String timeText = text(event, "eventTime");
        OffsetDateTime time = null;
        try {
            time = OffsetDateTime.parse(timeText == null ? "" : timeText);
        } catch (DateTimeException e) {
            found.add("eventTime", "EPCIS_BAD_TIME", "'" + timeText + "' is no date-time with an offset (Z or +hh:mm), as EPCIS requires");
        }
        return time == null || offset == null ? null : time.withOffsetSameInstant(offset);
    }

    /** {@code bizLocation}, else {@code readPoint}: GLN and extension, or null when the event has neither. */
    private String[] place(ObjectNode event, Found found) {
        for (String field : List.of("bizLocation", "readPoint")) {
            JsonNode node = event.get(field);
            if (node != null && node.hasNonNull("id")) {
                return gln(node.get("id").asText(), field + ".id", found);
            }
        }
        return null;
    }

    /** The destination of type {@code location} (owning and possessing parties are no places), or null. */
    private String[] destination(ObjectNode event, Found found) {
        JsonNode list = event.get("destinationList");
        if (list == null || !list.isArray()) {
            return null;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String type = text(entry, "type");
            if (type != null && EventHashId.vocabulary(type, "SDT-").equals(EventHashId.CBV_URI + "SDT-location")
                    && entry.hasNonNull("destination")) {
                return gln(entry.get("destination").asText(), "destinationList[" + i + "].destination", found);
            }
        }
        return null;
    }

    private String[] gln(String value, String field, Found found) {
        Checked<ElementString> read = codes.read(value);
        if (!read.valid()) {
            found.identifier(field, value, read);
            return null;
        }
        String gln = read.value().get("414");
        if (gln == null) {
            found.add(field, "EPCIS_NOT_A_LOCATION", "'" + value + "' names no location: expected an SGLN (urn:epc:id:sgln:) or a Digital Link with /414/");
            return null;
        }
        return new String[] {gln, read.value().get("254")};
    }

    /** {@code eventID} when the portal takes it as {@code maSuKien}, else the CBV 2.0 hash-based ID. */
    private String key(ObjectNode event, SourcePosition position, FileReport report) {
        String eventId = text(event, "eventID");
        if (eventId != null && EVENT_ID.matcher(eventId).matches()) {
            return eventId;
        }
        String hash = hash(event).of(event);
        if (eventId != null) {
            report.warn(new Rejection("EPCIS_EVENT_ID_REPLACED", position, "eventID", "the eventID is not 1 to 200 printable ASCII"
                    + " characters (the portal's maSuKien); the event goes by its CBV 2.0 hash-based ID " + hash).toString());
        }
        return hash;
    }

    /** The hash with the namespaces the event's own {@code @context} declares, over the standard ones. */
    private EventHashId hash(ObjectNode event) {
        JsonNode context = event.get("@context");
        if (context == null) {
            return standardHash;
        }
        Map<String, String> namespaces = new HashMap<>(STANDARD_NAMESPACES);
        for (JsonNode entry : context.isArray() ? context : List.of(context)) {
            entry.fields().forEachRemaining(field -> {
                if (field.getValue().isTextual()) {
                    namespaces.put(field.getKey(), field.getValue().asText());
                }
            });
        }
        return new EventHashId(codes, namespaces);
    }

    /** A URI's scheme and its colon (RFC 3986 section 3.1). */
    private static final Pattern URI_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

    private List<EventDocument> documents(ObjectNode event, SourcePosition position, FileReport report) {
        JsonNode list = event.get("bizTransactionList");
        if (list == null || !list.isArray()) {
            return List.of();
        }
        List<EventDocument> documents = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String number = documentNumber(text(list.get(i), "bizTransaction"));
            if (number == null || number.isEmpty() || number.length() > 100) {
                report.warn(new Rejection("EPCIS_DOCUMENT_LEFT_OUT", position, "bizTransactionList[" + i + "].bizTransaction",
                        "a document number of 1 to 100 characters is what the portal takes; this one is left out").toString());
                continue;
            }
            String identifier = text(list.get(i), "bizTransaction");
            // kept as given when it is a URI (EPCIS requires one), so the EPCIS written from the event names it the same
            documents.add(new EventDocument(profile.documentType(text(list.get(i), "type")), number,
                    URI_SCHEME.matcher(identifier).lookingAt() ? identifier : null));
        }
        return documents;
    }

    /** CBV's {@code urn:epcglobal:cbv:bt:<GLN>:<number>} gives its number; any other identifier is kept whole. */
    private static String documentNumber(String bizTransaction) {
        if (bizTransaction != null && bizTransaction.startsWith("urn:epcglobal:cbv:bt:")) {
            return bizTransaction.substring(bizTransaction.lastIndexOf(':') + 1);
        }
        return bizTransaction;
    }

    /** The declaration as EPCIS gives it; a time that is no date-time with an offset is left out (the outbox dates it by its reading). */
    private static ErrorDeclaration declaration(JsonNode declaration) {
        if (!declaration.isObject()) {
            return null;
        }
        OffsetDateTime time;
        try {
            String text = text(declaration, "declarationTime");
            time = text == null ? null : OffsetDateTime.parse(text);
        } catch (DateTimeException e) {
            time = null;
        }
        List<String> corrective = new ArrayList<>();
        JsonNode ids = declaration.get("correctiveEventIDs");
        if (ids != null && ids.isArray()) {
            ids.forEach(id -> corrective.add(id.asText()));
        }
        return new ErrorDeclaration(time, text(declaration, "reason"), corrective);
    }

    private static String reason(JsonNode declaration) {
        String reason = declaration.isObject() ? text(declaration, "reason") : null;
        return reason == null ? "" : ", reason " + reason;
    }

    /** ILMD's lot number and dates; a date that is none is a problem naming the field. */
    private static Ilmd ilmd(JsonNode ilmd, Found found) {
        if (ilmd == null || !ilmd.isObject()) {
            return null;
        }
        LocalDate expiry = date(ilmd, "itemExpirationDate", found);
        LocalDate bestBefore = date(ilmd, "bestBeforeDate", found);
        return new Ilmd(mda(ilmd, "lotNumber").map(JsonNode::asText).map(String::strip).orElse(null),
                date(ilmd, "productionDate", found), expiry != null ? expiry : bestBefore);
    }

    private static LocalDate date(JsonNode ilmd, String name, Found found) {
        Optional<JsonNode> value = mda(ilmd, name);
        if (value.isEmpty()) {
            return null;
        }
        String text = value.get().asText().strip();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text); // a dateTime's day
        } catch (DateTimeException e) {
            found.add("ilmd.cbvmda:" + name, "EPCIS_BAD_DATE", "'" + text + "' is no date (yyyy-mm-dd)");
            return null;
        }
    }

    /** A CBV master data attribute, whichever way its name is written. */
    private static Optional<JsonNode> mda(JsonNode ilmd, String name) {
        for (String prefix : MDA_PREFIXES) {
            JsonNode value = ilmd.get(prefix + name);
            if (value != null && !value.isNull() && !value.isContainerNode()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText().strip();
    }

    private record Ilmd(String lot, LocalDate production, LocalDate expiry) {
    }

    /** What the event is about, as the portal sees it: lots by key, inputs, and GTINs that an ILMD lot number completes. */
    private final class What {
        final Map<String, EventLot> lots = new LinkedHashMap<>();
        final List<EventInput> inputs = new ArrayList<>();
        /** Serial-level and SSCC codes, as element strings: not for the portal, kept for the EPCIS written from the event. */
        final List<String> instanceCodes = new ArrayList<>();
        final Map<String, BigDecimal[]> lotLessGtins = new LinkedHashMap<>();
        private final Map<String, String> lotLessUnits = new HashMap<>();

        void instances(ObjectNode event, String list, Found found) {
            JsonNode epcs = event.get(list);
            if (epcs == null || !epcs.isArray()) {
                return;
            }
            for (int i = 0; i < epcs.size(); i++) {
                ElementString code = found.code(codes, epcs.get(i).asText(), list + "[" + i + "]");
                if (code == null) {
                    continue;
                }
                if (code.gtin() != null && code.lot() != null && code.get("21") == null) {
                    addLot(code.gtin(), code.lot(), null, null);
                } else if (code.gtin() != null) {
                    lotLessGtins.putIfAbsent(code.gtin(), null);
                }
                if (code.get("00") != null) {
                    instanceCodes.add("(00)" + code.get("00"));
                } else if (code.gtin() != null && code.get("21") != null) {
                    instanceCodes.add("(01)" + code.gtin() + "(21)" + code.get("21"));
                }
            }
        }

        void classes(ObjectNode event, String list, Found found) {
            JsonNode elements = event.get(list);
            if (elements == null || !elements.isArray()) {
                return;
            }
            for (int i = 0; i < elements.size(); i++) {
                JsonNode element = elements.get(i);
                String path = list + "[" + i + "]";
                BigDecimal quantity = quantity(element.get("quantity"), path + ".quantity", found);
                ElementString code = found.code(codes, text(element, "epcClass"), path + ".epcClass");
                if (code == null || code.gtin() == null) {
                    continue;
                }
                String unit = quantity == null ? null : Optional.ofNullable(text(element, "uom")).orElse(PIECES);
                if (code.lot() != null && code.get("21") == null) {
                    addLot(code.gtin(), code.lot(), quantity, unit);
                } else {
                    lotLessGtins.put(code.gtin(), quantity == null ? null : new BigDecimal[] {quantity});
                    lotLessUnits.put(code.gtin(), unit);
                }
            }
        }

        void inputs(ObjectNode event, String epcList, String quantityList, Found found) {
            JsonNode epcs = event.get(epcList);
            for (int i = 0; epcs != null && epcs.isArray() && i < epcs.size(); i++) {
                input(found.code(codes, epcs.get(i).asText(), epcList + "[" + i + "]"));
            }
            JsonNode elements = event.get(quantityList);
            for (int i = 0; elements != null && elements.isArray() && i < elements.size(); i++) {
                quantity(elements.get(i).get("quantity"), quantityList + "[" + i + "].quantity", found);
                input(found.code(codes, text(elements.get(i), "epcClass"), quantityList + "[" + i + "].epcClass"));
            }
        }

        private void input(ElementString code) {
            if (code == null) {
                return;
            }
            if (code.get("00") != null) {
                inputs.add(new EventInput(null, null, null, code.get("00"), null));
            } else if (code.gtin() != null && code.get("21") != null) {
                inputs.add(new EventInput(code.gtin(), null, code.get("21"), null, null));
            } else if (code.gtin() != null && code.lot() != null) {
                inputs.add(new EventInput(code.gtin(), code.lot(), null, null, null));
            } // a class without lot names no trace code: the portal's dauVao has nothing for it
        }

        void addLot(String gtin, String lot, BigDecimal[] quantity) {
            addLot(gtin, lot, quantity == null ? null : quantity[0], quantity == null ? null : lotLessUnits.get(gtin));
        }

        /** One entry per lot: the quantities of the same lot in the same unit add up. */
        void addLot(String gtin, String lot, BigDecimal quantity, String unit) {
            String lotKey = gtin + "/" + lot;
            EventLot known = lots.get(lotKey);
            if (known != null && known.quantity() != null && quantity != null && unit.equals(known.quantityUnit())) {
                lots.put(lotKey, new EventLot(gtin, lot, null, known.quantity().add(quantity), unit));
            } else if (known == null || known.quantity() == null) {
                lots.put(lotKey, new EventLot(gtin, lot, null, quantity, unit));
            }
        }

        private BigDecimal quantity(JsonNode value, String path, Found found) {
            if (value == null || value.isNull()) {
                return null;
            }
            try {
                if (value.isNumber() || value.isTextual()) {
                    return value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText().strip());
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            found.add(path, "EPCIS_BAD_QUANTITY", "'" + value.asText() + "' is not a number");
            return null;
        }
    }

    /** The problems of one event, each at the event's position, naming its field by path. */
    private static final class Found {
        final List<Rejection> problems = new ArrayList<>();
        private final SourcePosition position;

        Found(SourcePosition position) {
            this.position = position;
        }

        void add(String field, String code, String message) {
            problems.add(new Rejection(code, position, field, message));
        }

        ElementString code(EpcisCodes codes, String value, String field) {
            if (value == null) {
                add(field, "REQUIRED", "the EPC is missing");
                return null;
            }
            Checked<ElementString> read = codes.read(value);
            if (!read.valid()) {
                identifier(field, value, read);
                return null;
            }
            return read.value();
        }

        void identifier(String field, String value, Checked<?> read) {
            read.errors().forEach(e -> add(field, e.code(), "'" + value + "': " + e.message()));
        }
    }
}
