package vn.txng.adapter.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads the next chunks on a thread of its own while the caller checks and stages the current
 * one, so that parsing and staging use both cores. The queue is small and bounded: memory does not
 * grow with the file, and the order of chunks is kept. A failure of the reader reaches the caller
 * at the point in the file where it happened: {@link #hasNext()} says there is more, and
 * {@link #next()} throws it. Camel's split asks {@code hasNext()} as soon as it has taken an item,
 * before processing it; a failure thrown there would drop the chunk read before the break.
 */
final class ReadAhead<T> implements Iterator<T>, AutoCloseable {

    private static final int DEPTH = 4;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(DEPTH);
    private final Thread producer;
    private Object next;

    ReadAhead(Iterator<T> source, String name) {
        producer = new Thread(() -> produce(source), "read-ahead " + name);
        producer.setDaemon(true);
        producer.start();
    }

    private void produce(Iterator<T> source) {
        try {
            try {
                while (source.hasNext()) {
                    queue.put(source.next());
                }
                queue.put(END);
            } catch (RuntimeException | Error failure) {
                queue.put(failure);
            }
        } catch (InterruptedException e) {
            // closed by the consumer: nothing more is wanted
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            try {
                next = queue.poll(1, TimeUnit.SECONDS);
                if (next == null && !producer.isAlive() && queue.isEmpty()) {
                    // the reader ended without handing anything on (closed meanwhile): never wait forever
                    next = new IllegalStateException("the reader of " + producer.getName() + " stopped");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading ahead", e);
            }
        }
        return next != END;
    }

    /** The next item; throws the reader's failure when that is what comes next. */
    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (next instanceof RuntimeException failure) {
            next = END;
            throw failure;
        }
        if (next instanceof Error failure) {
            next = END;
            throw failure;
        }
        T item = (T) next;
        next = null;
        return item;
    }

    @Override
    public void close() {
        producer.interrupt();
    }
}
