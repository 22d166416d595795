package vn.txng.adapter.command;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * For the benchmarks ({@code -Dtxng.print-peak-heap=true}): samples the heap in use every 20 ms
 * and reports the highest figure seen, garbage not yet collected included.
 */
final class HeapPeak {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile long peak;
    private volatile boolean running = true;

    private HeapPeak() {
        sampler = new Thread(this::sample, "heap-peak");
        sampler.setDaemon(true);
    }

    static HeapPeak start() {
        HeapPeak heapPeak = new HeapPeak();
        heapPeak.sampler.start();
        return heapPeak;
    }

    private void sample() {
        while (running) {
            peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    String stop() {
        running = false;
        peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        return String.format("peak heap used: %.1f MiB (max heap %.0f MiB)", peak / 1048576.0,
                memory.getHeapMemoryUsage().getMax() / 1048576.0);
    }
}
