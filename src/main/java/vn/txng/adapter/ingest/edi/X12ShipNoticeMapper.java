package vn.txng.adapter.ingest.edi;

import java.util.Set;

/**
 * X12 856 to lots. An item loop runs from HL*…*I to the next HL or SE: GTIN and lot number in
 * LIN (UK/EN/UP, LT), SN1 quantity and unit, DTM*036 expiry, DTM*405 production. The shipment's
 * N1*SF (else N1*SU) GLN is the production site.
 */
final class X12ShipNoticeMapper implements MessageMapper {

    private static final Set<String> TAGS = Set.of("HL", "LIN", "SN1", "DTM", "N1");

    private String shipFrom;
    private String supplier;
    private LotLine line;
    private final DespatchedLots despatched = new DespatchedLots(EdiRecordReader.MESSAGE_HOLD_LIMIT);

    @Override
    public boolean wants(String tag) {
        return TAGS.contains(tag);
    }

    @Override
    public void segment(EdiSegment s, MessageSink sink) {
        if (s.tag().equals("HL")) {
            finishLine(sink);
            if ("I".equals(s.value(3))) {
                line = new LotLine(sink.here());
            }
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
    }
}
