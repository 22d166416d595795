package vn.txng.adapter.identifier;

import java.util.List;

/**
 * One GS1 Application Identifier as the syntax dictionary defines it.
 *
 * @param code              the AI digits, e.g. "01", "3103", "8013"
 * @param title             the dictionary's data title, e.g. "BATCH/LOT"
 * @param predefinedLength  true when no FNC1 separator follows it (the dictionary's "*" flag)
 * @param dataAttribute     true when it may appear in a Digital Link query (the "?" flag)
 * @param components        its data field, component by component
 * @param requires          each req= rule: alternatives, each a set of AI patterns that must all be present
 * @param excludes          ex= patterns of AIs that must not appear together with it
 * @param digitalLinkKey    true when it is a Digital Link primary key
 * @param qualifierPaths    the allowed orders of Digital Link key qualifiers (empty lists: key without qualifiers)
 * @param minLength         fewest characters of its value (mandatory components only)
 * @param maxLength         most characters of its value
 * @param number            the code as a number (its length tells "01" from "0100"), for matching req/ex patterns
 */
public record ApplicationIdentifier(String code, String title, boolean predefinedLength, boolean dataAttribute,
                                    List<Component> components, List<List<List<AiPattern>>> requires,
                                    List<AiPattern> excludes, boolean digitalLinkKey, List<List<String>> qualifierPaths,
                                    int minLength, int maxLength, int number) {

    /** Derives the lengths from the components (they are stored because the parser asks for them on every AI). */
    static ApplicationIdentifier of(String code, String title, boolean predefinedLength, boolean dataAttribute,
                                    List<Component> components, List<List<List<AiPattern>>> requires,
                                    List<AiPattern> excludes, boolean digitalLinkKey, List<List<String>> qualifierPaths) {
        int min = 0;
        int max = 0;
        for (Component c : components) {
            min += c.optional() ? 0 : c.minLength();
            max += c.maxLength();
        }
        return new ApplicationIdentifier(code, title, predefinedLength, dataAttribute, components, requires, excludes,
                digitalLinkKey, qualifierPaths, min, max, Integer.parseInt(code));
    }

    /** True when every component has a fixed length and none is optional. */
    public boolean fixedLength() {
        for (Component c : components) {
            if (!c.fixed() || c.optional()) {
                return false;
            }
        }
        return true;
    }

    /** Format in the dictionary's notation, for messages: e.g. "N14" or "N3 X..27". */
    public String format() {
        StringBuilder sb = new StringBuilder();
        for (Component c : components) {
            sb.append(sb.length() == 0 ? "" : " ").append(c.optional() ? "[" : "").append(c.charset())
                    .append(c.fixed() ? "" : "..").append(c.maxLength()).append(c.optional() ? "]" : "");
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return code; // the table holds 500+ of these: keep listings readable
    }
}
