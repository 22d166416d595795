package vn.txng.adapter.app;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.source.ProcessedFiles;

/**
 * Test helper run as its own process: claims one file of source {@code plant-a} under the default node
 * name, then halts (its claim on disk) without confirming or releasing it (a crash mid-file). Argument: the file's key.
 */
public final class ClaimThenHalt {

    private ClaimThenHalt() {
    }

    public static void main(String[] args) {
        Settings settings = Settings.load();
        DataSource database = Databases.dataSource(settings);
        Outbox.open(database);
        boolean claimed = new ProcessedFiles(database, "plant-a", settings.nodeName(), Duration.ofMinutes(15), Clock.systemUTC())
                .add(args[0]);
        System.out.println("claimed " + claimed + " as " + settings.nodeName());
        // the claim on disk (H2 writes behind), then no confirm nor release: the process dies mid-file
        Databases.close(database);
        Runtime.getRuntime().halt(0);
    }
}
