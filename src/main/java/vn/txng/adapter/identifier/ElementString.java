package vn.txng.adapter.identifier;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A checked GS1 element string: AI to value, in order of appearance. Immutable. */
public final class ElementString {
    private final Map<String, String> ais;

    public ElementString(LinkedHashMap<String, String> ais) {
        this(new LinkedHashMap<>(ais), true);
    }

    /** Takes ownership of a map nobody else holds (the parser's), saving a copy per scan. */
    ElementString(LinkedHashMap<String, String> owned, boolean owner) {
        this.ais = Collections.unmodifiableMap(owned);
    }

    /** AI to value, in order of appearance. */
    public Map<String, String> ais() {
        return ais;
    }

    public String get(String ai) {
        return ais.get(ai);
    }

    /** The GTIN of AI (01), else of AI (02) (contained items), as 14 digits; null if neither is present. */
    public String gtin() {
        String gtin = ais.get("01");
        return gtin != null ? gtin : ais.get("02");
    }

    /** AI (10) batch/lot, or null. */
    public String lot() {
        return ais.get("10");
    }

    /** The date of a YYMMDD AI (11, 12, 13, 15, 16, 17, ...) with day 00 read as the month's last day; null if absent. */
    public LocalDate date(String ai) {
        return date(ai, Year.now().getValue());
    }

    /** As {@link #date(String)}, with the century chosen relative to {@code currentYear} (GS1 -50/+49 window). */
    public LocalDate date(String ai, int currentYear) {
        String value = ais.get(ai);
        ApplicationIdentifier def = AiTable.instance().get(ai);
        if (value == null || def == null || !startsWithDate(def)) {
            return null;
        }
        return DateTimeLinters.toDate(value, 0, currentYear);
    }

    private static boolean startsWithDate(ApplicationIdentifier ai) {
        Component first = ai.components().get(0);
        return first.maxLength() == 6 && first.linters().stream()
                .anyMatch(l -> l.name().equals("yymmd0") || l.name().equals("yymmdd"));
    }

    /** The bracketed human-readable form, e.g. {@code (01)08934563123451(10)LOT1}; '(' in data escaped as "\(". */
    public String bracketed() {
        StringBuilder sb = new StringBuilder();
        ais.forEach((ai, value) -> sb.append('(').append(ai).append(')').append(value.replace("(", "\\(")));
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ElementString other && ais.equals(other.ais);
    }

    @Override
    public int hashCode() {
        return ais.hashCode();
    }

    @Override
    public String toString() {
        return bracketed();
    }
}
