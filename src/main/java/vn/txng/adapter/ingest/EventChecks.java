package vn.txng.adapter.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import vn.txng.adapter.identifier.ElementString;
import vn.txng.adapter.identifier.Gs1Key;
import vn.txng.adapter.identifier.IdentifierNormalizer;
import vn.txng.adapter.model.EventDocument;
import vn.txng.adapter.model.EventInput;
import vn.txng.adapter.model.EventLot;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;

/**
 * The portal's traceability event rules (profile txng-v5, ToChuc_SuKien, PORTAL-API.md section 5), checked before
 * staging: the key 1..200 printable ASCII characters; a stage of the profile's list; a time with its offset, not before
 * 2000-01-01 nor more than one hour ahead; GLNs with their check digits and AI 254 extensions; 1..1000 lots, none
 * twice, each by GTIN and lot number or a scan, a quantity >= 0 with its unit; a destination on shipping only, and
 * required there; inputs on processing only; documents of the profile's types with numbers of 1..100 characters;
 * performer up to 200 and description up to 2000 characters; at most 20 evidence images (http(s) JPG or PNG).
 * Field names are the XML message's, lots, inputs and documents numbered from 1 ({@code Lot[3]/Gtin}).
 */
final class EventChecks {

    static final int MAX_LOTS = 1000;
    static final int MAX_DOCUMENT_NUMBER = 100;
    static final int MAX_PERFORMER = 200;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_EVIDENCE_IMAGES = 20;
    static final Duration MAX_AHEAD = Duration.ofHours(1);
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final Pattern EVENT_ID = Pattern.compile("[\\x20-\\x7E]{1,200}");

    private final IdentifierNormalizer identifiers;
    private final ProfileCodes codes;
    private final Clock clock;

    EventChecks(IdentifierNormalizer identifiers, ProfileCodes codes, Clock clock) {
        this.identifiers = identifiers;
        this.codes = codes;
        this.clock = clock;
    }

    /** The event with normalised identifiers (GTIN-14s, scans read), or null when {@code problems} got entries. */
    EventRecord check(EventRecord e, SourcePosition position, List<Rejection> problems, Consumer<String> warnings) {
        FieldProblems found = new FieldProblems(position, problems, warnings);
        if (found.required("EventId", e.eventId(), "the event's own key (it becomes maSuKien)") && !EVENT_ID.matcher(e.eventId()).matches()) {
            found.add("BAD_EVENT_ID", "EventId", "'" + FieldProblems.printable(e.eventId())
                    + "' must be 1 to 200 printable ASCII characters (no accents, no control characters)");
        }
        String stage = stage(e.stage(), found);
        time(e.time(), found);
        String locationGln = found.required("LocationGln", e.locationGln(), "the GLN of where the event happened")
                ? found.identifier("LocationGln", e.locationGln(), identifiers.gln(e.locationGln())) : null;
        String locationExtension = extension("LocationExtension", e.locationExtension(), found);
        String destinationGln = destination(e, stage, found);
        String destinationExtension = extension("DestinationExtension", e.destinationExtension(), found);
        List<EventLot> lots = lots(e.lots(), found);
        List<EventInput> inputs = inputs(e.inputs(), stage, found);
        documents(e.documents(), found);
        found.atMost("Performer", e.performer(), MAX_PERFORMER);
        found.atMost("Description", e.description(), MAX_DESCRIPTION);
        evidence(e.evidenceImageUrls(), found);
        if (!found.none()) {
            return null;
        }
        return new EventRecord(e.eventId(), e.stage(), e.time(), locationGln, locationExtension, destinationGln,
                destinationExtension, lots, inputs, e.documents(), e.performer(), e.description(), e.evidenceImageUrls());
    }

    /** The stage, or null when it is missing or unknown (reported). */
    private String stage(String stage, FieldProblems found) {
        if (!found.required("Stage", stage, "the stage, one of " + String.join(", ", codes.stages()))) {
            return null;
        }
        if (!codes.stages().contains(stage) && !EventRecord.STAGE_BY_PLACE_KIND.equals(stage)) {
            found.add("UNKNOWN_STAGE", "Stage", "'" + stage + "' is not a stage of the portal; use one of " + String.join(", ", codes.stages()));
            return null;
        }
        return stage;
    }

    private void time(OffsetDateTime time, FieldProblems found) {
        if (!found.required("Time", time, "when the event happened, an ISO 8601 date-time with its offset (2026-11-21T08:30:00+07:00)")) {
            return;
        }
        if (time.toInstant().isAfter(clock.instant().plus(MAX_AHEAD))) {
            found.add("TIME_IN_FUTURE", "Time", time + " is more than one hour ahead of now; the portal takes events that happened");
        } else if (time.toLocalDate().isBefore(EARLIEST)) {
            found.add("TIME_TOO_EARLY", "Time", time + " is before " + EARLIEST + "; the portal takes no earlier event");
        }
    }

    private String extension(String field, String extension, FieldProblems found) {
        return extension == null ? null : found.identifier(field, extension, identifiers.glnExtension(extension));
    }

    /** The destination's GLN: required on shipping, refused on any other stage. */
    private String destination(EventRecord e, String stage, FieldProblems found) {
        boolean shipping = codes.shippingStage() != null && codes.shippingStage().equals(stage);
        if (shipping && !found.required("DestinationGln", e.destinationGln(), "the destination's GLN on a " + stage + " event")) {
            return null;
        }
        if (e.destinationGln() == null) {
            return null;
        }
        if (stage != null && !shipping) {
            found.add("DESTINATION_NOT_SHIPPING", "DestinationGln", "a destination belongs to a " + codes.shippingStage()
                    + " (shipping) event only, not to " + stage + "; leave DestinationGln out or correct the stage");
            return null;
        }
        return found.identifier("DestinationGln", e.destinationGln(), identifiers.gln(e.destinationGln()));
    }

