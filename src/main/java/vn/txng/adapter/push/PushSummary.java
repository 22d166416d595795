package vn.txng.adapter.push;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.txng.adapter.model.RecordKind;

/** What one push pass did: counts per outcome and the first records delivered, for the summary. */
public final class PushSummary {

    public static final int LISTED = 50;

    private final Map<RecordKind, Integer> deliveredByKind = new EnumMap<>(RecordKind.class);
    private int rejected;
    private int retry;
    private int held;
    private int parked;
    private String connectionFault;
    private final List<String> delivered = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    public synchronized void delivered(RecordKind kind, String key, String portalId) {
        deliveredByKind.merge(kind, 1, Integer::sum);
        if (delivered.size() < LISTED) {
            delivered.add(kind.name().toLowerCase() + " " + key + " -> portal id " + portalId);
        }
    }

    public synchronized void rejected(RecordKind kind, String key, String reason) {
        rejected++;
        if (problems.size() < LISTED) {
            problems.add("rejected " + kind.name().toLowerCase() + " " + key + ": " + reason);
        }
    }

    public synchronized void retry(RecordKind kind, String key, String reason) {
        retry++;
        if (problems.size() < LISTED) {
            problems.add("will retry " + kind.name().toLowerCase() + " " + key + ": " + reason);
        }
    }

    /** Given up after txng.push.max-attempts or txng.push.give-up-after: kept, not retried until `retry --parked`. */
    public synchronized void parked(RecordKind kind, String key, String reason) {
        parked++;
        if (problems.size() < LISTED) {
            problems.add("parked " + kind.name().toLowerCase() + " " + key + " (given up, see `retry --parked`): " + reason);
        }
    }

    /** A record not sent because what it needs first (a lot's product, an event's lots and location) is not delivered yet; it waits, without retrying. */
    public synchronized void held(RecordKind kind, String key, String reason) {
        held++;
        if (problems.size() < LISTED) {
            problems.add("held " + kind.name().toLowerCase() + " " + key + ": " + reason);
        }
    }

    public synchronized void connectionFault(String message) {
        connectionFault = message;
    }

    /**
     * The fault of the connection that stopped the pass (what is wrong and what to do), or null
     * when the connection worked. Records not sent because of it are as they were before the pass.
     */
    public synchronized String connectionFault() {
        return connectionFault;
    }

    /** True when a fault of the connection stopped the pass. */
    public synchronized boolean wasStoppedByConnection() {
        return connectionFault != null;
    }

    public synchronized int deliveredProducts() {
        return delivered(RecordKind.PRODUCT);
    }

    public synchronized int deliveredLots() {
        return delivered(RecordKind.LOT);
    }

    /** Records of {@code kind} the portal confirmed in this pass. */
    public synchronized int delivered(RecordKind kind) {
        return deliveredByKind.getOrDefault(kind, 0);
    }

    public synchronized int rejected() {
        return rejected;
    }

    public synchronized int retry() {
        return retry;
    }

    /** Records this pass gave up on (parked). */
    public synchronized int parked() {
        return parked;
    }

    /** Records that this pass set to wait for what they need first. */
    public synchronized int held() {
        return held;
    }

    public synchronized List<String> deliveredList() {
        return Collections.unmodifiableList(new ArrayList<>(delivered));
    }

    public synchronized List<String> problems() {
        return Collections.unmodifiableList(new ArrayList<>(problems));
    }

    @Override
    public synchronized String toString() {
        return "push: delivered " + delivered(RecordKind.PRODUCT) + " products, " + delivered(RecordKind.LOT) + " lots, "
                + delivered(RecordKind.LOCATION) + " locations and " + delivered(RecordKind.EVENT) + " events, rejected "
                + rejected + ", to retry " + retry + (parked > 0 ? ", parked " + parked : "")
                + (held > 0 ? ", held " + held + " (waiting for what they need first)" : "")
                + (connectionFault != null ? "\nSTOPPED, the connection to the portal is not working (nothing rejected): " + connectionFault : "");
    }
}
