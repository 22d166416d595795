package vn.txng.adapter.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** A file an ERP is still writing: a line is appended every 50 ms until closed, so no read lock ever finds it quiet. */
final class GrowingFile implements AutoCloseable {

    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();

    GrowingFile(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", StandardCharsets.UTF_8);
        writer.scheduleAtFixedRate(() -> {
            try {
                Files.writeString(file, "<!-- still writing -->\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, 50, 50, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        writer.shutdownNow();
        writer.awaitTermination(5, TimeUnit.SECONDS);
    }
}
