package vn.txng.adapter.source;

import javax.sql.DataSource;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The files one source has processed, in the outbox database (table {@code source_file}, Flyway V4):
 * Camel's JDBC idempotent repository on the adapter's own table. A file's key (path, size,
 * modification time) is added only when its exchange completes, after its records are staged.
 */
public final class ProcessedFiles extends JdbcMessageIdRepository {

    public ProcessedFiles(DataSource dataSource, String sourceId) {
        super(dataSource, sourceId);
        // the table is Flyway's; the statements keep Camel's parameter order (source, key[, time])
        setCreateTableIfNotExists(false);
        setTableExistsString("SELECT 1 FROM source_file WHERE 1 = 0");
        setQueryString("SELECT COUNT(*) FROM source_file WHERE source_id = ? AND file_key = ?");
        setInsertString("INSERT INTO source_file (source_id, file_key, processed_at) VALUES (?, ?, ?)");
        setDeleteString("DELETE FROM source_file WHERE source_id = ? AND file_key = ?");
        setClearString("DELETE FROM source_file WHERE source_id = ?");
    }

    /** Camel's add reads then inserts: a second node inserting the same key in between loses on the primary key, not with an error. */
    @Override
    public boolean add(String key) {
        try {
            return super.add(key);
        } catch (DataIntegrityViolationException takenByAnotherNode) {
            return false;
        }
    }
}
