package vn.txng.adapter.push;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.txng.adapter.ops.LastPass;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.outbox.PortalTarget;
import vn.txng.adapter.portal.ConnectionProblem;
import vn.txng.adapter.portal.PortalAnswer.ConnectionFault;

/**
 * Bean {@code pushPass}: begins a pass (refusing to push an outbox another instance switched to
 * its own portal) and ends it (keeps or clears the connection fault for status, logs the summary).
 */
public final class PassControl {

    private static final Logger LOG = LoggerFactory.getLogger(PassControl.class);

    private final Outbox outbox;
    private final String targetId;
    private final PortalBreaker breaker;
    private final Clock clock;
    private final LastPass lastPass = new LastPass();
    private final java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean();

    /** @param targetId the portal target this adapter delivers to ({@code PortalTarget.id()}) */
    public PassControl(Outbox outbox, String targetId, PortalBreaker breaker, Clock clock) {
        this.outbox = outbox;
        this.breaker = breaker;
        this.targetId = targetId;
        this.clock = clock;
    }

    /** How the last pass found the connection (for the portal health check). */
    public LastPass lastPass() {
        return lastPass;
    }

    /**
     * The adapter is stopping (SIGTERM): the pass in progress claims nothing more, lets the calls in
     * flight finish and record their outcomes, and puts back what it claimed and did not send.
     */
    public void stopPushing() {
        stopping.set(true);
    }

    /** True once {@link #stopPushing} was called. */
    public boolean isStopping() {
        return stopping.get();
    }

    /** Whether {@code pass} must claim and send nothing more: it stopped, or the adapter is stopping. */
    public boolean mustStop(PushPass pass) {
        return pass.isStopped() || isStopping();
    }

    /**
     * A new pass starting now; already stopped when the outbox's state belongs to another target.
     * After a pass the connection stopped, it probes with one record first (see {@link PortalBreaker}).
     */
    public PushPass begin() {
        PushPass pass = new PushPass(clock.instant());
        breaker.beginPass(outbox.connectionFault().isPresent());
        Optional<PortalTarget> active = outbox.activeTarget();
        if (active.isPresent() && !active.get().id().equals(targetId)) {
            pass.stop(new ConnectionFault(ConnectionProblem.OUTBOX_ON_ANOTHER_TARGET,
                    "this outbox's delivery state now belongs to " + active.get() + ", switched by another adapter instance"));
        }
        return pass;
    }

    /** Ends the pass: a connection fault is logged once and kept on its target for status. Returns the summary. */
    public PushSummary finish(PushPass pass) {
        ConnectionFault fault = pass.fault();
        if (fault != null) {
            LOG.error("push stopped, nothing rejected, every record kept as it was: {}", fault.message());
            if (fault.problem() != ConnectionProblem.OUTBOX_ON_ANOTHER_TARGET) {
                // kept for status, on the target it is about (not another instance's)
                outbox.recordConnectionFault(fault.message());
            }
            pass.summary().connectionFault(fault.message());
            lastPass.stopped(clock.instant(), fault.message(), pass.summary().toString());
        } else {
            outbox.clearConnectionFault();
            lastPass.passed(clock.instant(), pass.summary().toString());
        }
        LOG.info("{} (pass took {} ms)", pass.summary(), java.time.Duration.between(pass.start(), clock.instant()).toMillis());
        return pass.summary();
    }
}
