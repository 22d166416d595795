package vn.txng.adapter.outbox;

import java.util.List;
import java.util.stream.Collectors;
import vn.txng.adapter.model.RecordKey;

/**
 * Where a record that another waits for stands in the outbox (the active target): its state, whether the portal
 * has confirmed some content of it ({@code confirmed}: then what waits for it may be sent, even while newer content
 * of it is pending), and, when rejected, the portal's code and reason.
 */
public record PrerequisiteState(RecordKey key, DeliveryState state, boolean confirmed, String rejectCode,
                                String rejectReason) {

    /** A record no file here has given ({@code state} null): the portal said it lacks it. */
    public static PrerequisiteState notStaged(RecordKey key) {
        return new PrerequisiteState(key, null, false, null, null);
    }

    /** Rejected by the portal and never confirmed: what waits for it would only be refused. */
    public boolean rejected() {
        return !confirmed && state == DeliveryState.REJECTED;
    }

    /** Not confirmed and still on its way (held, pending, in flight, retry, parked): what needs it waits. */
    public boolean onItsWay() {
        return !confirmed && state != DeliveryState.REJECTED && state != DeliveryState.DELIVERED;
    }

    /** How many records {@link #named} names before it only counts the rest. */
    private static final int NAMED = 5;

    /** The first few of {@code states} as a person reads them, e.g. {@code lot 08934563123451/L1 (pending) and 2 more}. */
    public static String named(List<PrerequisiteState> states) {
        String named = states.stream().limit(NAMED).map(PrerequisiteState::toString).collect(Collectors.joining(", "));
        return states.size() > NAMED ? named + " and " + (states.size() - NAMED) + " more" : named;
    }

    /** How a person reads the wait, e.g. {@code lot 08934563123451/L1 (pending)}. */
    @Override
    public String toString() {
        if (state == null) {
            return key + " (the portal lacks it and no file here has given it)";
        }
        String how = switch (state) {
            case HELD -> "held until a file completes it";
            case IN_FLIGHT -> "being sent";
            case PARKED -> "parked, see `retry --parked`";
            // a record rejected for its own prerequisite names that one already: not repeated here
            case REJECTED -> PrerequisiteWaits.PREREQUISITE_REJECTED.equals(rejectCode) ? "rejected: " + rejectCode
                    : "rejected: " + rejectCode + ": " + rejectReason;
            default -> state.name().toLowerCase();
        };
        return key + " (" + how + ")";
    }
}
