package vn.txng.adapter.portal.sandbox;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** What the sandbox was asked: token requests, and calls by path and status. */
final class SandboxStats {

    private final AtomicLong tokenRequests = new AtomicLong();
    private final Map<String, Map<Integer, LongAdder>> calls = new ConcurrentHashMap<>();

    void tokenRequest() {
        tokenRequests.incrementAndGet();
    }

    void call(String path, int status) {
        calls.computeIfAbsent(path, p -> new ConcurrentHashMap<>())
                .computeIfAbsent(status, s -> new LongAdder())
                .increment();
    }

    long tokenRequests() {
        return tokenRequests.get();
    }

    long calls(String path, int status) {
        LongAdder count = calls.getOrDefault(path, Map.of()).get(status);
        return count == null ? 0 : count.sum();
    }

    /** path -> status -> count, sorted, as a copy. */
    Map<String, Map<Integer, Long>> calls() {
        Map<String, Map<Integer, Long>> copy = new TreeMap<>();
        calls.forEach((path, byStatus) -> {
            Map<Integer, Long> counts = new TreeMap<>();
            byStatus.forEach((status, count) -> counts.put(status, count.sum()));
            copy.put(path, counts);
        });
        return copy;
    }
}
