package vn.txng.adapter.command;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.outbox.PortalTarget;
import vn.txng.adapter.outbox.RequeueFilter;
import vn.txng.adapter.app.AdapterRuntime;
import vn.txng.adapter.app.Databases;
import vn.txng.adapter.app.Settings;

@Command(name = "retry", description = {"Sends rejected (or, with --parked, parked) records again to the configured portal: all of them, those with one",
        "reject code (--code ERR_SYS_DEV), of one kind (--kind EVENT), or one record (--key); with --delivered, delivered ones too. Prints how many",
        "it re-queued; the next push sends them with their idempotency key (nothing is stored twice)."})
public final class RetryCommand implements Callable<Integer> {

    @Option(names = "--code", description = "only records rejected with this code, e.g. ERR_SYS_DEV")
    String code;

    @Option(names = "--key", description = {"only this record: a GTIN-14, GTIN-14/lot for a lot, (414)<GLN>[(254)<extension>]",
            "for a location, the event key (maSuKien) for an event"})
    String key;

    @Option(names = "--kind", description = "only records of this kind: ${COMPLETION-CANDIDATES} (any case)")
    RecordKind kind;

    @Option(names = "--delivered", description = "also the records this portal confirmed (an outbox that counts for it what went to another)")
    boolean delivered;

    @Option(names = "--parked", description = {"records parked after txng.push.max-attempts or txng.push.give-up-after, instead of",
            "rejected ones; with --code, those whose last error names it (e.g. --code 503)"})
    boolean parked;

    @Override
    public Integer call() {
        RequeueFilter filter = (parked ? RequeueFilter.parked() : RequeueFilter.rejected()).withCode(code).withKey(key).withKind(kind);
        return retry(Settings.load(), delivered ? filter.withDelivered() : filter, System.out);
    }

    public static int retry(Settings settings, RequeueFilter filter, PrintStream out) {
        PortalTarget target = settings.portalTarget();
        DataSource dataSource = Databases.dataSource(settings);
        try {
            Outbox outbox = Databases.openOutbox(settings, dataSource);
            AdapterRuntime.logTargetUse(outbox.useTarget(target));
            int requeued = outbox.requeue(filter);
            out.println("re-queued " + requeued + " " + filter + " for " + target
                    + (requeued > 0 ? "; `push` or the next `run` sends them" : ""));
            return 0;
        } finally {
            Databases.close(settings, dataSource);
        }
    }
}
