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
        String name = name(ai);
        if (value.isEmpty()) {
            return new IdentifierError(ErrorCodes.EMPTY, base, name + " has no data; it needs " + expected(ai));
        }
        if (value.length() > ai.maxLength()) {
            return new IdentifierError(ErrorCodes.BAD_LENGTH, base + ai.maxLength(), name + " has " + value.length()
                    + " characters, but at most " + ai.maxLength() + " are allowed (format " + ai.format() + ")");
        }
        int pos = 0;
        for (Component c : ai.components()) {
            if (pos == value.length() && c.optional()) {
                break;
            }
            int take = c.fixed() ? c.maxLength() : Math.min(c.maxLength(), value.length() - pos);
            if (take == 0 || pos + take > value.length()) {
                return new IdentifierError(ErrorCodes.BAD_LENGTH, base + value.length(), name + " has "
                        + value.length() + " characters, too few: it needs " + expected(ai));
            }
            IdentifierError e = checkComponent(ai, c, value, pos, pos + take, base);
            if (e != null) {
                return e;
            }
            pos += take;
        }
        if (pos < value.length()) {
            return new IdentifierError(ErrorCodes.BAD_LENGTH, base + pos, name + " has " + value.length()
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
        for (Component.Named named : c.linters()) {
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
