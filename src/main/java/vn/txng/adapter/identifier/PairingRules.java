package vn.txng.adapter.identifier;

import java.util.List;

/** The dictionary's req= (must appear with) and ex= (must not appear with) rules over a set of AIs. */
final class PairingRules {
    private PairingRules() {
    }

    static void check(List<AiEntry> entries, List<IdentifierError> errors) {
        for (AiEntry entry : entries) {
            for (List<List<String>> rule : entry.ai().requires()) {
                if (!satisfied(rule, entry, entries)) {
                    errors.add(new IdentifierError(ErrorCodes.MISSING_REQUIRED_AI, entry.position(),
                            AiValueRules.name(entry.ai()) + " must be used together with " + describe(rule)
                                    + " (GS1 mandatory association)"));
                }
            }
            for (AiEntry other : entries) {
                if (other.position() > entry.position() && excludes(entry, other)) {
                    errors.add(new IdentifierError(ErrorCodes.EXCLUDED_AI_PAIR, other.position(),
                            AiValueRules.name(other.ai()) + " must not be used together with "
                                    + AiValueRules.name(entry.ai()) + " (GS1 invalid AI pairing)"));
                }
            }
        }
    }

    private static boolean excludes(AiEntry a, AiEntry b) {
        if (a.ai().code().equals(b.ai().code())) {
            return false; // an AI is not exclusive of itself even when it matches a pattern
        }
        return matchesAny(a.ai().excludes(), b.ai()) || matchesAny(b.ai().excludes(), a.ai());
    }

    private static boolean matchesAny(List<String> patterns, ApplicationIdentifier ai) {
        for (String pattern : patterns) {
            if (ai.matches(pattern)) {
                return true;
            }
        }
        return false;
    }

    private static boolean satisfied(List<List<String>> rule, AiEntry self, List<AiEntry> entries) {
        for (List<String> alternative : rule) {
            boolean all = true;
            for (String pattern : alternative) {
                all &= present(pattern, self, entries);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean present(String pattern, AiEntry self, List<AiEntry> entries) {
        for (AiEntry e : entries) {
            if (e != self && e.ai().matches(pattern)) {
                return true;
            }
        }
        return false;
    }

    /** "(01)", "(01) with (21)", joined by "or". */
    private static String describe(List<List<String>> rule) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rule.size(); i++) {
            sb.append(i == 0 ? "" : i == rule.size() - 1 ? " or " : ", ");
            List<String> all = rule.get(i);
            for (int j = 0; j < all.size(); j++) {
                sb.append(j == 0 ? "" : " with ").append('(').append(all.get(j).replace('n', 'n')).append(')');
            }
        }
        return "AI " + sb;
    }
}
