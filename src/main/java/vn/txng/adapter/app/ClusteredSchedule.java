package vn.txng.adapter.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;
import org.apache.camel.component.quartz.QuartzComponent;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * The push schedule's Quartz scheduler when the outbox is on PostgreSQL: Quartz's clustered JDBC job
 * store ({@code JobStoreTX}, {@code PostgreSQLDelegate}) in the outbox database (tables {@code qrtz_*},
 * Flyway {@code db/quartz}), on the adapter's one HikariCP pool. Every node sharing the database runs
 * a scheduler of the same name; the store's row locks let one node fire each tick, a node that stops
 * checking in is taken as dead and the tick it held is fired by another, and a tick missed by more
 * than {@link #MISFIRE_THRESHOLD} (every node down, or a pass longer than the interval) fires once when
 * a node can, not once per missed tick (the route's misfire instruction). On H2 (one node)
 * camel-quartz keeps its in-memory store.
 */
public final class ClusteredSchedule {

    /** The scheduler's name, the same on every node: Quartz clusters the instances of one name. */
    public static final String SCHEDULER_NAME = "txng-adapter";
    /** A tick this late is a misfire: handled once by its instruction instead of being fired late (then again for the next). */
    static final Duration MISFIRE_THRESHOLD = Duration.ofSeconds(1);

    private ClusteredSchedule() {
    }

    /**
     * The {@code quartz} component for a node named {@code nodeName} (its Quartz instance id, unique
     * among the nodes), checking in every {@code checkinInterval}, on connections from {@code pool}.
     */
    static QuartzComponent component(DataSource pool, String nodeName, Duration checkinInterval) {
        // Quartz looks its data source up by name; one adapter per pool, so the pool's identity names it
        String dataSourceName = "txng-outbox-" + System.identityHashCode(pool);
        DBConnectionManager.getInstance().addConnectionProvider(dataSourceName, new PoolConnections(pool));
        Properties quartz = new Properties();
        quartz.setProperty("org.quartz.scheduler.instanceName", SCHEDULER_NAME);
        quartz.setProperty("org.quartz.scheduler.instanceId", nodeName);
        quartz.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        // one schedule, never overlapped by itself (stateful): one thread fires it, one spare
        quartz.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        quartz.setProperty("org.quartz.threadPool.threadCount", "2");
        quartz.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        quartz.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        quartz.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
        quartz.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        quartz.setProperty("org.quartz.jobStore.isClustered", "true");
        quartz.setProperty("org.quartz.jobStore.clusterCheckinInterval", String.valueOf(checkinInterval.toMillis()));
        quartz.setProperty("org.quartz.jobStore.misfireThreshold", String.valueOf(MISFIRE_THRESHOLD.toMillis()));
        QuartzComponent component = new QuartzComponent();
        // the same scheduler name on every node (camel-quartz would prefix it with the context's)
        component.setPrefixInstanceName(false);
        component.setProperties(quartz);
        return component;
    }

    /** Quartz's connections from the adapter's pool; Quartz commits its own transactions and closes (returns) them. */
    private record PoolConnections(DataSource pool) implements ConnectionProvider {

        @Override
        public Connection getConnection() throws SQLException {
            return pool.getConnection();
        }

        @Override
        public void shutdown() {
            // the pool is the adapter's, closed after Camel (and Quartz) stopped
        }

        @Override
        public void initialize() {
            // the pool is open already
        }
    }
}
