package vn.txng.adapter.ingest.edi;

import java.util.Set;
import vn.txng.adapter.model.Manufacturer;
import vn.txng.adapter.model.SourcePosition;

/**
 * EANCOM PRICAT to products. A line group runs from LIN to the next LIN or the trailer: GTIN (LIN,
 * else PIA+5), IMD texts (brand BRN, else name then description), MEA net content (AAA net weight,
 * AAX net volume) with its unit, ALI country of origin, NAD+MF manufacturer with its tax code in
 * a following RFF+VA. A NAD+MF before the first LIN is every line's manufacturer unless the line
 * names its own. A line's DTM+363 (total shelf life period), else DTM+41E (lifespan from
 * production), gives the shelf life in days; the message's dates (document, validity) are not
 * product fields. PIA item numbers of type SA (supplier's) and IN (buyer's), IMD colour (7081 = 35) and size (98)
 * tell variants apart: they are no product fields, but lines of one GTIN that differ in them are reported
 * ({@link CataloguedProducts}).
 */
final class PricatMapper implements MessageMapper {

    private static final Set<String> TAGS = Set.of("LIN", "PIA", "IMD", "MEA", "ALI", "NAD", "RFF", "DTM");
    private static final Set<String> NET_CONTENT = Set.of("AAA", "AAX");

    private Manufacturer headerManufacturer;
    private boolean afterManufacturer;
    private ProductLine line;
    private final CataloguedProducts catalogue = new CataloguedProducts(EdiRecordReader.MESSAGE_HOLD_LIMIT, CataloguedProducts.EANCOM);

    @Override
    public boolean wants(String tag) {
        return TAGS.contains(tag);
    }

    @Override
    public void segment(EdiSegment s, MessageSink sink) {
        if (s.tag().equals("LIN")) {
            finishLine(sink);
            line = new ProductLine(sink.here());
            line.gtin = EancomSegments.linGtin(s);
            afterManufacturer = false;
            return;
        }
        try {
            if (s.tag().equals("NAD") || s.tag().equals("RFF")) {
                party(s);
            } else if (line != null) {
                lineSegment(s, sink.here());
            }
        } catch (EdiLineProblem problem) {
            if (line != null) {
                line.problems.add(problem.at(sink.here()));
            }
        }
    }

    private void party(EdiSegment s) {
        if (s.tag().equals("NAD")) {
            afterManufacturer = "MF".equals(s.value(1));
            if (afterManufacturer && line == null) {
                headerManufacturer = EancomSegments.party(s);
            } else if (afterManufacturer) {
                line.manufacturer = EancomSegments.party(s);
            }
        } else if (afterManufacturer && "VA".equals(s.value(1, 1))) {
            // RFF+VA after NAD+MF: the manufacturer's VAT number, the Vietnamese tax code (MST)
            Manufacturer m = line == null ? headerManufacturer : line.manufacturer;
            Manufacturer taxed = new Manufacturer(m.name(), m.address(), EdiTexts.clean(s.value(1, 2)), m.gln());
            if (line == null) {
                headerManufacturer = taxed;
            } else {
                line.manufacturer = taxed;
            }
        }
    }

    private void lineSegment(EdiSegment s, SourcePosition here) {
        switch (s.tag()) {
            case "PIA" -> {
                if (line.gtin == null) {
                    line.gtin = EancomSegments.piaGtin(s);
                    line.gtinField = "PIA C212.7140";
                }
                line.supplierCode = CataloguedProducts.or(line.supplierCode, EancomSegments.piaItem(s, "SA"));
                line.buyerCode = CataloguedProducts.or(line.buyerCode, EancomSegments.piaItem(s, "IN"));
            }
            case "IMD" -> {
                String text = EdiTexts.join(" ", s.value(3, 4), s.value(3, 5));
                if ("BRN".equals(s.value(2, 1))) {
                    line.brand = text;
                } else if (s.is(2, 1, "35")) {
                    // colour and size tell variants apart: neither is the item's name nor its description
                    line.colour = CataloguedProducts.or(line.colour, text != null ? text : EdiTexts.clean(s.value(3, 1)));
                } else if (s.is(2, 1, "98")) {
                    line.size = CataloguedProducts.or(line.size, text != null ? text : EdiTexts.clean(s.value(3, 1)));
                } else {
                    line.text(text);
                }
            }
            case "MEA" -> {
                if (NET_CONTENT.contains(s.value(2, 1))) {
                    line.netContentUnit = s.value(3, 1);
                    line.netContent = EdiNumbers.parse(s.value(3, 2), "MEA C174.6314");
                }
            }
            case "ALI" -> line.country = s.value(1);
            case "DTM" -> {
                if (s.is(1, 1, "363")) {
                    // the total shelf life wins over the lifespan from production, whatever their order
                    line.lifespanProblem = null;
                    line.shelfLifeDays = EancomSegments.periodDays(s);
                    line.totalShelfLife = true;
                } else if (s.is(1, 1, "41E") && !line.totalShelfLife) {
                    try {
                        line.shelfLifeDays = EancomSegments.periodDays(s);
                    } catch (EdiLineProblem problem) {
                        // kept aside: a DTM+363 later in the line makes it moot
                        line.lifespanProblem = problem.at(here);
                    }
                }
            }
            default -> {
                // nothing else of a line maps to a product field
            }
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
