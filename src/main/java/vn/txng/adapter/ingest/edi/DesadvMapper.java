package vn.txng.adapter.ingest.edi;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * EANCOM DESADV to lots. A line group runs from LIN to the next LIN, CPS or the trailer: GTIN
 * (LIN, else PIA+5), QTY+12, batch in GIN+BX or GIR+3 (…:BX), else a PIA's item number of type NB,
 * DTM+94 production, DTM+36 expiry (DTM+361 best-before when no 36 is given at any level). Lines
 * that give one batch of one GTIN are one lot ({@link DespatchedLots}). The header's NAD+SF (else NAD+SU) GLN is the production site.
 * SSCCs (GIN+BJ) go on the lots: those after a CPS and before its first LIN belong to every line of
 * that package level, those inside a line group to that line.
 *
 * <p>Inside a line group a PCI (package identification; D.96A and D.01B alike) opens a package
 * group that runs to the next PCI, LIN, CPS or the trailer: the QTY, DTM, GIN and GIR in it are
 * the group's, so that one line can despatch two batches with their own expiry dates and
 * quantities. What the group's batches get, and what a group without a batch means, is in
 * {@link LotLine}; a batch given two different dates in one line rejects the line
 * (EDI_BATCH_CONFLICT). The PCI's marking code (4233: 36E, 33E, 17 ...) is kept with its group but
 * neither checked nor sent. A PCI at package level (before a level's first LIN) is read past.
 */
final class DesadvMapper implements MessageMapper {

    private static final Set<String> TAGS = Set.of("LIN", "PIA", "QTY", "GIN", "GIR", "DTM", "NAD", "CPS", "PCI");
    private static final String DEFAULT_UNIT = "PCE";

    private String shipFrom;
    private String supplier;
    private LotLine line;
    /** Where the line's QTY, DTM, GIN and GIR go: the line itself, or its open package group. */
    private LotFacts facts;
    private final Set<String> packageSsccs = new LinkedHashSet<>();
    private final DespatchedLots despatched = new DespatchedLots(EdiRecordReader.MESSAGE_HOLD_LIMIT);

    @Override
    public boolean wants(String tag) {
        return TAGS.contains(tag);
    }

    @Override
    public void segment(EdiSegment s, MessageSink sink) {
        String tag = s.tag();
        if (tag.equals("LIN") || tag.equals("CPS")) {
            finishLine(sink);
            if (tag.equals("CPS")) {
                packageSsccs.clear();
            } else {
                line = new LotLine(sink.here());
                line.gtin = EancomSegments.linGtin(s);
                packageSsccs.forEach(line::sscc);
                facts = line;
            }
            return;
        }
        if (line == null) {
            if (tag.equals("GIN") && s.is(1, "BJ")) {
                for (int element = 2; element <= 6; element++) {
                    String sscc = EdiTexts.clean(s.value(element, 1));
                    if (sscc != null) {
                        packageSsccs.add(sscc);
                    }
                }
                return;
            }
            header(s);
            return;
        }
        if (tag.equals("PCI")) {
            facts = line.openGroup(sink.here(), EdiTexts.clean(s.value(1)));
            return;
        }
        try {
            lineSegment(s, sink);
        } catch (EdiLineProblem problem) {
            line.problems.add(problem.at(sink.here()));
        }
    }

    private void header(EdiSegment s) {
        if (s.tag().equals("NAD") && s.is(1, "SF")) {
            shipFrom = EancomSegments.partyGln(s);
        } else if (s.tag().equals("NAD") && s.is(1, "SU")) {
            supplier = EancomSegments.partyGln(s);
        }
    }

    private void lineSegment(EdiSegment s, MessageSink sink) {
        switch (s.tag()) {
            case "PIA" -> {
                if (line.gtin == null) {
                    line.gtin = EancomSegments.piaGtin(s);
                    line.gtinField = "PIA C212.7140";
                }
                String batch = EancomSegments.piaBatch(s);
                if (batch != null && line.piaBatch == null) {
                    line.piaBatch = batch;
                    line.piaAt = sink.here();
                }
            }
            case "QTY" -> {
                if (s.is(1, 1, "12")) {
                    facts.quantity = EancomSegments.quantity(s);
                    // EANCOM: no unit means a count of the trade item itself
                    facts.quantityUnit = !s.has(1, 3) || s.is(1, 3, DEFAULT_UNIT) ? DEFAULT_UNIT : s.value(1, 3);
                }
            }
            case "GIN" -> {
                if (s.is(1, "BX")) {
                    notePosition(sink);
                    for (int element = 2; element <= 6; element++) {
                        facts.batch(s.value(element, 1));
                    }
                } else if (s.is(1, "BJ")) {
                    for (int element = 2; element <= 6; element++) {
                        facts.sscc(s.value(element, 1));
                    }
                }
            }
            case "GIR" -> {
                if (s.is(1, "3")) {
                    notePosition(sink);
                    for (int element = 2; element <= 6; element++) {
                        if ("BX".equals(s.value(element, 2))) {
                            facts.batch(s.value(element, 1));
                        }
                    }
                }
            }
            case "DTM" -> date(s);
            default -> {
                // NAD inside a line: no lot field takes it
            }
        }
    }

    /** The segment of a line's first GIN/GIR batch, only when a PIA batch may have to be set against it. */
    private void notePosition(MessageSink sink) {
        if (line.piaBatch != null && line.batchAt == null) {
            line.batchAt = sink.here();
        }
    }

    private void date(EdiSegment s) {
        if (s.is(1, 1, "94")) {
            facts.produced = EancomSegments.date(s);
        } else if (s.is(1, 1, "36")) {
            facts.expires = EancomSegments.date(s);
        } else if (s.is(1, 1, "361")) {
            facts.bestBefore = EancomSegments.date(s);
        }
        // other dates of a line (despatch, delivery) are not lot fields
    }

    private void finishLine(MessageSink sink) {
        if (line != null) {
            line.finish(sink, shipFrom != null ? shipFrom : supplier, "GIN C208.7402", despatched);
            line = null;
            facts = null;
        }
    }

    @Override
    public void end(MessageSink sink) {
        finishLine(sink);
        despatched.handOn(sink);
    }
}
