package vn.txng.adapter.identifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Warns of a batch/lot (10) or serial (21) that may have swallowed the elements after it: a scanner that loses the
 * GS (FNC1) ending a variable-length value reads the next AIs as part of it, and the data stays valid, so GS1's
 * Barcode Syntax Engine cannot tell. Lots may legitimately look so, hence a warning, never an error.
 *
 * <p>A reading is plausible, and only then warned of, when all of these hold at a position inside the value (at
 * least one character left to it):
 * <ul>
 *   <li>the rest of the value starts with a date AI, (15) best before or (17) expiry, whose six digits are a
 *       valid YYMMDD: text seldom holds one by chance, while any text after "21" or "10" would read as a serial or
 *       lot, so those count only after a date, never alone;</li>
 *   <li>the rest reads completely into known AIs, each with a valid value (a date, then maybe more, up to the end);</li>
 *   <li>none of those AIs is in the scan already (a label carries each once);</li>
 *   <li>the whole scan read so passes every check it passed as scanned (repeats, pairings).</li>
 * </ul>
 * The leftmost such position is named, the reading that swallowed most.
 */
final class LostSeparators {
    private static final Set<String> SWALLOWERS = Set.of("10", "21");
    // best before and expiry only: production, due and sell-by dates (11, 12, 13, 16) are how numeric lots are coded
    // (a lot 2511170930 holds "11" + a valid YYMMDD), so they would warn of every such lot
    private static final Set<String> DATES = Set.of("15", "17");

    private LostSeparators() {
    }

    /** Adds a {@link ErrorCodes#POSSIBLE_MISSING_SEPARATOR} warning for each lot or serial of valid scanned entries. */
    static void warn(List<AiEntry> entries, List<IdentifierError> warnings) {
        for (int i = 0; i < entries.size(); i++) {
            if (SWALLOWERS.contains(entries.get(i).ai().code())) {
                IdentifierError warning = firstReading(entries, i);
                if (warning != null) {
                    warnings.add(warning);
                }
            }
        }
    }

    private static IdentifierError firstReading(List<AiEntry> entries, int index) {
        AiEntry swallower = entries.get(index);
        String value = swallower.value();
        for (int k = 1; k + 2 < value.length(); k++) {
            if (!DATES.contains(value.substring(k, k + 2))) {
                continue;
            }
            List<AiEntry> tail = new ArrayList<>(3);
            List<IdentifierError> errors = new ArrayList<>(1);
            UnbracketedParser.parse(value, k, value.length(), true, tail, errors);
            if (!errors.isEmpty() || tail.isEmpty() || present(entries, tail)) {
                continue;
            }
            int base = swallower.valuePosition();
            List<AiEntry> reading = new ArrayList<>(entries.size() + tail.size());
            reading.addAll(entries.subList(0, index));
            reading.add(new AiEntry(swallower.ai(), value.substring(0, k), swallower.position(), base));
            for (AiEntry t : tail) {
                reading.add(new AiEntry(t.ai(), t.value(), base + t.position(), base + t.valuePosition()));
            }
            reading.addAll(entries.subList(index + 1, entries.size()));
            Checked<ElementString> read = ElementStringParser.check(reading, new ArrayList<>(), new ArrayList<>());
            if (read.valid()) {
                return warning(swallower, k, tail, read.value());
            }
        }
        return null;
    }

    private static boolean present(List<AiEntry> entries, List<AiEntry> tail) {
        return tail.stream().anyMatch(t -> entries.stream().anyMatch(e -> e.ai() == t.ai()));
    }

    private static IdentifierError warning(AiEntry swallower, int k, List<AiEntry> tail, ElementString reading) {
        StringBuilder swallowed = new StringBuilder(32);
        for (AiEntry t : tail) {
            swallowed.append('(').append(t.ai().code()).append(')').append(t.value().replace("(", "\\("));
        }
        int at = swallower.valuePosition() + k;
        return new IdentifierError(ErrorCodes.POSSIBLE_MISSING_SEPARATOR, at, AiValueRules.name(swallower.ai()) + " '"
                + swallower.value() + "' holds what reads as " + swallowed + " from position " + at + ": a GS (FNC1) "
                + "separator lost there by the scan would explain it, and the scan would read "
                + reading.bracketed() + "; the value is kept as scanned, so compare it with the label");
    }
}
