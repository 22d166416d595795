package vn.txng.adapter.identifier;

import java.util.List;

/** The query of a Digital Link URI: numeric keys are AIs that must be data attributes; others are ignored. */
final class DigitalLinkQuery {
    private DigitalLinkQuery() {
    }

    static void parse(String s, int from, int to, List<AiEntry> entries, List<IdentifierError> errors) {
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || s.charAt(i) == '&') {
                parameter(s, start, i, entries, errors);
                start = i + 1;
            }
        }
    }

    private static void parameter(String s, int from, int to, List<AiEntry> entries, List<IdentifierError> errors) {
        int eq = s.indexOf('=', from);
        if (from == to || eq < 0 || eq >= to || !Text.allDigits(s, from, eq) || eq == from) {
            return; // not an AI: e.g. linkType=..., left to the resolver
        }
        String code = s.substring(from, eq);
        ApplicationIdentifier ai = AiTable.instance().get(code);
        if (ai == null) {
            errors.add(new IdentifierError(ErrorCodes.UNKNOWN_AI, from, "query parameter " + code + " at position "
                    + from + " is not a GS1 Application Identifier"));
        } else if (!ai.dataAttribute()) {
            errors.add(new IdentifierError(ErrorCodes.NOT_A_DATA_ATTRIBUTE, from, AiValueRules.name(ai)
                    + " is not permitted as a Digital Link data attribute in the query; it belongs in the path or "
                    + "not in a Digital Link at all"));
        } else {
            entries.add(new AiEntry(ai, PercentDecoding.decode(s, eq + 1, to, errors), from, eq + 1));
        }
    }
}