    private List<EventLot> lots(List<EventLot> lots, FieldProblems found) {
        if (lots.isEmpty()) {
            found.add("NO_LOT", "Lot", "the event names no lot; give 1 to " + MAX_LOTS + " Lot elements (the lots it is about)");
            return List.of();
        }
        if (lots.size() > MAX_LOTS) {
            found.add("TOO_MANY_LOTS", "Lot", "the event names " + lots.size() + " lots; the portal takes at most " + MAX_LOTS
                    + " per event: split it into several events");
            return List.of();
        }
        List<EventLot> normal = new ArrayList<>(lots.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lots.size(); i++) {
            EventLot lot = lots.get(i);
            String prefix = "Lot[" + (i + 1) + "]/";
            LotIdentity identity = LotIdentity.read(identifiers, lot.gtin(), lot.lotNumber(), lot.scan(), prefix, found);
            LotChecks.quantity(found, prefix + "Quantity", lot.quantity(), lot.quantityUnit());
            if (identity == null || identity.gtin() == null || identity.lotNumber() == null) {
                continue;
            }
            EventLot checked = new EventLot(identity.gtin(), identity.lotNumber(), null, lot.quantity(), lot.quantityUnit());
            if (!seen.add(checked.lotKey())) {
                found.add("DUPLICATE_LOT", prefix.substring(0, prefix.length() - 1), "lot " + checked.traceCode()
                        + " is named twice in this event; name each lot once");
            }
            normal.add(checked);
        }
        return normal;
    }

    private List<EventInput> inputs(List<EventInput> inputs, String stage, FieldProblems found) {
        if (inputs.isEmpty()) {
            return List.of();
        }
        if (stage != null && !stage.equals(codes.processingStage())) {
            found.add("INPUT_NOT_PROCESSING", "Input", "inputs belong to a " + codes.processingStage()
                    + " (processing) event only, not to " + stage + "; leave Input out or correct the stage");
            return List.of();
        }
        List<EventInput> normal = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            EventInput input = inputs.get(i);
            String prefix = "Input[" + (i + 1) + "]/";
            EventInput checked;
            if (input.sscc() != null) {
                String sscc = found.identifier(prefix + "Sscc", input.sscc(), identifiers.key(Gs1Key.SSCC, input.sscc()));
                checked = sscc == null ? null : new EventInput(null, null, null, sscc, null);
            } else if (input.scan() != null) {
                checked = scannedInput(input.scan(), prefix + "Scan", found);
            } else if (input.serial() != null) {
                // a serialised item (an EPCIS sgtin input): checked as the element string (01)(21) it is
                checked = scannedInput("(01)" + input.gtin() + "(21)" + input.serial(), prefix + "Serial", found);
            } else {
                LotIdentity identity = LotIdentity.read(identifiers, input.gtin(), input.lotNumber(), null, prefix, found);
                checked = identity.gtin() == null || identity.lotNumber() == null ? null
                        : new EventInput(identity.gtin(), identity.lotNumber(), null, null, null);
            }
            if (checked != null) {
                normal.add(checked);
            }
        }
        return normal;
    }

    /** A scanned input: a logistic unit (AI 00), a serialised item (AI 01 + 21) or a lot (AI 01 + 10). */
    private EventInput scannedInput(String scan, String field, FieldProblems found) {
        ElementString scanned = found.identifier(field, scan, identifiers.elementString(scan));
        if (scanned == null) {
            return null;
        }
        if (scanned.get("00") != null) {
            return new EventInput(null, null, null, scanned.get("00"), null);
        }
        if (scanned.gtin() != null && scanned.get("21") != null) {
            return new EventInput(scanned.gtin(), null, scanned.get("21"), null, null);
        }
        if (scanned.gtin() != null && scanned.lot() != null) {
            return new EventInput(scanned.gtin(), scanned.lot(), null, null, null);
        }
        found.add("SCAN_NOT_AN_INPUT", field, "the scan '" + FieldProblems.printable(scan)
                + "' holds no SSCC (AI 00), nor a GTIN (AI 01) with a serial (AI 21) or lot (AI 10)");
        return null;
    }

    private void documents(List<EventDocument> documents, FieldProblems found) {
        for (int i = 0; i < documents.size(); i++) {
            EventDocument document = documents.get(i);
            String field = "Document[" + (i + 1) + "]";
            if (found.required(field + "/@type", document.type(), "the document's type, one of " + String.join(", ", codes.documentTypes()))
                    && !codes.documentTypes().contains(document.type())) {
                found.add("UNKNOWN_DOCUMENT_TYPE", field + "/@type", "'" + document.type() + "' is not a document type of the portal; use one of "
                        + String.join(", ", codes.documentTypes()));
            }
            if (found.required(field, document.number(), "the document's number")) {
                found.atMost(field, document.number(), MAX_DOCUMENT_NUMBER);
            }
        }
    }

    private static void evidence(List<String> urls, FieldProblems found) {
        if (urls.size() > MAX_EVIDENCE_IMAGES) {
            found.add("TOO_MANY_IMAGES", "EvidenceImageUrl", urls.size() + " evidence images; the portal takes at most " + MAX_EVIDENCE_IMAGES);
            return;
        }
        urls.forEach(url -> ProductChecks.checkImageUrl(url, found, "EvidenceImageUrl"));
    }
}
