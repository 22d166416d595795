package vn.txng.adapter.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import vn.txng.adapter.ingest.KnownLots;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.outbox.Outbox;

/**
 * The lots the configured outbox has staged, for `validate`: opened only when asked, and only when it exists (the
 * default H2 file is never created by a command that stages nothing).
 */
public final class OutboxLots {

    private OutboxLots() {
    }

    public static KnownLots of(Settings settings) {
        return lotKeys -> {
            if (!Databases.isPostgres(settings) && !settings.isSet("txng.db.url") && !h2FileExists(settings)) {
                return Set.of();
            }
            DataSource dataSource = Databases.dataSource(settings);
            try {
                Outbox outbox = Databases.openOutbox(settings, dataSource);
                return outbox.stagedContents(RecordKind.LOT, List.copyOf(lotKeys)).keySet();
            } finally {
                Databases.close(settings, dataSource);
            }
        };
    }

    private static boolean h2FileExists(Settings settings) {
        return Files.exists(settings.dataDir().resolve("db").resolve("txng.mv.db"));
    }
}
