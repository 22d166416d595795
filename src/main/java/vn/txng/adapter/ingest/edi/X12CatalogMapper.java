package vn.txng.adapter.ingest.edi;

import java.util.Set;
import vn.txng.adapter.model.Manufacturer;

/**
 * X12 832 to products. An item runs from LIN to the next LIN or SE: GTIN (UK, EN or UP), PID*F
 * texts (TRN trade name as brand, else name then description), MEA*PD net content (N net weight,
 * VOL volume) with its unit made Rec. 20. N1*MF (with N3/N4) names the manufacturer; before the
 * first LIN it is every item's.
 */
final class X12CatalogMapper implements MessageMapper {

    private static final Set<String> TAGS = Set.of("LIN", "PID", "MEA", "N1", "N3", "N4");
    private static final Set<String> NET_CONTENT = Set.of("N", "VOL");

    private Manufacturer headerManufacturer;
    private boolean afterManufacturer;
    private ProductLine line;

    @Override
    public boolean wants(String tag) {
        return TAGS.contains(tag);
    }

    @Override
    public void segment(EdiSegment s, MessageSink sink) {
        switch (s.tag()) {
            case "LIN" -> {
                finishLine(sink);
                line = new ProductLine(sink.here());
                line.gtin = X12Segments.linGtin(s);
                line.gtinField = "LIN UK/EN/UP";
                afterManufacturer = false;
            }
            case "N1", "N3", "N4" -> party(s);
            default -> {
                if (line != null) {
                    try {
                        item(s);
                    } catch (EdiLineProblem problem) {
                        line.problems.add(problem.at(sink.here()));
                    }
                }
            }
        }
    }

    private void party(EdiSegment s) {
        if (s.tag().equals("N1")) {
            afterManufacturer = "MF".equals(s.value(1));
            if (!afterManufacturer) {
                return;
            }
            if (line == null) {
                headerManufacturer = X12Segments.party(s);
            } else {
                line.manufacturer = X12Segments.party(s);
            }
        } else if (afterManufacturer && line == null) {
            headerManufacturer = X12Segments.address(headerManufacturer, s);
        } else if (afterManufacturer) {
            line.manufacturer = X12Segments.address(line.manufacturer, s);
        }
    }

    private void item(EdiSegment s) {
        if (s.tag().equals("PID") && "F".equals(s.value(1))) {
            String text = EdiTexts.clean(s.value(5));
            if ("TRN".equals(s.value(2))) {
                line.brand = text;
            } else {
                line.text(text);
            }
        } else if (s.tag().equals("MEA") && NET_CONTENT.contains(s.value(2))) {
            line.netContent = EdiNumbers.parse(s.value(3), "MEA03");
            line.netContentUnit = X12Segments.rec20(s.value(4, 1));
        }
    }

    private void finishLine(MessageSink sink) {
        if (line != null) {
            line.finish(sink, headerManufacturer);
            line = null;
        }
    }

    @Override
    public void end(MessageSink sink) {
        finishLine(sink);
    }
}
