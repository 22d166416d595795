package vn.txng.adapter.ingest.edi;

import java.util.Set;
import vn.txng.adapter.model.Manufacturer;

/**
 * X12 832 to products. An item runs from LIN to the next LIN or SE: GTIN (UK, EN or UP), PID*F
 * texts (TRN trade name as brand, else name then description), MEA*PD net content (N net weight,
 * VOL volume) with its unit made Rec. 20. N1*MF (with N3/N4) names the manufacturer; before the
 * first LIN it is every item's. LIN VN/VP (vendor's item or part number), IN/BP (buyer's), PID*F colour (73 vendor's,
 * 75 buyer's) and size (74 vendor's, 91 buyer's) tell variants apart: no product fields, but items of one GTIN that
 * differ in them are reported ({@link CataloguedProducts}).
 */
final class X12CatalogMapper implements MessageMapper {

    private static final Set<String> TAGS = Set.of("LIN", "PID", "MEA", "N1", "N3", "N4");
    private static final Set<String> NET_CONTENT = Set.of("N", "VOL");

    private Manufacturer headerManufacturer;
    private boolean afterManufacturer;
    private ProductLine line;
    private final CataloguedProducts catalogue = new CataloguedProducts(EdiRecordReader.MESSAGE_HOLD_LIMIT, CataloguedProducts.X12);

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
                line.supplierCode = CataloguedProducts.or(X12Segments.linId(s, "VN"), X12Segments.linId(s, "VP"));
                line.buyerCode = CataloguedProducts.or(X12Segments.linId(s, "IN"), X12Segments.linId(s, "BP"));
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
            String code = s.value(2);
            if ("TRN".equals(code)) {
                line.brand = text;
            } else if ("73".equals(code) || "75".equals(code)) {
                // vendor's or buyer's colour: it tells variants apart, it is neither name nor description
                line.colour = CataloguedProducts.or(line.colour, text);
            } else if ("74".equals(code) || "91".equals(code)) {
                line.size = CataloguedProducts.or(line.size, text);
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
            line.finish(sink, headerManufacturer, catalogue);
            line = null;
        }
    }

    @Override
    public void end(MessageSink sink) {
        finishLine(sink);
        catalogue.handOn(sink);
    }
}
