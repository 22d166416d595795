package vn.txng.adapter.command;

import vn.txng.adapter.outbox.CaptureLedger;
import vn.txng.adapter.outbox.CaptureState;
import vn.txng.adapter.outbox.EpcisRepository;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import picocli.CommandLine.Command;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.outbox.OtherTarget;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.outbox.PortalTarget;
import vn.txng.adapter.outbox.OutboxRow;
import vn.txng.adapter.outbox.DeclaredInError;
import vn.txng.adapter.outbox.DeliveryState;
import vn.txng.adapter.app.Databases;
import vn.txng.adapter.app.EpcisTarget;
import vn.txng.adapter.app.Settings;

@Command(name = "status", description = {"The portal the counts belong to, outbox counts by delivery state (in all, then per kind: products,",
        "lots, locations, events), last delivery and last error.",
        "The last error is the connection fault that stopped the last push, when there is one. Then the other portals",
        "delivered to, the records rejected, parked and held (with what each waits for), the push schedule (last tick",
        "and its node, next tick, the nodes sharing a PostgreSQL outbox) and the sources."})
public final class StatusCommand implements Callable<Integer> {

    private static final int LISTED = 20;

    @Override
    public Integer call() {
        return print(Settings.load(), System.out);
    }

    public static int print(Settings settings, PrintStream out) {
        DataSource dataSource = Databases.dataSource(settings);
        try {
            Outbox outbox = Databases.openOutbox(settings, dataSource);
            PortalTarget target = settings.portalTarget();
            out.println("portal: " + (target.isSandbox() ? "SANDBOX (no " + Settings.bothNames("txng.portal.client-id") + " set)" : target.description()));
            Optional<PortalTarget> active = outbox.activeTarget();
            if (active.isPresent() && !active.get().id().equals(target.id())) {
                // status only reads: the switch happens at the next run, push or retry
                out.println("the counts below belong to " + active.get() + "; the next `run`, `push` or `retry` switches"
                        + " to this portal and sends it every staged record it has not confirmed before");
            }
            out.println("outbox: " + format(outbox.counts()));
            // in the order records reach the portal; a kind with no records is left out
            outbox.countsByKind().forEach((kind, counts) -> {
                if (counts.values().stream().anyMatch(count -> count > 0)) {
                    out.println("  " + PLURAL.get(kind) + ": " + formatNonZero(counts));
                }
            });
            outbox.connectionFault().ifPresent(fault -> out.println("connection: STOPPED at " + fault.at() + ": " + fault.message()));
            out.println("last delivery: " + outbox.lastDeliveryAt().map(Object::toString).orElse("none"));
            out.println("last error: " + outbox.lastError().orElse("none"));
            for (OtherTarget other : outbox.otherTargets()) {
                out.println("also delivered to " + other.description() + ": " + other.delivered() + " records, last delivery "
                        + (other.lastDeliveryAt() == null ? "none" : other.lastDeliveryAt().toString()));
            }
            List<OutboxRow> rejected = outbox.list(DeliveryState.REJECTED, LISTED);
            if (!rejected.isEmpty()) {
                out.println("rejected by the portal (first " + LISTED + "; a changed record is sent again, or use `retry`):");
                rejected.forEach(row -> out.println("  " + row.kind().name().toLowerCase() + " " + row.businessKey()
                        + ": " + row.rejectCode() + ": " + row.rejectReason()));
            }
            List<OutboxRow> parked = outbox.list(DeliveryState.PARKED, LISTED);
            if (!parked.isEmpty()) {
                out.println("parked, given up after their attempts, not sent until `retry --parked` (first " + LISTED + "):");
                parked.forEach(row -> out.println("  " + row.kind().name().toLowerCase() + " " + row.businessKey()
                        + ": " + row.attempts() + " attempts, last error: " + row.lastError()));
            }
            List<OutboxRow> held = outbox.list(DeliveryState.HELD, LISTED);
            if (!held.isEmpty()) {
                out.println("held, not sent until a file completes them or what they wait for is delivered (first " + LISTED + "):");
                held.forEach(row -> out.println("  " + row.kind().name().toLowerCase() + " " + row.businessKey()
                        + ": " + row.rejectCode() + ": " + row.rejectReason()));
            }
            List<DeclaredInError> declared = outbox.declaredAfterDelivery(LISTED);
            if (!declared.isEmpty()) {
                out.println("declared in error after the portal had them (the portal has no withdrawal: correct them there;"
                        + " their corrective events go as usual) (latest " + LISTED + "):");
                declared.forEach(d -> out.println("  event " + d.eventKey() + " (declared " + d.declaredAt() + " in " + d.file() + ")"));
            }
            printEpcis(settings, outbox, out);
            ScheduleReport.print(settings, dataSource, out, Instant.now());
            SourcesReport.print(dataSource, out);
            return 0;
        } finally {
            Databases.close(settings, dataSource);
        }
    }

    /** The EPCIS repository's lines, beside the portal's: its counts by capture state, last capture, fault, refusals. */
    private static void printEpcis(Settings settings, Outbox outbox, PrintStream out) {
        Optional<EpcisRepository> repository = EpcisTarget.repository(settings);
        if (repository.isEmpty()) {
            return;
        }
        CaptureLedger ledger = outbox.captureLedger(repository.get().id());
        out.println("epcis repository: " + repository.get());
        out.println("epcis: " + formatCaptures(ledger.counts()));
        out.println("epcis last capture: " + ledger.lastCaptureAt().map(Object::toString).orElse("none"));
        ledger.fault().ifPresent(fault -> out.println("epcis connection: STOPPED at " + fault.at() + ": " + fault.message()));
        List<CaptureLedger.Refusal> refusals = ledger.refusals(LISTED);
        if (!refusals.isEmpty()) {
            out.println("refused by the EPCIS repository (first " + LISTED + "; a changed record is captured again):");
            refusals.forEach(refusal -> out.println("  " + refusal.kind().name().toLowerCase() + " " + refusal.businessKey()
                    + " (event " + refusal.eventId() + "): " + refusal.reason()));
        }
    }

    /** Lots and events by capture state, every state named: {@code pending 0, captured 12, ...}. */
    static String formatCaptures(Map<CaptureState, Long> counts) {
        return Stream.of(CaptureState.values())
                .map(state -> state.name().toLowerCase() + " " + counts.getOrDefault(state, 0L))
                .collect(Collectors.joining(", "));
    }

    private static final Map<RecordKind, String> PLURAL = Map.of(RecordKind.PRODUCT, "products", RecordKind.LOT, "lots",
            RecordKind.LOCATION, "locations", RecordKind.EVENT, "events");

    static String formatNonZero(Map<DeliveryState, Long> counts) {
        return Stream.of(DeliveryState.values()).filter(state -> counts.getOrDefault(state, 0L) > 0)
                .map(state -> state.name().toLowerCase().replace('_', '-') + " " + counts.get(state))
                .collect(Collectors.joining(", "));
    }

    static String format(Map<DeliveryState, Long> counts) {
        return Stream.of(DeliveryState.values())
                .map(state -> state.name().toLowerCase().replace('_', '-') + " " + counts.getOrDefault(state, 0L))
                .collect(Collectors.joining(", "));
    }
}
