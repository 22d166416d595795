package vn.txng.adapter.model;

import java.util.Objects;

/**
 * Where a record or a problem was found: the file, the line (1-based; 0 when unknown) and a
 * locator that a person can find in the file, such as {@code Lot #12} or an EDI segment. A record read from a sheet
 * or CSV file also knows the cell of each of its fields ({@code cells}, null otherwise; not part of equality).
 */
public record SourcePosition(String file, long line, String locator, FieldCells cells) {

    public SourcePosition(String file, long line, String locator) {
        this(file, line, locator, null);
    }

    public static SourcePosition of(String file, long line, String locator) {
        return new SourcePosition(file, line, locator);
    }

    /** The position of {@code field} of the record here: its cell when known, else this position. */
    public SourcePosition at(String field) {
        if (cells == null || field == null) {
            return this;
        }
        SourcePosition cell = cells.cell(field);
        return cell == null ? this : cell;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourcePosition that && line == that.line && Objects.equals(file, that.file)
                && Objects.equals(locator, that.locator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, line, locator);
    }

    /** Where in its file, without the file: {@code line 12 (Lot #3)}, {@code line 12}, {@code Lot #3}, or null when unknown. */
    public String where() {
        String at = line > 0 ? "line " + line : null;
        boolean located = locator != null && !locator.isEmpty();
        if (at == null) {
            return located ? locator : null;
        }
        return located ? at + " (" + locator + ")" : at;
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
