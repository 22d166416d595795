package vn.txng.adapter.ingest.edi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.txng.adapter.model.ProductRecord;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;

/**
 * The products of one catalogue message (EANCOM PRICAT, X12 832), keyed by GTIN, handed on at the message's end in
 * the order of their first line. Lines of one GTIN that agree are one product (a field one line leaves out is taken
 * from another). Lines that give the name, brand, net content or its unit differently reject the product
 * (EDI_PRODUCT_CONFLICT, naming both lines and the field): a GTIN is one product. Lines that differ only in what tells
 * variants apart (supplier's or buyer's item code, colour, size) are one product with the warning GTIN_SHARED, as GS1's
 * GTIN management rules give each variant its own GTIN. Prices are not read, so a different price is neither. Memory
 * stays bounded: past {@code limit} products in one message the oldest is handed on early.
 */
final class CataloguedProducts {

    /** The fields a line's values come from, named in its standard's terms for the report. */
    record Fields(String name, String brand, String netContent, String unit, String supplierCode, String buyerCode,
            String colour, String size) {
    }

    static final Fields EANCOM = new Fields("IMD C273.7008", "IMD C273.7008 (BRN)", "MEA C174.6314", "MEA C174.6411",
            "PIA C212.7140 (SA)", "PIA C212.7140 (IN)", "IMD C273 (35)", "IMD C273 (98)");
    static final Fields X12 = new Fields("PID05", "PID05 (TRN)", "MEA03", "MEA04", "LIN VN/VP", "LIN IN/BP",
            "PID05 (73/75)", "PID05 (74/91)");

    /** What tells a line's variant apart from others of its GTIN; null where the line gives none. */
    record Variant(String supplierCode, String buyerCode, String colour, String size) {
    }

    private final int limit;
    private final Fields fields;
    private final Map<Object, Product> products = new LinkedHashMap<>();

    CataloguedProducts(int limit, Fields fields) {
        this.limit = limit;
        this.fields = fields;
    }

    /** A product a line gives, at the line's position. */
    void add(ProductRecord record, Variant variant, SourcePosition at, MessageSink sink) {
        Object key = key(record.gtin());
        Product earlier = products.get(key);
        if (earlier == null) {
            products.put(key, new Product(record, variant, at));
            if (products.size() > limit) {
                Iterator<Product> oldest = products.values().iterator();
                oldest.next().handOn(sink);
                oldest.remove();
            }
        } else {
            earlier.merge(record, variant, at);
        }
    }

    /** The message has ended: every product goes on, in the order of its first line. */
    void handOn(MessageSink sink) {
        products.values().forEach(product -> product.handOn(sink));
        products.clear();
    }

    /**
     * GTIN-8/12/13/14 as one key: 8934563123451 and 08934563123451 are the same GTIN. A line without a GTIN gets a key
     * of its own: such lines are not one product, each is reported for what it lacks.
     */
    private static Object key(String gtin) {
        if (gtin == null) {
            return new Object();
        }
        if (gtin.length() >= 14 || !gtin.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return gtin;
        }
        return "0".repeat(14 - gtin.length()) + gtin;
    }

    /** One product as its lines add up. */
    private final class Product {

        private final SourcePosition first;
        private ProductRecord record;
        private Variant variant;
        private List<Rejection> conflicts;
        // GTIN_SHARED says the lines were read as one product: told only if a later line does not reject it
        private final List<Rejection> shared = new ArrayList<>(1);

        Product(ProductRecord record, Variant variant, SourcePosition at) {
            this.record = record;
            this.variant = variant;
            this.first = at;
        }

