package vn.txng.adapter.outbox;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.txng.adapter.model.RecordKind;

/**
 * Which records {@link Outbox#requeue} sends again to the active target: those in the given
 * states (rejected by default; delivered ones on demand, for an outbox whose deliveries were
 * counted for the wrong portal; parked ones, given up after their attempts), optionally only one
 * reject code (for parked records: a last error that names it, e.g. {@code 503} in {@code HTTP 503}), one kind,
 * or one business key.
 *
 * @param states      the states re-queued: {@link DeliveryState#REJECTED}, {@link DeliveryState#DELIVERED}, {@link DeliveryState#PARKED}
 * @param rejectCode  only records rejected with this code (e.g. {@code ERR_SYS_DEV}), or null for any
 * @param businessKey only this record (a GTIN-14, GTIN-14/lot, a location trace code {@code (414)<GLN>[(254)<ext>]},
 *                    or an event key), or null for any
 * @param kind        only records of this kind, or null for any
 */
public record RequeueFilter(Set<DeliveryState> states, String rejectCode, String businessKey, RecordKind kind) {

    private static final Set<DeliveryState> REQUEUEABLE = EnumSet.of(DeliveryState.REJECTED, DeliveryState.DELIVERED,
            DeliveryState.PARKED);

    public RequeueFilter {
        if (states.isEmpty() || !REQUEUEABLE.containsAll(states)) {
            throw new IllegalArgumentException("only rejected, delivered or parked records can be re-queued, not " + states);
        }
        states = Set.copyOf(states);
        rejectCode = rejectCode == null || rejectCode.isBlank() ? null : rejectCode.strip();
        businessKey = businessKey == null || businessKey.isBlank() ? null : businessKey.strip();
    }

    /** Every rejected record. */
    public static RequeueFilter rejected() {
        return new RequeueFilter(EnumSet.of(DeliveryState.REJECTED), null, null, null);
    }

    /** Also the records the active target has confirmed: they are sent again (same content, same idempotency key). */
    public RequeueFilter withDelivered() {
        EnumSet<DeliveryState> more = EnumSet.copyOf(states);
        more.add(DeliveryState.DELIVERED);
        return new RequeueFilter(more, rejectCode, businessKey, kind);
    }

    /** Every parked record: given up after txng.push.max-attempts or txng.push.give-up-after. */
    public static RequeueFilter parked() {
        return new RequeueFilter(EnumSet.of(DeliveryState.PARKED), null, null, null);
    }

    public RequeueFilter withCode(String code) {
        return new RequeueFilter(states, code, businessKey, kind);
    }

    public RequeueFilter withKey(String key) {
        return new RequeueFilter(states, rejectCode, key, kind);
    }

    /** Only records of {@code only} (e.g. the events rejected because a lot was); null for any kind. */
    public RequeueFilter withKind(RecordKind only) {
        return new RequeueFilter(states, rejectCode, businessKey, only);
    }

    @Override
    public String toString() {
        return EnumSet.copyOf(states).stream().map(state -> state.name().toLowerCase()).collect(Collectors.joining(" or "))
                + (kind == null ? " records" : " " + kind.name().toLowerCase() + " records") + (rejectCode == null ? "" : " with code " + rejectCode)
                + (businessKey == null ? "" : " with key " + businessKey);
    }
}
