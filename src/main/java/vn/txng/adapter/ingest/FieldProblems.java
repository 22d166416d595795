package vn.txng.adapter.ingest;

import java.util.List;
import java.util.function.Consumer;
import vn.txng.adapter.identifier.Checked;
import vn.txng.adapter.identifier.ErrorCodes;
import vn.txng.adapter.identifier.IdentifierError;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;

/** Collects a record's problems, each with its code, position, field and an actionable sentence. */
final class FieldProblems {

    /** The code of a required field that is missing or empty. */
    static final String REQUIRED = "REQUIRED";

    private final SourcePosition position;
    private final List<Rejection> problems;
    private final Consumer<String> warnings;

    FieldProblems(SourcePosition position, List<Rejection> problems) {
        this(position, problems, warning -> { });
    }

    /** The same, with {@code warnings} taking each identifier's reading warning as a line of the file's report. */
    FieldProblems(SourcePosition position, List<Rejection> problems, Consumer<String> warnings) {
        this.position = position;
        this.problems = problems;
        this.warnings = warnings;
    }

    void add(String code, String field, String message) {
        problems.add(new Rejection(code, position, field, message));
    }

    /** The identifier's normal form, or null after reporting each of its errors under {@code field}. */
    <T> T identifier(String field, String raw, Checked<T> checked) {
        for (IdentifierError warning : checked.warnings()) {
            if (ErrorCodes.READING_WARNINGS.contains(warning.code())) {
                warnings.accept(new Rejection(warning.code(), position, field, warning.message() + where(warning, raw)).toString());
            }
        }
        if (checked.valid()) {
            return checked.value();
        }
        for (IdentifierError error : checked.errors()) {
            add(error.code(), field, error.message() + where(error, raw));
        }
        return null;
    }

    private static String where(IdentifierError problem, String raw) {
        return problem.position() >= 0 ? " (at character " + (problem.position() + 1) + " of '" + printable(raw) + "')" : " ('" + printable(raw) + "')";
    }

    boolean required(String field, Object value, String what) {
        if (value == null || (value instanceof String text && text.isBlank()) || (value instanceof List<?> list && list.isEmpty())) {
            add(REQUIRED, field, field + " is missing: the portal requires " + what);
            return false;
        }
        return true;
    }

    /** Whether {@code value}, when given, has at most {@code max} characters; a {@code TOO_LONG} problem otherwise. */
    boolean atMost(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add("TOO_LONG", field, field + " has " + value.length() + " characters; the portal takes at most " + max);
            return false;
        }
        return true;
    }

    boolean none() {
        return problems.isEmpty();
    }

    /** Shows control characters such as GS (0x1D) visibly in messages. */
    static String printable(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(raw.length());
        raw.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7F) {
                text.append(String.format("<%02X>", c));
            } else {
                text.appendCodePoint(c);
            }
        });
        return text.toString();
    }
}
