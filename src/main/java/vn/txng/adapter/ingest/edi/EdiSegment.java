package vn.txng.adapter.ingest.edi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The segment being read, element by element; one instance is reused for every segment so that
 * reading does not allocate per segment beyond the element texts it keeps.
 */
public final class EdiSegment {

    private String tag;
    private final List<String[]> elements = new ArrayList<>();

    void start(String segmentTag) {
        this.tag = segmentTag;
        elements.clear();
    }

    /** Keeps one value; positions are 1-based, a component position below 1 means a simple element. */
    void put(int element, int component, String text) {
        if (element < 1) {
            return;
        }
        while (elements.size() < element) {
            elements.add(null);
        }
        int c = Math.max(component, 1);
        String[] components = elements.get(element - 1);
        if (components == null || components.length < c) {
            components = components == null ? new String[Math.max(c, 2)] : Arrays.copyOf(components, Math.max(c, components.length * 2));
            elements.set(element - 1, components);
        }
        components[c - 1] = text;
    }

    public String tag() {
        return tag;
    }

    public String value(int element) {
        return value(element, 1);
    }

    /** The value at that position, or null when absent or empty. */
    public String value(int element, int component) {
        if (element < 1 || element > elements.size() || elements.get(element - 1) == null) {
            return null;
        }
        String[] components = elements.get(element - 1);
        if (component < 1 || component > components.length) {
            return null;
        }
        String text = components[component - 1];
        return text == null || text.isEmpty() ? null : text;
    }

    public int elementCount() {
        return elements.size();
    }
}
