package vn.txng.adapter.ingest.edi;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.txng.adapter.identifier.Checked;
import vn.txng.adapter.identifier.Gs1Key;
import vn.txng.adapter.identifier.IdentifierError;
import vn.txng.adapter.identifier.IdentifierNormalizer;
import vn.txng.adapter.model.Manufacturer;
import vn.txng.adapter.model.Rejection;

/**
 * X12 856 to lots. An item loop runs from HL*…*I to the next HL or SE: GTIN and lot number in
 * LIN (UK/EN/UP, LT), SN1 quantity and unit, DTM*036 expiry, DTM*405 production. The shipment's
 * N1*SF (else N1*SU) GLN is the production site. MAN*GM gives an SSCC (GS1 AI 00, with or without the
 * "00" before its 18 digits), checked where it stands (BAD_CHECK_DIGIT ... at MAN02, rejecting the items it
 * marks): in an item loop it is that item's; in a pack or tare loop (HL*…*P, T) it goes on every item under
 * that loop, found through the HL parent ids.
 *
 * <p>The shipment is also a shipping event ({@link ShipmentEvent}): BSN02 its number, DTM*011 (else BSN03/04) its
 * time, the N1 loops (N1 name and GLN under qualifier UL, N3 street, N4 city, state, postcode, country) its parties,
 * every PRF01 its orders.
 */
final class X12ShipNoticeMapper implements MessageMapper {

    private static final Set<String> TAGS = Set.of("HL", "LIN", "SN1", "DTM", "N1", "N3", "N4", "MAN", "BSN", "PRF");
    private static final IdentifierNormalizer IDENTIFIERS = new IdentifierNormalizer();

    private String shipFrom;
    private String supplier;
    private LotLine line;
    private final DespatchedLots despatched = new DespatchedLots(EdiRecordReader.MESSAGE_HOLD_LIMIT);
    /** The loops above items (shipment, order, pack, tare) by HL01 id, the oldest dropped past the hold limit. */
    private final Map<String, Level> levels = new LinkedHashMap<>();
    /** The HL01 ids of the open item's loop and of the pack loops under it (their MAN*GM SSCCs are the item's). */
    private final java.util.Set<String> itemLoops = new java.util.HashSet<>();
    /** The open loop above items, where its MAN segments go; null inside an item loop. */
    private Level level;
    private final ShipmentEvent event;
    /** The open N1 loop's qualifier, which its N3 and N4 complete; null outside one. */
    private String party;

    X12ShipNoticeMapper(ShipmentEvent event) {
        this.event = event;
    }

    @Override
    public boolean wants(String tag) {
        return TAGS.contains(tag);
    }

    @Override
    public void segment(EdiSegment s, MessageSink reader) {
        MessageSink sink = event.noting(reader);
        if (shipment(s, sink)) {
            return;
        }
        if (s.tag().equals("HL")) {
            if (line != null && !"I".equals(s.value(3)) && s.value(2) != null && itemLoops.contains(s.value(2))) {
                // a pack (carton) loop under the open item, the standard-carton layout: its MAN*GM marks the item's cartons
                if (s.value(1) != null && itemLoops.size() < EdiRecordReader.MESSAGE_HOLD_LIMIT) {
                    itemLoops.add(s.value(1));
                }
                return;
            }
            finishLine(sink);
            itemLoops.clear();
            if ("I".equals(s.value(3))) {
                line = new LotLine(sink.here());
                level = null;
                if (s.value(1) != null) {
                    itemLoops.add(s.value(1));
                }
                inherit(s.value(2));
            } else {
                openLevel(s.value(1), s.value(2));
            }
            return;
        }
        if (s.tag().equals("MAN")) {
            man(s, sink);
            return;
        }
        if (s.tag().equals("N1")) {
            party = s.value(1);
            if (party != null) {
                Manufacturer named = X12Segments.party(s);
                event.party(party, new ShipmentEvent.Party(EdiTexts.clean(named.gln()), named.name(), null, sink.here()));
            }
            if ("SF".equals(s.value(1))) {
                shipFrom = X12Segments.partyGln(s);
            } else if ("SU".equals(s.value(1))) {
                supplier = X12Segments.partyGln(s);
            }
            return;
        }
        if (line != null) {
            try {
                item(s);
            } catch (EdiLineProblem problem) {
                line.problems.add(problem.at(sink.here()));
            }
        }
    }

