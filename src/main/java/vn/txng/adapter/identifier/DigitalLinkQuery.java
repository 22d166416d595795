package vn.txng.adapter.identifier;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The query of a Digital Link URI: numeric keys are AIs that must be data attributes; others are ignored. As GS1's
 * Barcode Syntax Engine: an AI given twice (in the query, or the path's key or a qualifier again) is an error, and
 * so is a key qualifier (it belongs in the path, e.g. /01/.../10/ABC, never ?10=ABC).
 */
final class DigitalLinkQuery {
    /** Every AI that qualifies some key (10, 21, 22, 235 ...): only these need the trial of the key's paths. */
    private static final Set<String> QUALIFIERS = qualifiers();

    private DigitalLinkQuery() {
    }

    private static Set<String> qualifiers() {
        Set<String> all = new HashSet<>();
        for (ApplicationIdentifier ai : AiTable.instance().all()) {
            ai.qualifierPaths().forEach(all::addAll);
        }
        return Set.copyOf(all);
    }

    static void parse(String s, int from, int to, ApplicationIdentifier key, List<String> qualifiers,
                      List<AiEntry> entries, List<IdentifierError> errors) {
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || s.charAt(i) == '&') {
                parameter(s, start, i, key, qualifiers, entries, errors);
                start = i + 1;
            }
        }
    }

    private static void parameter(String s, int from, int to, ApplicationIdentifier key, List<String> qualifiers,
                                  List<AiEntry> entries, List<IdentifierError> errors) {
        int eq = s.indexOf('=', from);
        if (from == to || eq < 0 || eq >= to || !Text.allDigits(s, from, eq) || eq == from) {
            return; // not an AI: e.g. linkType=..., left to the resolver
        }
        String code = s.substring(from, eq);
        ApplicationIdentifier ai = AiTable.instance().get(code);
        IdentifierError problem = problem(code, ai, from, key, qualifiers, entries);
        if (problem != null) {
            errors.add(problem);
        } else {
            entries.add(new AiEntry(ai, PercentDecoding.decode(s, eq + 1, to, errors), from, eq + 1));
        }
    }

    /** Why the query AI {@code code} at {@code at} cannot stand there, or null: unknown, repeated, not an attribute, a qualifier. */
    private static IdentifierError problem(String code, ApplicationIdentifier ai, int at, ApplicationIdentifier key,
                                           List<String> qualifiers, List<AiEntry> entries) {
        if (ai == null) {
            return new IdentifierError(ErrorCodes.UNKNOWN_AI, at, "query parameter " + code + " at position "
                    + at + " is not a GS1 Application Identifier");
        }
        AiEntry earlier = earlier(entries, ai);
        if (earlier != null) {
            return new IdentifierError(ErrorCodes.DUPLICATE_AI, at, AiValueRules.name(ai) + " is given again in "
                    + "the query at position " + at + " (first at position " + earlier.position() + "); a Digital Link"
                    + " names each AI once");
        }
        if (!ai.dataAttribute()) {
            return new IdentifierError(ErrorCodes.NOT_A_DATA_ATTRIBUTE, at, AiValueRules.name(ai)
                    + " is not permitted as a Digital Link data attribute in the query; it belongs in the path or "
                    + "not in a Digital Link at all");
        }
        if (isQualifier(key, qualifiers, code)) {
            return new IdentifierError(ErrorCodes.QUALIFIER_IN_QUERY, at, AiValueRules.name(ai) + " qualifies the "
                    + "key " + AiValueRules.name(key) + ", so it belongs in the path (/" + key.code() + "/.../" + code
                    + "/...), in the standard's order, not in the query");
        }
        return null;
    }

    private static AiEntry earlier(List<AiEntry> entries, ApplicationIdentifier ai) {
        for (AiEntry entry : entries) {
            if (entry.ai() == ai) {
                return entry;
            }
        }
        return null;
    }

    /** Whether the AI, put among the path's qualifiers at some place, would make a valid key-qualifier path. */
    private static boolean isQualifier(ApplicationIdentifier key, List<String> qualifiers, String code) {
        if (!QUALIFIERS.contains(code)) {
            return false; // the common case (a date, say): no trial paths built
        }
        for (int at = 0; at <= qualifiers.size(); at++) {
            List<String> trial = new ArrayList<>(qualifiers);
            trial.add(at, code);
            if (DigitalLinkParser.validQualifiers(key, trial)) {
                return true;
            }
        }
        return false;
    }
}
