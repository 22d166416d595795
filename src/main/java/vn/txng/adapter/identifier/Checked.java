package vn.txng.adapter.identifier;

import java.util.List;

/**
 * The verdict on one raw identifier: its normal form when valid, and what was found.
 *
 * @param value    the normalised value; null when not valid
 * @param errors   problems that make the identifier unusable
 * @param warnings problems worth reporting that do not block it
 */
public record Checked<T>(T value, List<IdentifierError> errors, List<IdentifierError> warnings) {
    public Checked {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        if (!errors.isEmpty()) {
            value = null; // an invalid identifier never leaks a half-normalised value
        }
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public static <T> Checked<T> ok(T value) {
        return new Checked<>(value, List.of(), List.of());
    }

    public static <T> Checked<T> ok(T value, List<IdentifierError> warnings) {
        return new Checked<>(value, List.of(), warnings);
    }

    public static <T> Checked<T> failed(IdentifierError error) {
        return new Checked<>(null, List.of(error), List.of());
    }

    public static <T> Checked<T> failed(List<IdentifierError> errors, List<IdentifierError> warnings) {
        return new Checked<>(null, errors, warnings);
    }

    /** Builds the verdict from collected problems: valid exactly when there are no errors. */
    public static <T> Checked<T> of(T value, List<IdentifierError> errors, List<IdentifierError> warnings) {
        return new Checked<>(value, errors, warnings);
    }
}
