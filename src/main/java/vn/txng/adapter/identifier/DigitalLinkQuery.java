package vn.txng.adapter.identifier;

import java.util.ArrayList;
import java.util.List;

/**
 * The query of a Digital Link URI: numeric keys are AIs that must be data attributes; others are ignored. As GS1's
 * Barcode Syntax Engine: an AI given twice (in the query, or the path's key or a qualifier again) is an error, and
 * so is a key qualifier (it belongs in the path, e.g. /01/.../10/ABC, never ?10=ABC).
 */
final class DigitalLinkQuery {
    private DigitalLinkQuery() {
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
        AiEntry earlier = ai == null ? null : earlier(entries, ai);
        if (ai == null) {
            errors.add(new IdentifierError(ErrorCodes.UNKNOWN_AI, from, "query parameter " + code + " at position "
                    + from + " is not a GS1 Application Identifier"));
        } else if (earlier != null) {
            errors.add(new IdentifierError(ErrorCodes.DUPLICATE_AI, from, AiValueRules.name(ai) + " is given again in "
                    + "the query at position " + from + " (first at position " + earlier.position() + "); a Digital Link"
                    + " names each AI once"));
        } else if (!ai.dataAttribute()) {
            errors.add(new IdentifierError(ErrorCodes.NOT_A_DATA_ATTRIBUTE, from, AiValueRules.name(ai)
                    + " is not permitted as a Digital Link data attribute in the query; it belongs in the path or "
                    + "not in a Digital Link at all"));
        } else if (isQualifier(key, qualifiers, code)) {
            errors.add(new IdentifierError(ErrorCodes.QUALIFIER_IN_QUERY, from, AiValueRules.name(ai) + " qualifies the "
                    + "key " + AiValueRules.name(key) + ", so it belongs in the path (/" + key.code() + "/.../" + code
                    + "/...), in the standard's order, not in the query"));
        } else {
            entries.add(new AiEntry(ai, PercentDecoding.decode(s, eq + 1, to, errors), from, eq + 1));
        }
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
        boolean named = false;
        for (List<String> path : key.qualifierPaths()) {
            named |= path.contains(code);
        }
        if (!named) {
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
