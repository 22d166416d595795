package vn.txng.adapter.outbox;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.postgresql.PGConnection;

/**
 * Rows for PostgreSQL's {@code COPY ... FROM STDIN} in its text format (one line a row, columns
 * apart by tabs, {@code \N} for null, backslash escapes), sent with the driver's CopyManager: one
 * round trip and no per-row statement for a chunk's new rows. Not thread-safe.
 */
final class CopyRows {

    private final String copy;
    private final StringBuilder rows = new StringBuilder(1 << 16);
    private int count;
    private boolean rowStarted;

    /** {@code copy}: the {@code COPY table (columns) FROM STDIN} statement the rows are for. */
    CopyRows(String copy) {
        this.copy = copy;
    }

    CopyRows text(String value) {
        separate();
        if (value == null) {
            rows.append("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(c);
            }
        }
        return this;
    }

    CopyRows number(long value) {
        separate();
        rows.append(value);
        return this;
    }

    /** ISO 8601 with its offset, which PostgreSQL reads as a timestamp with time zone. */
    CopyRows time(OffsetDateTime value) {
        return text(value == null ? null : value.toString());
    }

    void endRow() {
        rows.append('\n');
        rowStarted = false;
        count++;
    }

    int count() {
        return count;
    }

    /** Sends the rows (nothing when there are none) and forgets them. */
    void send(Connection connection) throws SQLException {
        if (count == 0) {
            return;
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new StringReader(rows.toString()));
        } catch (IOException e) {
            // reading from a string does not fail; the driver reports a broken connection as an SQLException
            throw new UncheckedIOException(e);
        }
        rows.setLength(0);
        count = 0;
    }

    private void separate() {
        if (rowStarted) {
            rows.append('\t');
        }
        rowStarted = true;
    }
}
