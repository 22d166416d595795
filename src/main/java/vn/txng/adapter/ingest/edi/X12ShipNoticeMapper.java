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
import vn.txng.adapter.model.Rejection;

/**
 * X12 856 to lots. An item loop runs from HL*…*I to the next HL or SE: GTIN and lot number in
 * LIN (UK/EN/UP, LT), SN1 quantity and unit, DTM*036 expiry, DTM*405 production. The shipment's
 * N1*SF (else N1*SU) GLN is the production site. MAN*GM gives an SSCC (GS1 AI 00, with or without the
 * "00" before its 18 digits), checked where it stands (BAD_CHECK_DIGIT ... at MAN02, rejecting the items it
 * marks): in an item loop it is that item's; in a pack or tare loop (HL*…*P, T) it goes on every item under
 * that loop, found through the HL parent ids.
 */
final class X12ShipNoticeMapper implements MessageMapper {

    private static final Set<String> TAGS = Set.of("HL", "LIN", "SN1", "DTM", "N1", "MAN");
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

    @Override
    public boolean wants(String tag) {
        return TAGS.contains(tag);
    }

    @Override
    public void segment(EdiSegment s, MessageSink sink) {
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
    public void end(MessageSink sink) {
        finishLine(sink);
        despatched.handOn(sink);
        levels.clear();
        level = null;
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
