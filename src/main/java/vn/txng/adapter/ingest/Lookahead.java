package vn.txng.adapter.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator over items a reader finds step by step: {@link #advance()} takes one step and gives the item it found
 * or null (a step that found none: a header, a skipped element, a rejected row); {@link #end()} says there are no
 * more steps. The item found is held until {@link #next()} takes it.
 */
public abstract class Lookahead<T> implements Iterator<T> {

    private T next;
    private boolean ended;

    /** One step: the item found, or null. */
    protected abstract T advance();

    /** No step comes after this one. */
    protected final void end() {
        ended = true;
    }

    @Override
    public final boolean hasNext() {
        while (next == null && !ended) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T item = next;
        next = null;
        return item;
    }
}
