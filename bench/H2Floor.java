import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import org.h2.jdbcx.JdbcDataSource;
import vn.txng.adapter.outbox.Outbox;

/**
 * What H2 alone costs to stage N new rows of the outbox's layout (Flyway V1-V5, made by Outbox.open),
 * written as the stager writes them (batches of 1000 inserts, one commit per chunk of 1000), with no
 * reading, checking, JSON or SHA-256: the floor under `run --once --no-push` on H2. Then the same
 * without the claim index, and without both secondary indexes (the table alone), to show what each
 * index written per row costs; then the unchanged path's part: every key looked up again in the
 * stager's 100-key IN lists. Run: java -cp target/txng-adapter.jar bench/H2Floor.java [N]
 */
public class H2Floor {

    private static final String INSERT = "INSERT INTO outbox_record (kind, business_key, payload, content_hash, revision,"
            + " idempotency_key, state, attempts, reject_code, reject_reason, staged_at, updated_at)"
            + " VALUES ('LOT', ?, ?, ?, 1, ?, 'PENDING', 0, NULL, NULL, ?, ?)";

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        System.out.printf("H2 alone, %,d new rows, chunks of 1000, one thread (load average %s)%n", n,
                Files.readString(Path.of("/proc/loadavg")).substring(0, 14));
        stage(n, "outbox layout (table + unique key + claim index)", null, true);
        stage(n, "without the claim index", "DROP INDEX ix_outbox_record_claim", false);
        // what a claim index keyed by one small integer (kind and state coded) would cost instead
        stage(n, "claim index on (integer queue, id)", "DROP INDEX ix_outbox_record_claim;"
                + " ALTER TABLE outbox_record ADD COLUMN queue SMALLINT DEFAULT 1 NOT NULL;"
                + " CREATE INDEX ix_outbox_record_queue ON outbox_record (queue, id)", false);
        stage(n, "table alone (no secondary index)", "DROP INDEX ix_outbox_record_claim; ALTER TABLE outbox_record DROP CONSTRAINT uq_outbox_record_key", false);
    }

    private static void stage(int n, String label, String change, boolean thenLookUp) throws Exception {
        Path dir = Files.createTempDirectory("h2floor");
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + dir.resolve("txng"));
        source.setUser("sa");
        Outbox.open(source);
        try (Connection connection = source.getConnection()) {
            if (change != null) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(change);
                }
            }
            connection.setAutoCommit(false);
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int i = 0; i < n; i++) {
                    String key = key(i);
                    insert.setString(1, key);
                    // the size and shape of a generated lot's canonical JSON (about 180 bytes)
                    insert.setString(2, "{\"gtin\":\"08934563123451\",\"lotNumber\":\"" + key.substring(15) + "\",\"productionDate\":"
                            + "\"2026-09-01\",\"expiryDate\":\"2028-09-01\",\"quantity\":120,\"unit\":\"H87\",\"facility\":\"8934563000016\"}");
                    insert.setString(3, String.format("%064x", i));
                    insert.setString(4, String.format("%036x", i));
                    insert.setObject(5, now);
                    insert.setObject(6, now);
                    insert.addBatch();
                    if ((i + 1) % 1000 == 0) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
            long written = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT");
            }
            long flushed = System.nanoTime();
            System.out.printf("  %-50s %7.1f s  %5.1f us/row  (+ checkpoint %.1f s)%n", label, (written - start) / 1e9,
                    (written - start) / 1e3 / n, (flushed - written) / 1e9);
            if (thenLookUp) {
                lookUp(connection, n);
            }
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The unchanged path's database part: every key again, 100 to a statement, as the stager asks. */
    private static void lookUp(Connection connection, int n) throws SQLException {
        String in = String.join(", ", Collections.nCopies(100, "?"));
        long start = System.nanoTime();
        long found = 0;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT business_key, id, content_hash, revision, state, kind FROM outbox_record WHERE business_key IN (" + in + ")")) {
            for (int from = 0; from < n; from += 100) {
                for (int p = 0; p < 100; p++) {
                    select.setString(p + 1, key(Math.min(from + p, n - 1)));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found++;
                    }
                }
                if ((from / 100 + 1) % 10 == 0) {
                    connection.commit();
                }
            }
            connection.commit();
        }
        long end = System.nanoTime();
        System.out.printf("  %-50s %7.1f s  %5.1f us/row  (%,d found)%n", "every key looked up again (unchanged)", (end - start) / 1e9,
                (end - start) / 1e3 / n, found);
    }

    private static String key(int i) {
        return String.format("08934563123451|B%07d", i);
    }
}
