package vn.txng.adapter.ingest.edi;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A set that keeps insertion order and makes no collection while it holds one value (the common
 * case: a line's one batch, its one SSCC or none); past that it is a {@link LinkedHashSet}.
 */
final class SmallOrderedSet {

    private String first;
    private Set<String> all;

    void add(String value) {
        if (all != null) {
            all.add(value);
        } else if (first == null) {
            first = value;
        } else if (!first.equals(value)) {
            all = new LinkedHashSet<>(4);
            all.add(first);
            all.add(value);
        }
    }

    boolean contains(String value) {
        return all != null ? all.contains(value) : value.equals(first);
    }

    boolean isEmpty() {
        return first == null;
    }

    int size() {
        return all != null ? all.size() : first == null ? 0 : 1;
    }

    /** The values in the order first added, as an unmodifiable list. */
    List<String> toList() {
        return all != null ? List.copyOf(all) : first == null ? List.of() : List.of(first);
    }
}
