package vn.txng.adapter.identifier;

import java.util.List;

/**
 * One component of an AI's data field, e.g. {@code N6,yymmd0} or {@code [X..17]}.
 *
 * @param charset   the characters it may hold
 * @param minLength fewest characters (equal to maxLength when fixed)
 * @param maxLength most characters
 * @param optional  may be left out when the data ends before it
 * @param linters   content checks with their dictionary names
 */
record Component(CharacterSet charset, int minLength, int maxLength, boolean optional, List<Named> linters) {

    /** A linter with the name the dictionary gives it, for messages. */
    record Named(String name, Linter linter) {
    }

    boolean fixed() {
        return minLength == maxLength;
    }

    /** Parses one specification component such as {@code N3,iso3166}, {@code X..20} or {@code [N..12]}. */
    static Component parse(String spec) {
        String[] parts = spec.split(",");
        String type = parts[0];
        boolean optional = type.startsWith("[");
        type = type.replace("[", "").replace("]", "");
        CharacterSet set = CharacterSet.of(type.charAt(0));
        boolean variable = type.startsWith("..", 1);
        int max = Integer.parseInt(type.substring(variable ? 3 : 1));
        List<Named> linters = new java.util.ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            linters.add(new Named(parts[i], Linters.named(parts[i])));
        }
        return new Component(set, variable ? 1 : max, max, optional, List.copyOf(linters));
    }

    String describe() {
        String length = fixed() ? "exactly " + maxLength : "1 to " + maxLength;
        return length + " characters of " + charset.description();
    }
}
