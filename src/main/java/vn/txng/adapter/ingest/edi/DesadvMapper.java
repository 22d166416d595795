package vn.txng.adapter.ingest.edi;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import vn.txng.adapter.model.Manufacturer;

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
 *
 * <p>The message is also a shipping event ({@link ShipmentEvent}): BGM C106.1004 its number, the header's DTM+11
 * (else DTM+137) its time, its NADs (C082 GLN with agency 9, C080 name, C059 street and the city, region, postcode and
 * country) its parties, every RFF+ON its orders.
 */
final class DesadvMapper implements MessageMapper {

    private static final Set<String> TAGS = Set.of("LIN", "PIA", "QTY", "GIN", "GIR", "DTM", "NAD", "CPS", "PCI", "BGM", "RFF");
    private static final String DEFAULT_UNIT = "PCE";

    private String shipFrom;
    private String supplier;
    private LotLine line;
    /** Where the line's QTY, DTM, GIN and GIR go: the line itself, or its open package group. */
    private LotFacts facts;
    private final Set<String> packageSsccs = new LinkedHashSet<>();
    private final DespatchedLots despatched = new DespatchedLots(EdiRecordReader.MESSAGE_HOLD_LIMIT);
    private final ShipmentEvent event;
    /** Before the first CPS or LIN: where the message's own dates are. */
    private boolean inHeader = true;

    DesadvMapper(ShipmentEvent event) {
        this.event = event;
    }

    @Override
    public boolean wants(String tag) {
        return TAGS.contains(tag);
    }

    @Override
    public void segment(EdiSegment s, MessageSink reader) {
        MessageSink sink = event.noting(reader);
        String tag = s.tag();
        if (tag.equals("BGM")) {
            event.number(s.value(2, 1), sink.here());
            return;
        }
        if (tag.equals("RFF")) {
            if (s.is(1, 1, "ON")) {
                event.order(s.value(1, 2));
            }
            return;
        }
        if (tag.equals("LIN") || tag.equals("CPS")) {
            inHeader = false;
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
            header(s, sink);
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

    private void header(EdiSegment s, MessageSink sink) {
        if (s.tag().equals("NAD") && s.is(1, "SF")) {
            shipFrom = EancomSegments.partyGln(s);
        } else if (s.tag().equals("NAD") && s.is(1, "SU")) {
            supplier = EancomSegments.partyGln(s);
        }
        if (s.tag().equals("NAD") && s.value(1) != null) {
            Manufacturer party = EancomSegments.party(s);
            event.party(s.value(1), new ShipmentEvent.Party(EdiTexts.clean(party.gln()), party.name(), party.address(), sink.here()));
        } else if (inHeader && s.tag().equals("DTM") && (s.is(1, 1, "11") || s.is(1, 1, "137"))) {
            String value = s.value(1, 2);
            String format = s.value(1, 3);
            Supplier<OffsetDateTime> time = () -> DespatchTimes.edifact(value, format, event.settings().zone());
            if (s.is(1, 1, "11")) {
                event.despatched(time);
            } else {
                event.documentDate(time);
            }
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
    public void end(MessageSink reader) {
        MessageSink sink = event.noting(reader);
        finishLine(sink);
        despatched.handOn(sink);
    }

    @Override
    public void confirmed(MessageSink sink) {
        event.handOn(sink);
    }
}
