package vn.txng.adapter.app;

import java.time.Clock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.txng.adapter.identifier.IdentifierNormalizer;
import vn.txng.adapter.model.ProductRecord;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.ingest.FileReportWriter;
import vn.txng.adapter.ingest.RecordNormalizer;
import vn.txng.adapter.ingest.RecordReaders;
import vn.txng.adapter.ingest.StagedProducts;
import vn.txng.adapter.outbox.DeliveryState;
import vn.txng.adapter.outbox.Outbox;

/**
 * The adapter's parts, made from the settings and wired together: the beans the routes name and
 * the commands use. Closing it releases the portal connection and the database.
 */
public final class AdapterRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AdapterRuntime.class);

    private final Settings settings;
    private final DataSource dataSource;
    private final Outbox outbox;
    private final RecordNormalizer normalizer;
    private final FileReportWriter reports;
    private final PortalConnection portal;
    private final PortalPush push;

    private AdapterRuntime(Settings settings, DataSource dataSource, Outbox outbox, PortalConnection portal, Clock clock) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.normalizer = new RecordNormalizer(new IdentifierNormalizer(), settings.productDefaults(),
                gtin14 -> outbox.stagedContent(RecordKind.PRODUCT, gtin14).map(staged -> new StagedProducts.Staged(
                        (ProductRecord) staged.record(), staged.state() == DeliveryState.HELD)));
        this.reports = new FileReportWriter(settings.dataDir().resolve("reports"));
        this.portal = portal;
        this.push = new PortalPush(outbox, portal.client(), settings.integer("txng.portal.max-concurrency"),
                new RetryPolicy(settings.duration("txng.push.retry-initial"), settings.duration("txng.push.retry-max")),
                settings.duration("txng.push.lease"), clock);
    }

    /** Opens the database (migrating it) and the portal connection, or the built-in sandbox. */
    public static AdapterRuntime start(Settings settings) {
        DataSource dataSource = Databases.dataSource(settings);
        try {
            Outbox outbox = Outbox.open(dataSource);
            LOG.info("outbox database: {}", Databases.url(settings).replaceAll(";.*", ""));
            return new AdapterRuntime(settings, dataSource, outbox, PortalConnection.open(settings), Clock.systemUTC());
        } catch (RuntimeException e) {
            Databases.close(dataSource);
            throw e;
        }
    }

    public Settings settings() {
        return settings;
    }

    /** The outbox database, which also keeps the sources' processed files and state. */
    public DataSource dataSource() {
        return dataSource;
    }

    public Outbox outbox() {
        return outbox;
    }

    public RecordNormalizer normalizer() {
        return normalizer;
    }

    public FileReportWriter reports() {
        return reports;
    }

    public RecordReaders readers() {
        return new RecordReaders(settings.integer("txng.ingest.chunk-size"), settings.ediCharset());
    }

    public OutboxStaging staging() {
        return new OutboxStaging(outbox, normalizer);
    }

    public PortalConnection portal() {
        return portal;
    }

    public PortalPush push() {
        return push;
    }

    @Override
    public void close() {
        push.close();
        portal.close();
        Databases.close(dataSource);
    }
}