        void merge(ProductRecord line, Variant other, SourcePosition at) {
            int before = conflicts == null ? 0 : conflicts.size();
            String name = agreed(at, fields.name(), "name", record.name(), line.name());
            String brand = agreed(at, fields.brand(), "brand", record.brand(), line.brand());
            BigDecimal content = record.netContent();
            if (content != null && line.netContent() != null && content.compareTo(line.netContent()) != 0) {
                conflict(at, fields.netContent(), "net content", content.toPlainString(), line.netContent().toPlainString());
            } else if (content == null) {
                content = line.netContent();
            }
            String unit = agreed(at, fields.unit(), "unit", record.netContentUnit(), line.netContentUnit());
            record = new ProductRecord(record.gtin(), name, or(record.description(), line.description()),
                    record.imageUrls().isEmpty() ? line.imageUrls() : record.imageUrls(), or(record.salesUnit(), line.salesUnit()),
                    content, unit, or(record.countryOfOrigin(), line.countryOfOrigin()), brand,
                    record.standards().isEmpty() ? line.standards() : record.standards(),
                    or(record.shelfLifeDays(), line.shelfLifeDays()), or(record.manufacturer(), line.manufacturer()));
            List<String> differences = new ArrayList<>(2);
            String field = differs(differences, other, "supplier's item code", Variant::supplierCode, fields.supplierCode(), null);
            field = differs(differences, other, "buyer's item code", Variant::buyerCode, fields.buyerCode(), field);
            field = differs(differences, other, "colour", Variant::colour, fields.colour(), field);
            field = differs(differences, other, "size", Variant::size, fields.size(), field);
            variant = new Variant(or(variant.supplierCode(), other.supplierCode()), or(variant.buyerCode(), other.buyerCode()),
                    or(variant.colour(), other.colour()), or(variant.size(), other.size()));
            if (!differences.isEmpty() && (conflicts == null ? 0 : conflicts.size()) == before) {
                shared.add(new Rejection("GTIN_SHARED", at, field, "GTIN " + record.gtin() + " is given in the lines at "
                        + LotLine.segmentOf(first) + " and " + LotLine.segmentOf(at) + ", which differ only in the "
                        + listed(differences) + ": read as one product. GS1's GTIN management rules give "
                        + "each variant its own GTIN, so the ERP most likely reused one; give each variant its own GTIN"));
            }
        }

        /** Notes a variant attribute two lines give differently; returns the field of the first difference. */
        private String differs(List<String> differences, Variant other, String what, Function<Variant, String> value,
                String field, String firstField) {
            String had = value.apply(variant);
            String given = value.apply(other);
            if (had == null || given == null || had.equals(given)) {
                return firstField;
            }
            differences.add(what + " (" + had + " and " + given + ")");
            return firstField != null ? firstField : field;
        }

        private String agreed(SourcePosition at, String field, String what, String had, String given) {
            if (had != null && given != null && !had.equals(given)) {
                conflict(at, field, what, had, given);
            }
            return had != null ? had : given;
        }

        private void conflict(SourcePosition at, String field, String what, String had, String given) {
            if (conflicts == null) {
                conflicts = new ArrayList<>(1);
            }
            conflicts.add(new Rejection("EDI_PRODUCT_CONFLICT", at, field, "GTIN " + record.gtin() + " is given in the lines at "
                    + LotLine.segmentOf(first) + " and " + LotLine.segmentOf(at) + " with different " + what + "s: '" + had
                    + "' and '" + given + "'; a GTIN is one product, so the lines cannot be read as one. Give each product "
                    + "its own GTIN, or the same " + what + " in every line"));
        }

        void handOn(MessageSink sink) {
            if (conflicts != null) {
                sink.reject(conflicts);
                return;
            }
            shared.forEach(sink::warn);
            sink.accept(record, first);
        }
    }

    /** "a", "a and b", "a, b and c". */
    private static String listed(List<String> items) {
        int last = items.size() - 1;
        return last == 0 ? items.get(0) : String.join(", ", items.subList(0, last)) + " and " + items.get(last);
    }

    /** The value a line gave first: {@code first}, else {@code second}. */
    static <T> T or(T first, T second) {
        return first != null ? first : second;
    }
}
