package vn.txng.adapter.model;

/**
 * Where a record or a problem was found: the file, the line (1-based; 0 when unknown) and a
 * locator that a person can find in the file, such as {@code Lot #12} or an EDI segment.
 */
public record SourcePosition(String file, long line, String locator) {

    public static SourcePosition of(String file, long line, String locator) {
        return new SourcePosition(file, line, locator);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file == null ? "?" : file);
        if (line > 0) {
            text.append(':').append(line);
        }
        if (locator != null && !locator.isEmpty()) {
            text.append(" (").append(locator).append(')');
        }
        return text.toString();
    }
}
