package vn.txng.adapter.ingest.edi;

import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import vn.txng.adapter.identifier.IdentifierError;
import vn.txng.adapter.identifier.IdentifierNormalizer;
import vn.txng.adapter.model.EventDocument;
import vn.txng.adapter.model.EventLot;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.LocationRecord;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;
import vn.txng.adapter.model.TraceRecord;

/**
 * The shipping event ({@code VAN_CHUYEN}, PORTAL-API.md section 5) of one despatch message, gathered as its segments
 * pass and handed on once its trailer confirms it. Key {@code VAN_CHUYEN:<interchange sender>:<document number>}, so
 * a corrected despatch advice (same sender, same number) replaces the event; the sender and number are written in
 * printable ASCII (Vietnamese letters lose their accents, {@code đ} becomes {@code d}); a key that still is not, or is
 * over 200 characters, gives no event. Time: the despatch date/time, else the document date. Place: the ship-from
 * party, else the supplier; destination: the delivery party, else ship-to, else buyer (each by its GLN). Lots: those
 * the message's lines gave, with their quantities; documents: the despatch advice ({@code PHIEU_GIAO_HANG}) and each
 * order number ({@code DON_HANG}). The place is also a location (with its master data when the party gives a name and
 * an address, else by its GLN only); the destination only when it gives both. A message lacking what the event needs
 * gives its lots and a warning ({@code EDI_NO_EVENT}) saying what is missing.
 */
final class ShipmentEvent {

    /** The portal's limit on an event's lots (maTruyVet, 1..1000). */
    static final int MAX_LOTS = 1000;
    private static final int MAX_KEY = 200;
    private static final int MAX_ORDERS = 100;
    private static final IdentifierNormalizer GLNS = new IdentifierNormalizer();

    /** How the standard names what an event needs, for the warning when it is missing. */
    record Wording(String number, String place, String destination, String time, String partyGln) {
        static final Wording EANCOM = new Wording("BGM C106.1004", "NAD+SF or NAD+SU", "NAD+DP, NAD+ST or NAD+BY", "DTM+11 or DTM+137",
                "NAD+%s C082.3039");
        static final Wording X12 = new Wording("BSN02", "N1*SF or N1*SU", "N1*ST or N1*BY", "DTM*011 or BSN03", "N1*%s N104");

        /** The element that gives the GLN of the party of {@code qualifier} ({@code NAD+SF C082.3039}, {@code N1*ST N104}). */
        String partyGln(String qualifier) {
            return partyGln.formatted(qualifier);
        }
    }

    /** A party of the message: its GLN (null when it gives none), name and address as given, where it stands. */
    record Party(String gln, String name, String address, SourcePosition at) {
        boolean complete() {
            return name != null && address != null;
        }
    }

    private final DespatchEvents settings;
    private final String sender;
    private final Wording wording;
    private String number;
    private SourcePosition numberAt;
    private Given despatched;
    private Given documentDate;
    private final Map<String, Party> parties = new HashMap<>(4);
    private final Set<String> orders = new LinkedHashSet<>(2);
    private final List<EventLot> lots = new ArrayList<>();
    private boolean tooManyLots;
    private NotingSink noting;

    ShipmentEvent(DespatchEvents settings, String sender, Wording wording) {
        this.settings = settings;
        this.sender = sender;
        this.wording = wording;
    }

    DespatchEvents settings() {
        return settings;
    }

    /** The despatch advice's number (BGM, BSN02), at its segment. */
    void number(String given, SourcePosition at) {
        if (number == null) {
            number = EdiTexts.clean(given);
            numberAt = at;
        }
    }

    /** The despatch date/time (DTM+11, DTM*011): read now, its problem kept for the warning. */
    void despatched(Supplier<OffsetDateTime> time) {
        if (despatched == null) {
            despatched = Given.of(time);
        }
    }

