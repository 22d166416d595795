package vn.txng.adapter.portal.sandbox;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The faults waiting to be played, in the order they were injected. */
final class FaultPlan {

    /** A pending fault and how many more calls it answers. */
    private static final class Pending {
        final Fault fault;
        int remaining;

        Pending(Fault fault) {
            this.fault = fault;
            this.remaining = fault.times();
        }
    }

    private final List<Pending> pending = new ArrayList<>();

    synchronized void add(Fault fault) {
        pending.add(new Pending(fault));
    }

    synchronized void clear() {
        pending.clear();
    }

    /** The fault that answers this call, consuming one of its times; null when none applies. */
    synchronized Fault take(String path) {
        for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
            Pending next = it.next();
            if (next.fault.appliesTo(path)) {
                if (--next.remaining == 0) {
                    it.remove();
                }
                return next.fault;
            }
        }
        return null;
    }

    synchronized int size() {
        return pending.size();
    }
}
