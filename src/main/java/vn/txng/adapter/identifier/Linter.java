package vn.txng.adapter.identifier;

/** A content check of one component of an AI value, named as in the GS1 syntax dictionary. */
@FunctionalInterface
interface Linter {
    /** What is wrong with {@code value[from, to)}, or null when it passes. */
    Violation check(CharSequence value, int from, int to);

    /**
     * A failed content check.
     *
     * @param code     the {@link ErrorCodes} code
     * @param position offset in the checked value where the problem starts
     * @param problem  what is wrong, phrased to follow "AI (nn) "
     */
    record Violation(String code, int position, String problem) {
    }
}
