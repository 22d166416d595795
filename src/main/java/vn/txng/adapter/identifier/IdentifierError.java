package vn.txng.adapter.identifier;

import java.util.Objects;

/**
 * One problem found in an identifier.
 *
 * @param code     stable UPPER_SNAKE code (see {@link ErrorCodes})
 * @param position 0-based character offset in the raw input where the problem is, or -1
 * @param message  a sentence a person can act on, naming the rule
 */
public record IdentifierError(String code, int position, String message) {
    public IdentifierError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** The same problem seen from an input where this text starts at {@code offset}. */
    IdentifierError shift(int offset) {
        return position < 0 || offset == 0 ? this : new IdentifierError(code, position + offset, message);
    }
}