    /** The document date (DTM+137, BSN03/04), the time when no despatch date is given. */
    void documentDate(Supplier<OffsetDateTime> time) {
        if (documentDate == null) {
            documentDate = Given.of(time);
        }
    }

    /** A party by its qualifier (SF, SU, DP, ST, BY ...); a later one of the same qualifier replaces it. */
    void party(String qualifier, Party party) {
        parties.put(qualifier, party);
    }

    Party party(String qualifier) {
        return parties.get(qualifier);
    }

    /** An order number (RFF+ON, PRF01). */
    void order(String given) {
        String clean = EdiTexts.clean(given);
        if (clean != null && orders.size() < MAX_ORDERS) {
            orders.add(clean);
        }
    }

    /** The sink lines hand their lots to: each lot accepted is also one of the event's. */
    MessageSink noting(MessageSink sink) {
        if (noting == null || noting.target != sink) {
            noting = new NotingSink(sink);
        }
        return noting;
    }

    /** The message is confirmed: its locations and event go on, or a warning says why it gives none. */
    void handOn(MessageSink sink) {
        if (lots.isEmpty() && !tooManyLots) {
            return; // every line was rejected, and said so: an event needs a lot
        }
        SourcePosition at = numberAt != null ? numberAt : sink.here();
        List<String> missing = new ArrayList<>(2);
        String placeQualifier = firstWithGln("SF", "SU");
        String destinationQualifier = firstWithGln("DP", "ST", "BY");
        Party place = placeQualifier == null ? null : parties.get(placeQualifier);
        Party destination = destinationQualifier == null ? null : parties.get(destinationQualifier);
        Given time = despatched != null ? despatched : documentDate;
        if (place == null) {
            missing.add("it names no ship-from GLN (" + wording.place + ")");
        }
        if (destination == null) {
            missing.add("it names no delivery party GLN (" + wording.destination + ")");
        }
        if (time == null) {
            missing.add("it gives no despatch date (" + wording.time + ")");
        } else if (time.problem != null) {
            missing.add("its despatch date cannot be read (" + time.problem.code() + ": " + time.problem.getMessage() + ")");
        }
        if (tooManyLots) {
            missing.add("it despatches more than " + MAX_LOTS + " lots, and an event names at most " + MAX_LOTS);
        }
        String key = key(missing);
        if (!missing.isEmpty()) {
            sink.warn(new Rejection("EDI_NO_EVENT", at, null, "despatch advice " + (number == null ? "without a number" : number)
                    + " gives no VAN_CHUYEN event: " + String.join("; ", missing) + ". Its lots are read"));
            return;
        }
        // a wrong GLN is told at its party's segment and element, as a line's GTIN is, not at BGM under the XML's names
        List<Rejection> wrongPlace = glnProblems(placeQualifier, place, "the ship-from party's GLN");
        List<Rejection> wrongDestination = glnProblems(destinationQualifier, destination, "the delivery party's GLN");
        acceptLocation(place, wrongPlace, sink);
        if (destination.complete()) {
            acceptLocation(destination, wrongDestination, sink);
        }
        if (!wrongPlace.isEmpty() || !wrongDestination.isEmpty()) {
            List<Rejection> reasons = new ArrayList<>(wrongPlace.size() + wrongDestination.size());
            wrongPlace.forEach(problem -> reasons.add(forTheEvent(problem, "place")));
            wrongDestination.forEach(problem -> reasons.add(forTheEvent(problem, "destination")));
            sink.reject(reasons);
            return;
        }
        List<EventDocument> documents = new ArrayList<>(1 + orders.size());
        documents.add(new EventDocument("PHIEU_GIAO_HANG", number));
        orders.forEach(order -> documents.add(new EventDocument("DON_HANG", order)));
        sink.accept(new EventRecord(key, "VAN_CHUYEN", time.time, place.gln, null, destination.gln, null, lots, List.of(),
                documents, null, null, List.of()), at);
    }

