package vn.txng.adapter.identifier;

import java.util.List;

/** The dictionary's req= (must appear with) and ex= (must not appear with) rules over a set of AIs. */
final class PairingRules {
    private PairingRules() {
    }

    static void check(List<AiEntry> entries, List<IdentifierError> errors) {
        for (int i = 0; i < entries.size(); i++) { // indexed loops: no iterator garbage on the hot path
            AiEntry entry = entries.get(i);
            List<List<List<AiPattern>>> requires = entry.ai().requires();
            for (int r = 0; r < requires.size(); r++) {
                List<List<AiPattern>> rule = requires.get(r);
                if (!satisfied(rule, entry, entries)) {
                    errors.add(new IdentifierError(ErrorCodes.MISSING_REQUIRED_AI, entry.position(),
                            AiValueRules.name(entry.ai()) + " must be used together with " + describe(rule)
                                    + " (GS1 mandatory association)"));
                }
            }
            for (int j = i + 1; j < entries.size(); j++) {
                AiEntry other = entries.get(j);
                if (excludes(entry, other)) {
                    errors.add(new IdentifierError(ErrorCodes.EXCLUDED_AI_PAIR, other.position(),
                            AiValueRules.name(other.ai()) + " must not be used together with "
                                    + AiValueRules.name(entry.ai()) + " (GS1 invalid AI pairing)"));
                }
            }
        }
    }

    private static boolean excludes(AiEntry a, AiEntry b) {
        if (a.ai() == b.ai()) { // the table holds one instance per AI
            return false; // an AI is not exclusive of itself even when it matches a pattern
        }
        return matchesAny(a.ai().excludes(), b.ai()) || matchesAny(b.ai().excludes(), a.ai());
    }

    private static boolean matchesAny(List<AiPattern> patterns, ApplicationIdentifier ai) {
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i).matches(ai)) {
                return true;
            }
        }
        return false;
    }

    private static boolean satisfied(List<List<AiPattern>> rule, AiEntry self, List<AiEntry> entries) {
        for (int a = 0; a < rule.size(); a++) {
            List<AiPattern> alternative = rule.get(a);
            boolean all = true;
            for (int p = 0; p < alternative.size() && all; p++) {
                all = present(alternative.get(p), self, entries);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean present(AiPattern pattern, AiEntry self, List<AiEntry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            AiEntry e = entries.get(i);
            if (e != self && pattern.matches(e.ai())) {
                return true;
            }
        }
        return false;
    }

    /** "(01)", "(01) with (21)", joined by "or". */
    private static String describe(List<List<AiPattern>> rule) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rule.size(); i++) {
            sb.append(i == 0 ? "" : i == rule.size() - 1 ? " or " : ", ");
            List<AiPattern> all = rule.get(i);
            for (int j = 0; j < all.size(); j++) {
                sb.append(j == 0 ? "" : " with ").append('(').append(all.get(j)).append(')');
            }
        }
        return "AI " + sb;
    }
}
