package vn.txng.adapter.identifier;

import java.util.List;

/** Splits raw barcode data (AI digits, FNC1 transmitted as GS after variable-length values) into AI entries. */
final class UnbracketedParser {
    static final char GS = 0x1D;

    private UnbracketedParser() {
    }

    /**
     * Adds the entries of {@code s[from, to)}; stops at the first error it cannot read past. A GS separates an AI's
     * value from the next AI: one is accepted after any value and at the end, one first only when no symbology
     * identifier precedes (it then stands for FNC1 in first position, which a symbology identifier already implies).
     * Anywhere else, as in GS1's Barcode Syntax Engine, it would open an empty AI.
     */
    static void parse(String s, int from, int to, boolean afterSymbology, List<AiEntry> entries,
                      List<IdentifierError> errors) {
        AiTable table = AiTable.instance();
        int i = from;
        if (!afterSymbology && i < to && s.charAt(i) == GS) {
            i++; // FNC1 in first position, transmitted as GS
        }
        while (i < to) {
            if (s.charAt(i) == GS) {
                errors.add(new IdentifierError(ErrorCodes.BAD_SYNTAX, i, "GS (FNC1) at position " + i + (i == from
                        ? " directly after the symbology identifier, which already stands for FNC1 in first position"
                        : " follows another separator") + "; a GS may only end a value, so an Application Identifier"
                        + " must follow it"));
                return;
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
            i = end < to && s.charAt(end) == GS ? end + 1 : end; // the separator after a value, also a fixed one
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
