package vn.txng.adapter.identifier;

import java.util.List;

/** Checks one AI value against its components: lengths, character sets, then each component's linters. */
final class AiValueRules {
    private AiValueRules() {
    }

    /** Adds at most one error (the first found) for {@code value}; positions are {@code base} + offset in value. */
    static void check(ApplicationIdentifier ai, String value, int base, List<IdentifierError> errors) {
        IdentifierError e = firstProblem(ai, value, base);
        if (e != null) {
            errors.add(e);
        }
    }

    static IdentifierError firstProblem(ApplicationIdentifier ai, String value, int base) {
        if (value.isEmpty()) {
            return new IdentifierError(ErrorCodes.EMPTY, base, name(ai) + " has no data; it needs " + expected(ai));
        }
        if (value.length() > ai.maxLength()) {
            return new IdentifierError(ErrorCodes.BAD_LENGTH, base + ai.maxLength(), name(ai) + " has " + value.length()
                    + " characters, but at most " + ai.maxLength() + " are allowed (format " + ai.format() + ")");
        }
        int pos = 0;
        List<Component> components = ai.components();
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            if (pos == value.length() && c.optional()) {
                break;
            }
            int take = c.fixed() ? c.maxLength() : Math.min(c.maxLength(), value.length() - pos);
            if (take == 0 || pos + take > value.length()) {
                return new IdentifierError(ErrorCodes.BAD_LENGTH, base + value.length(), name(ai) + " has "
                        + value.length() + " characters, too few: it needs " + expected(ai));
            }
            IdentifierError e = checkComponent(ai, c, value, pos, pos + take, base);
            if (e != null) {
                return e;
            }
            pos += take;
        }
        if (pos < value.length()) {
            return new IdentifierError(ErrorCodes.BAD_LENGTH, base + pos, name(ai) + " has " + value.length()
                    + " characters, which does not fit its format " + ai.format());
        }
        return null;
    }

    private static IdentifierError checkComponent(ApplicationIdentifier ai, Component c, String value, int from, int to,
                                                  int base) {
        int bad = c.charset().firstInvalid(value, from, to);
        if (bad >= 0) {
            String code = c.charset() == CharacterSet.N ? ErrorCodes.NOT_NUMERIC : ErrorCodes.BAD_CHARACTER;
            return new IdentifierError(code, base + bad, name(ai) + " has " + Text.show(value.charAt(bad))
                    + " at position " + (base + bad) + ", but this part allows only " + c.charset().description()
                    + " (format " + ai.format() + ")");
        }
        List<Component.Named> linters = c.linters();
        for (int i = 0; i < linters.size(); i++) {
            Component.Named named = linters.get(i);
            Linter.Violation v = named.linter().check(value, from, to);
            if (v != null) {
                return new IdentifierError(v.code(), base + v.position(), name(ai) + " " + v.problem()
                        + " [GS1 rule " + named.name() + "]");
            }
        }
        return null;
    }

    static String name(ApplicationIdentifier ai) {
        return "AI (" + ai.code() + ")" + (ai.title().isEmpty() ? "" : " " + ai.title());
    }

    private static String expected(ApplicationIdentifier ai) {
        int min = ai.minLength();
        int max = ai.maxLength();
        return (min == max ? "exactly " + max : min + " to " + max) + " characters (format " + ai.format() + ")";
    }
}
