package vn.txng.adapter.source;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@code source_state} table: one row per source, read by {@code status} from any process. */
public final class SourceStates {

    private static final Logger LOG = LoggerFactory.getLogger(SourceStates.class);

    private final DataSource dataSource;

    public SourceStates(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One source as {@code status} lists it; times are null until the event happened once. */
    public record Row(String sourceId, String template, String location, Instant lastPollAt, String lastFile, Instant lastFileAt,
            String lastError, Instant lastErrorAt, Instant failingSince) {
    }

    void register(String sourceId, String template, String location) {
        write("UPDATE source_state SET template = ?, location = ? WHERE source_id = ?", template, location, sourceId);
        if (count(sourceId) == 0) {
            write("INSERT INTO source_state (source_id, template, location) VALUES (?, ?, ?)", sourceId, template, location);
        }
    }

    void polled(String sourceId, Instant at) {
        write("UPDATE source_state SET last_poll_at = ?, failing_since = NULL WHERE source_id = ?", at, sourceId);
    }

    void failed(String sourceId, String error, Instant at, Instant failingSince) {
        write("UPDATE source_state SET last_error = ?, last_error_at = ?, failing_since = ? WHERE source_id = ?",
                error.length() > 2000 ? error.substring(0, 2000) : error, at, failingSince, sourceId);
    }

    void fileProcessed(String sourceId, String file, Instant at) {
        write("UPDATE source_state SET last_file = ?, last_file_at = ? WHERE source_id = ?", file, at, sourceId);
    }

    /** What {@code txng-http-source} remembers of the last body it processed. */
    public record HttpValidators(String etag, String lastModified, String contentHash) {
    }

    HttpValidators httpValidators(String sourceId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT http_etag, http_last_modified, content_hash FROM source_state WHERE source_id = ?")) {
            select.setString(1, sourceId);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? new HttpValidators(result.getString(1), result.getString(2), result.getString(3))
                        : new HttpValidators(null, null, null);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the state of source " + sourceId + ": " + e.getMessage(), e);
        }
    }

    void httpProcessed(String sourceId, HttpValidators validators) {
        write("UPDATE source_state SET http_etag = ?, http_last_modified = ?, content_hash = ? WHERE source_id = ?",
                validators.etag(), validators.lastModified(), validators.contentHash(), sourceId);
    }

    public List<Row> list() {
        List<Row> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT * FROM source_state ORDER BY source_id");
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rows.add(new Row(result.getString("source_id"), result.getString("template"), result.getString("location"),
                        time(result, "last_poll_at"), result.getString("last_file"), time(result, "last_file_at"),
                        result.getString("last_error"), time(result, "last_error_at"), time(result, "failing_since")));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the sources' state: " + e.getMessage(), e);
        }
        return rows;
    }

    private long count(String sourceId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM source_state WHERE source_id = ?")) {
            select.setString(1, sourceId);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the state of source " + sourceId + ": " + e.getMessage(), e);
        }
    }

    // a source's state is for people reading `status`; a database hiccup here must not fail a poll
    private void write(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value instanceof Instant instant) {
                    update.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
                } else if (value == null) {
                    // only texts are ever written as null here (an HTTP validator the server did not send)
                    update.setNull(i + 1, Types.VARCHAR);
                } else {
                    update.setString(i + 1, value.toString());
                }
            }
            update.executeUpdate();
        } catch (SQLException e) {
            LOG.warn("could not record the state of a source: {}", e.getMessage());
        }
    }

    private static Instant time(ResultSet result, String column) throws SQLException {
        OffsetDateTime value = result.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
