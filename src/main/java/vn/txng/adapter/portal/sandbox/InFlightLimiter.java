package vn.txng.adapter.portal.sandbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The portal's limit on concurrent requests per client. */
final class InFlightLimiter {

    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

    /** Counts the call in when the client is under {@code limit}; the caller must then {@link #exit}. */
    boolean tryEnter(String clientId, int limit) {
        AtomicInteger count = inFlight.computeIfAbsent(clientId, c -> new AtomicInteger());
        if (count.incrementAndGet() > limit) {
            count.decrementAndGet();
            return false;
        }
        return true;
    }

    void exit(String clientId) {
        inFlight.get(clientId).decrementAndGet();
    }
}
