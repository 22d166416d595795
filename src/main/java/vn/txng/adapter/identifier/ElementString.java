package vn.txng.adapter.identifier;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A checked GS1 element string: AI to value, in order of appearance. Immutable. An AI may appear more than once
 * with the same value (data read from two carriers of one label, joined); {@link #bracketed()} keeps every
 * occurrence in its place, as GS1's Barcode Syntax Engine does, while {@link #ais()} holds each AI once.
 */
public final class ElementString {
    private final Map<String, String> ais;
    /** Every occurrence as AI, value, AI, value ... when an AI repeats; null otherwise (the common case). */
    private final List<String> occurrences;

    public ElementString(LinkedHashMap<String, String> ais) {
        this(new LinkedHashMap<>(ais), null);
    }

    /** Takes ownership of a map nobody else holds (the parser's), saving a copy per scan. */
    ElementString(LinkedHashMap<String, String> owned, List<String> occurrences) {
        this.ais = Collections.unmodifiableMap(owned);
        this.occurrences = occurrences == null ? null : List.copyOf(occurrences);
    }

    /** AI to value, in order of first appearance; an AI repeated with the same value is here once. */
    public Map<String, String> ais() {
        return ais;
    }

    /** How many AI occurrences the element string holds, repeats included. */
    public int size() {
        return occurrences == null ? ais.size() : occurrences.size() / 2;
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

    /**
     * The bracketed human-readable form, e.g. {@code (01)08934563123451(10)LOT1}: every occurrence in order, repeats
     * included, and every '(' of a value escaped as "\(" (an unescaped one would open an AI).
     */
    public String bracketed() {
        StringBuilder sb = new StringBuilder(64);
        if (occurrences == null) {
            ais.forEach((ai, value) -> append(sb, ai, value));
        } else {
            for (int i = 0; i < occurrences.size(); i += 2) {
                append(sb, occurrences.get(i), occurrences.get(i + 1));
            }
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String ai, String value) {
        sb.append('(').append(ai).append(')');
        sb.append(value.indexOf('(') < 0 ? value : value.replace("(", "\\("));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ElementString other && ais.equals(other.ais) && size() == other.size()
                && bracketed().equals(other.bracketed());
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
