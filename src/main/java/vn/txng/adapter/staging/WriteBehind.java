package vn.txng.adapter.staging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import vn.txng.adapter.ingest.FileReport;

/**
 * Runs each file's outbox writes on a writer thread of the file's own, in the order given, while the
 * ingest route's thread checks and encodes the next chunk: on H2 the writes are most of staging's
 * time, and this way they run beside the checks and the JSON encoding instead of after them.
 * At most {@value #DEPTH} writes of a file wait (memory stays flat). A failed write skips the
 * file's later writes and is thrown to the route at its next write or at {@link #await}.
 * Hand-written rather than a seda endpoint: the route must wait for one file's writes (before
 * moving the file, before reading products back for the field merge) and get their failure back.
 */
public final class WriteBehind {

    // chunks encoded ahead of the writer; one more is being written
    private static final int DEPTH = 2;

    private final Map<FileReport, FileWrites> files = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * Hands {@code write} to the file's writer; blocks while {@value #DEPTH} of its writes wait.
     *
     * @throws RuntimeException the failure of an earlier write of the file (nothing more is written)
     */
    void submit(FileReport file, Runnable write) {
        FileWrites writes;
        synchronized (files) {
            writes = files.get(file);
            if (writes == null) {
                writes = new FileWrites(file.file());
                files.put(file, writes);
                FileWrites registered = writes;
                // a file given up half-way (a break in its text) still reports what was staged
                file.onSettle(() -> forget(file, registered));
            }
        }
        writes.submit(write);
    }

    /**
     * Waits until every write handed on for the file is done, and lets its writer thread go.
     *
     * @throws RuntimeException the first failed write of the file
     */
    void await(FileReport file) {
        FileWrites writes = files.remove(file);
        if (writes != null) {
            writes.await();
        }
    }

    /**
     * Throws the first failed write of the file, without waiting and keeping its writer (after
     * {@link #awaitAll}, every write handed on so far is done).
     *
     * @throws RuntimeException the first failed write of the file
     */
    void rethrowFailure(FileReport file) {
        FileWrites writes = files.get(file);
        if (writes != null) {
            writes.rethrow();
        }
    }

    /** Waits until the writes handed on so far for every file are done, whatever their outcome (each file's route hears of its own failure). */
    public void awaitAll() {
        List<FileWrites> all;
        synchronized (files) {
            all = new ArrayList<>(files.values());
        }
        for (FileWrites writes : all) {
            writes.drain();
        }
    }

    private void forget(FileReport file, FileWrites writes) {
        files.remove(file);
        writes.close();
    }

    private static final class FileWrites {
        private final ThreadPoolExecutor writer;
        private final Semaphore room = new Semaphore(DEPTH + 1);
        private volatile Throwable failure;
        private volatile Future<?> last;

        FileWrites(String fileName) {
            writer = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
                Thread thread = new Thread(task, "stage " + fileName);
                // a file abandoned by its route must not keep the JVM alive
                thread.setDaemon(true);
                return thread;
            });
            // an abandoned file's thread ends once its writes are done
            writer.allowCoreThreadTimeOut(true);
        }

        void submit(Runnable write) {
            rethrow();
            try {
                room.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the outbox writer", e);
            }
            last = writer.submit(() -> {
                try {
                    if (failure == null) {
                        write.run();
                    }
                } catch (RuntimeException | Error e) {
                    failure = e;
                } finally {
                    room.release();
                }
            });
        }

        void await() {
            close();
            rethrow();
        }

        /** Waits for the writes so far and lets the thread go; a failure stays recorded, not thrown. */
        void close() {
            drain();
            writer.shutdown();
        }

        /** Waits for the writes so far; a failure stays recorded, not thrown. */
        void drain() {
            Future<?> pending = last;
            if (pending != null) {
                try {
                    // one thread, in order: the last write done means every earlier one is
                    pending.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the outbox writer", e);
                } catch (ExecutionException | CancellationException e) {
                    // the task catches what the write throws; nothing reaches here
                    throw new IllegalStateException("outbox writer task failed", e);
                }
            }
        }

        private void rethrow() {
            Throwable failed = failure;
            if (failed instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failed instanceof Error error) {
                throw error;
            }
        }
    }
}
