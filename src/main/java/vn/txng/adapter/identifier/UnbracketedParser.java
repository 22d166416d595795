package vn.txng.adapter.identifier;

import java.util.List;

/** Splits raw barcode data (AI digits, FNC1 transmitted as GS after variable-length values) into AI entries. */
final class UnbracketedParser {
    static final char GS = 0x1D;

    private UnbracketedParser() {
    }

    /** Adds the entries of {@code s[from, to)}; stops at the first error it cannot read past. */
    static void parse(String s, int from, int to, List<AiEntry> entries, List<IdentifierError> errors) {
        AiTable table = AiTable.instance();
        int i = from;
        while (i < to) {
            if (s.charAt(i) == GS) { // separator, also tolerated first (FNC1 in first position) and after fixed values
                i++;
                continue;
            }
            int length = table.lengthAt(s, i);
            ApplicationIdentifier ai = length == 0 ? null : table.at(s, i, Math.min(length, to - i));
            if (ai == null || i + length > to) {
                errors.add(unknownAi(s, i, to, length));
                return;
            }
            int v = i + length;
            int end;
            if (ai.predefinedLength()) {
                end = v + ai.maxLength();
                if (end > to) {
                    errors.add(new IdentifierError(ErrorCodes.BAD_LENGTH, to, AiValueRules.name(ai) + " needs exactly "
                            + ai.maxLength() + " characters, but the data ends after " + (to - v)));
                    return;
                }
            } else {
                end = v;
                while (end < to && s.charAt(end) != GS) {
                    end++;
                }
                if (end - v > ai.maxLength()) {
                    errors.add(new IdentifierError(ErrorCodes.MISSING_SEPARATOR, v + ai.maxLength(),
                            AiValueRules.name(ai) + " takes at most " + ai.maxLength() + " characters, but "
                                    + (end - v) + " follow it: a GS (FNC1) separator is missing after its value"));
                    return;
                }
            }
            entries.add(new AiEntry(ai, s.substring(v, end), i, v));
            i = end;
        }
    }

    private static IdentifierError unknownAi(String s, int at, int to, int length) {
        if (length == 0 && (at + 2 > to || !Text.isDigit(s.charAt(at)) || !Text.isDigit(s.charAt(at + 1)))) {
            char c = s.charAt(Text.isDigit(s.charAt(at)) && at + 1 < to ? at + 1 : at);
            return new IdentifierError(ErrorCodes.BAD_SYNTAX, at, "expected a GS1 Application Identifier (digits) at"
                    + " position " + at + ", but found " + (at + 1 >= to ? "the end of the data" : Text.show(c)));
        }
        String digits = s.substring(at, Math.min(to, at + Math.max(length, 2)));
        return new IdentifierError(ErrorCodes.UNKNOWN_AI, at, "(" + digits + ") at position " + at
                + " is not a GS1 Application Identifier; check the data or the separators before it");
    }
}
