package vn.txng.adapter.push;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.txng.adapter.model.RecordKey;
import vn.txng.adapter.outbox.DeliveryState;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.outbox.OutboxItem;
import vn.txng.adapter.outbox.PrerequisiteState;
import vn.txng.adapter.portal.PortalAnswer;

/**
 * Bean {@code sendGate}: says whether a claimed record goes to the portal now. Not when the pass has stopped or the
 * adapter is stopping (the record goes back as it was, no lease left), nor a record whose prerequisites
 * ({@link vn.txng.adapter.model.TraceRecord#prerequisites()}: a lot's product, an event's location and lots) are
 * staged here and not confirmed by the portal: it would only earn a 409. Such a record is held, costing no attempt,
 * until they are delivered; one whose prerequisite the portal rejected is rejected naming it. A prerequisite never
 * staged here may be on the portal already: the portal judges.
 */
public final class SendGate {

    /** The hold code of a record whose prerequisites are on their way (pending, in flight, retry, parked). */
    public static final String PREREQUISITE_PENDING = "PREREQUISITE_PENDING";

    private final Outbox outbox;
    private final RetryPolicy retry;
    private final Clock clock;
    private final PassControl control;

    public SendGate(Outbox outbox, RetryPolicy retry, Clock clock, PassControl control) {
        this.control = control;
        this.outbox = outbox;
        this.retry = retry;
        this.clock = clock;
    }

    public boolean mayBeSent(OutboxItem item, PushPass pass) {
        if (control.mustStop(pass)) {
            // the connection failed for a record sent alongside, or the adapter is stopping: not sent in this pass
            outbox.release(item);
            return false;
        }
        List<RecordKey> unknown = item.record().prerequisites().stream().filter(key -> !pass.isClear(key)).toList();
        if (unknown.isEmpty()) {
            return true;
        }
        List<RecordKey> lacking = unknown.stream().filter(pass::isLacking).toList();
        if (!lacking.isEmpty()) {
            // the portal said it lacks them earlier in this pass: another call would only earn the same 409
            waitForMissing(item, lacking, "the portal answered 409 for it earlier in this pass", pass);
            return false;
        }
        // one query per record with prerequisites not yet seen clear in this pass, none once they are
        Map<RecordKey, PrerequisiteState> states = outbox.prerequisiteStates(unknown);
        unknown.stream().filter(key -> !states.containsKey(key)).forEach(pass::clear);
        return waitsNot(item, states, pass);
    }

    /**
     * The portal answered 409 (it lacks a record this one needs): held like any record whose prerequisites are on
     * their way here, rejected when one was rejected, else (they are confirmed here, or never staged here) retried
     * with backoff; the wait is not the outbox's last error.
     */
    void awaitPrerequisite(OutboxItem item, PortalAnswer.AwaitPrerequisite answer, PushPass pass) {
        Map<RecordKey, PrerequisiteState> states = outbox.prerequisiteStates(item.record().prerequisites());
        if (!waitsNot(item, states, pass)) {
            return;
        }
        // what no file here has given, of the kind the portal's code names (all such when it names none)
        List<RecordKey> missing = item.record().prerequisites().stream()
                .filter(key -> !states.containsKey(key) && (answer.missing() == null || key.kind() == answer.missing())).toList();
        missing.forEach(pass::lacks);
        waitForMissing(item, missing, answer.reason(), pass);
    }

    /**
     * Retried with backoff (the portal may get {@code missing} from another system; the wait is not the outbox's last
     * error), and made due at once by the release step of the pass that delivers {@code missing} here, if a file
     * gives them. {@code missing} empty: the backoff alone.
     */
    private void waitForMissing(OutboxItem item, List<RecordKey> missing, String why, PushPass pass) {
        String reason = missing.isEmpty() ? why : "waits for " + missing.stream().map(RecordKey::toString)
                .collect(java.util.stream.Collectors.joining(", ")) + ", which no file here has given (" + why + ")";
        outbox.markWaiting(item, reason, clock.instant().plus(retry.delay(item.attempts(), null)), missing);
        pass.summary().retry(item.kind(), item.businessKey(), reason);
    }

    /** True when nothing in {@code states} keeps the item back; otherwise holds or rejects it and returns false. */
    private boolean waitsNot(OutboxItem item, Map<RecordKey, PrerequisiteState> states, PushPass pass) {
        List<PrerequisiteState> rejected = new ArrayList<>();
        List<PrerequisiteState> waiting = new ArrayList<>();
        for (PrerequisiteState state : states.values()) {
            if (state.confirmed()) {
                pass.clear(state.key());
            } else if (state.rejected()) {
                rejected.add(state);
            } else if (state.onItsWay()) {
                waiting.add(state);
            }
        }
        List<RecordKey> waitsFor = new ArrayList<>(rejected.size() + waiting.size());
        rejected.forEach(state -> waitsFor.add(state.key()));
        waiting.forEach(state -> waitsFor.add(state.key()));
        if (!rejected.isEmpty()) {
            // never sent while it would be refused; it goes again once the rejected record is re-queued and delivered
            String reason = "not sent: the portal rejected " + PrerequisiteState.named(rejected) + "; it goes again once "
                    + (rejected.size() == 1 ? "that record is" : "those records are") + " corrected or re-queued and delivered";
            outbox.markPrerequisiteRejected(item, waitsFor, reason);
            pass.summary().rejected(item.kind(), item.businessKey(), Outbox.PREREQUISITE_REJECTED + ": " + reason);
            return false;
        }
        if (!waiting.isEmpty()) {
            // a held prerequisite may wait for weeks for a file to complete it: the code names its kind
            String code = waiting.stream().filter(state -> state.state() == DeliveryState.HELD).findFirst()
                    .map(state -> state.key().kind().name() + "_HELD").orElse(PREREQUISITE_PENDING);
            String reason = "waits for " + PrerequisiteState.named(waiting);
            if (outbox.markHeld(item, waitsFor, code, reason)) {
                pass.summary().held(item.kind(), item.businessKey(), reason);
            }
            return false;
        }
        return true;
    }
}
