package vn.txng.adapter.source;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Lets a test server hold each request until the number it waits for have all arrived (two nodes acting at once). */
final class Together {

    private Together() {
    }

    /** Counts this arrival and waits up to 10 s for the others; a latch of 0 lets every request through at once. */
    static void arrive(CountDownLatch latch) {
        latch.countDown();
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
