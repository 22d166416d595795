package vn.txng.adapter.outbox;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcConnectionPool;
import vn.txng.adapter.model.LotRecord;

/**
 * Benchmark, not a test: stages N generated lots in chunks into a fresh H2 file database, then the
 * same N again (all unchanged), and prints records per second for each pass.
 * <pre>java -Xmx256m -cp ... vn.txng.adapter.outbox.OutboxStagingBench [N] [chunk] [dataDir]</pre>
 */
public final class OutboxStagingBench {

    private OutboxStagingBench() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int chunk = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Path dataDir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("outbox-bench");
        JdbcConnectionPool pool = OutboxDataSources.h2(dataDir);
        try {
            Outbox outbox = Outbox.open(pool);
            pass("first (all new)", outbox, n, chunk);
            pass("second (all unchanged)", outbox, n, chunk);
        } finally {
            pool.dispose();
        }
        System.out.printf("database %s: %.1f MB; peak heap %.1f MB of max %.1f MB%n", dataDir,
                Files.size(dataDir.resolve("txng.mv.db")) / 1e6, peakHeapBytes() / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
    }

    private static void pass(String name, Outbox outbox, int n, int chunk) {
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        int accepted = 0;
        int unchanged = 0;
        List<LotRecord> lots = new ArrayList<>(chunk);
        for (int i = 0; i < n; i++) {
            lots.add(lot(i));
            if (lots.size() == chunk || i == n - 1) {
                StageResult result = outbox.stage(lots);
                accepted += result.accepted();
                unchanged += result.unchanged();
                lots.clear();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        // CPU time as well as wall time: on a shared machine the wall time varies with the neighbours' load
        System.out.printf("%-24s %,d records in %.2f s: %,.0f records/s; process CPU %.2f s (accepted %,d, unchanged %,d)%n",
                name, n, seconds, n / seconds, cpuSeconds, accepted, unchanged);
    }

    private static LotRecord lot(int i) {
        LocalDate produced = LocalDate.of(2026, 1, 1).plusDays(i % 365);
        return new LotRecord("0893456312345" + (i % 10), "LOT" + i, null, produced, produced.plusYears(2),
                BigDecimal.valueOf(1000 + i % 5000), "Chai", "8934563000019");
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