    /** The first of the qualifiers whose party gives a GLN, or null. */
    private String firstWithGln(String... qualifiers) {
        for (String qualifier : qualifiers) {
            Party party = parties.get(qualifier);
            if (party != null && party.gln != null) {
                return qualifier;
            }
        }
        return null;
    }

    /** The GS1 errors of the party's GLN at its segment and element ({@code NAD+SF C082.3039}); empty when it is right. */
    private List<Rejection> glnProblems(String qualifier, Party party, String what) {
        var gln = GLNS.gln(party.gln);
        if (gln.valid()) {
            return List.of();
        }
        List<Rejection> problems = new ArrayList<>(1);
        for (IdentifierError error : gln.errors()) {
            problems.add(new Rejection(error.code(), party.at, wording.partyGln(qualifier), what + " '" + party.gln + "': " + error.message()));
        }
        return problems;
    }

    private void acceptLocation(Party party, List<Rejection> problems, MessageSink sink) {
        if (problems.isEmpty()) {
            sink.accept(location(party), party.at);
        } else {
            sink.reject(problems);
        }
    }

    private Rejection forTheEvent(Rejection problem, String role) {
        return new Rejection(problem.code(), problem.position(), problem.field(), problem.message() + "; despatch advice " + number
                + " gives no VAN_CHUYEN event, whose " + role + " it is");
    }

    private LocationRecord location(Party party) {
        return party.complete()
                ? new LocationRecord(party.gln, null, party.name, party.address, settings.partyKind(), null, null, null)
                : LocationRecord.known(party.gln, null);
    }

    /** The event's key, or null with the reason added to {@code missing}. */
    private String key(List<String> missing) {
        if (number == null) {
            missing.add("it gives no document number (" + wording.number + ")");
            return null;
        }
        String from = printableAscii(sender);
        String doc = printableAscii(number);
        if (from == null) {
            missing.add("its interchange sender " + (sender == null ? "is not given" : "'" + sender + "' is not printable ASCII")
                    + ", and the event's key is made of it");
            return null;
        }
        if (doc == null) {
            missing.add("its number '" + number + "' is not printable ASCII, and the event's key is made of it");
            return null;
        }
        String key = "VAN_CHUYEN:" + from + ":" + doc;
        if (key.length() > MAX_KEY) {
            missing.add("its key " + key + " is over " + MAX_KEY + " characters");
            return null;
        }
        return key;
    }

    /** The text in printable ASCII, Vietnamese letters without their accents; null when something else remains. */
    static String printableAscii(String text) {
        if (text == null) {
            return null;
        }
        String plain = Normalizer.normalize(text.strip().replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return null;
            }
        }
        return plain.isEmpty() ? null : plain;
    }

    /** A time as read, or why it could not be. */
    private record Given(OffsetDateTime time, EdiLineProblem problem) {
        static Given of(Supplier<OffsetDateTime> reading) {
            try {
                return new Given(reading.get(), null);
            } catch (EdiLineProblem problem) {
                return new Given(null, problem);
            }
        }
    }

    /** Forwards to the reader's sink, keeping each lot accepted as one of the event's. */
    private final class NotingSink implements MessageSink {

        private final MessageSink target;

        NotingSink(MessageSink target) {
            this.target = target;
        }

        @Override
        public SourcePosition here() {
            return target.here();
        }

        @Override
        public void accept(TraceRecord record, SourcePosition at) {
            if (record instanceof LotRecord lot) {
                if (lots.size() < MAX_LOTS) {
                    lots.add(new EventLot(lot.gtin(), lot.lotNumber(), null, lot.quantity(), lot.quantityUnit()));
                } else {
                    tooManyLots = true;
                }
            }
            target.accept(record, at);
        }

        @Override
        public void reject(List<Rejection> reasons) {
            target.reject(reasons);
        }

        @Override
        public void warn(Rejection warning) {
            target.warn(warning);
        }

        @Override
        public void merged(LotRecord lot, SourcePosition at, int lines) {
            target.merged(lot, at, lines);
        }
    }
}