    /** The shipment's own segments (BSN, its DTM*011, PRF, N3/N4 of a party): true when {@code s} was one. */
    private boolean shipment(EdiSegment s, MessageSink sink) {
        switch (s.tag()) {
            case "BSN" -> {
                event.number(s.value(2), sink.here());
                String date = s.value(3);
                String time = s.value(4);
                event.documentDate(() -> DespatchTimes.x12(date, time, null, event.settings().zone(), "BSN03", "BSN04"));
                return true;
            }
            case "PRF" -> {
                event.order(s.value(1));
                return true;
            }
            case "N3", "N4" -> {
                ShipmentEvent.Party named = party == null ? null : event.party(party);
                if (named != null) {
                    Manufacturer address = X12Segments.address(new Manufacturer(named.name(), named.address(), null, named.gln()), s);
                    event.party(party, new ShipmentEvent.Party(named.gln(), named.name(), address.address(), named.at()));
                }
                return true;
            }
            case "DTM" -> {
                if (line == null && "011".equals(s.value(1))) {
                    String date = s.value(2);
                    String time = s.value(3);
                    String code = s.value(4);
                    event.despatched(() -> DespatchTimes.x12(date, time, code, event.settings().zone(), "DTM02", "DTM03"));
                    return true;
                }
                return false;
            }
            case "HL" -> {
                party = null;
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    private void openLevel(String id, String parent) {
        level = new Level(parent);
        if (id != null) {
            levels.put(id, level);
            if (levels.size() > EdiRecordReader.MESSAGE_HOLD_LIMIT) {
                Iterator<Level> oldest = levels.values().iterator();
                oldest.next();
                oldest.remove();
            }
        }
    }

    /** The SSCCs (and their faults) of the loops above a new item, nearest first. */
    private void inherit(String parent) {
        String id = parent;
        for (int depth = 0; id != null && depth < levels.size(); depth++) {
            Level above = levels.get(id);
            if (above == null) {
                return;
            }
            above.ssccs.forEach(line::sscc);
            line.problems.addAll(above.problems);
            id = above.parent;
        }
    }

    /** MAN*GM: an SSCC for the open item, else for the open loop above items. */
    private void man(EdiSegment s, MessageSink sink) {
        String sscc = X12Segments.manSscc(s);
        if (sscc == null || (line == null && level == null)) {
            return;
        }
        Checked<String> checked = IDENTIFIERS.key(Gs1Key.SSCC, sscc);
        List<Rejection> problems = line != null ? line.problems : level.problems;
        for (IdentifierError error : checked.errors()) {
            problems.add(new Rejection(error.code(), sink.here(), "MAN02", error.message()));
        }
        if (checked.valid()) {
            if (line != null) {
                line.sscc(checked.value());
            } else {
                level.ssccs.add(checked.value());
            }
        }
    }

    private void item(EdiSegment s) {
        switch (s.tag()) {
            case "LIN" -> {
                line.gtin = X12Segments.linGtin(s);
                line.gtinField = "LIN UK/EN/UP";
                line.batch(X12Segments.linId(s, "LT"));
            }
            case "SN1" -> {
                line.quantity = EdiNumbers.parse(s.value(2), "SN102");
                line.quantityUnit = s.value(3);
            }
            case "DTM" -> {
                if ("036".equals(s.value(1))) {
                    line.expires = X12Segments.date(s);
                } else if ("405".equals(s.value(1))) {
                    line.produced = X12Segments.date(s);
                }
            }
            default -> {
                // nothing else of an item maps to a lot field
            }
        }
    }

    private void finishLine(MessageSink sink) {
        if (line != null) {
            line.finish(sink, shipFrom != null ? shipFrom : supplier, "LIN LT", despatched);
            line = null;
        }
    }

    @Override
    public void end(MessageSink reader) {
        MessageSink sink = event.noting(reader);
        finishLine(sink);
        despatched.handOn(sink);
        levels.clear();
        level = null;
    }

    @Override
    public void confirmed(MessageSink sink) {
        event.handOn(sink);
    }

    /** A loop above items: its parent's HL01 id, its SSCCs and their faults. */
    private static final class Level {

        final String parent;
        final List<String> ssccs = new ArrayList<>(1);
        final List<Rejection> problems = new ArrayList<>(0);

        Level(String parent) {
            this.parent = parent;
        }
    }
}
