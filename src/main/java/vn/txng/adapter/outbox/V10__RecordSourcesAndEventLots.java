package vn.txng.adapter.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.txng.adapter.model.EventLot;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.RecordKind;

/**
 * Migration V10 (issue 23, the console): where each record's content came from, and the lots each event names, so
 * that a lot's journey is one index lookup instead of a LIKE over every event's payload. Java, not SQL, because the
 * events staged before it are decoded ({@link RecordCodec}) to write their lots down: once, in the migration's
 * transaction, so no start ever serves a journey that misses them. Its statements are portable SQL (H2 2.x, PostgreSQL 12+).
 */
public final class V10__RecordSourcesAndEventLots extends BaseJavaMigration {

    private static final String[] SCHEMA = {
        // the file and the place in it of the staged content (SourcePosition); null: staged before V10
        "ALTER TABLE outbox_record ADD COLUMN source_file VARCHAR(600)",
        "ALTER TABLE outbox_record ADD COLUMN source_position VARCHAR(200)",
        // one row per lot an event's staged content names (lot key GTIN-14/lot number, event key), rewritten when the
        // event is staged again; by keys, not row ids, so the stager writes it in its batch without reading ids back
        "CREATE TABLE outbox_event_lot (lot_key VARCHAR(200) NOT NULL, event_key VARCHAR(200) NOT NULL,"
                + " CONSTRAINT pk_outbox_event_lot PRIMARY KEY (lot_key, event_key))",
        // the stager forgets an event's old lots by its key
        "CREATE INDEX ix_outbox_event_lot_event ON outbox_event_lot (event_key)",
    };
    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            for (String sql : SCHEMA) {
                statement.execute(sql);
            }
        }
        try (PreparedStatement events = connection.prepareStatement("SELECT business_key, payload FROM outbox_record WHERE kind = 'EVENT'");
             PreparedStatement add = connection.prepareStatement("INSERT INTO outbox_event_lot (lot_key, event_key) VALUES (?, ?)")) {
            // PostgreSQL streams the rows only with a fetch size (Flyway runs this inside a transaction)
            events.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = events.executeQuery()) {
                while (rows.next()) {
                    EventRecord event = (EventRecord) RecordCodec.fromJson(RecordKind.EVENT, rows.getString(2));
                    Set<String> lots = new LinkedHashSet<>();
                    event.lots().stream().map(EventLot::lotKey).forEach(lots::add);
                    for (String lot : lots) {
                        add.setString(1, lot);
                        add.setString(2, rows.getString(1));
                        add.addBatch();
                        if (++pending == BATCH) {
                            add.executeBatch();
                            pending = 0;
                        }
                    }
                }
            }
            if (pending > 0) {
                add.executeBatch();
            }
        }
    }
}
