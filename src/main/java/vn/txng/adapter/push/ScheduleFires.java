package vn.txng.adapter.push;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Date;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The push schedule's fires (bean {@code scheduleFires}), kept in the outbox database (table
 * {@code schedule_fire}, Flyway V6) so that {@code status} can say which node fired the last tick,
 * whichever node asks.
 */
public final class ScheduleFires {

    /** The push schedule's row. */
    public static final String PUSH_SCHEDULE = "push-portal";
    private static final Logger LOG = LoggerFactory.getLogger(ScheduleFires.class);

    private final DataSource dataSource;
    private final String nodeName;

    public ScheduleFires(DataSource dataSource, String nodeName) {
        this.dataSource = dataSource;
        this.nodeName = nodeName;
    }

    /** Quartz's trigger group of a fire that re-runs a job cut by a dead node ({@code Scheduler.DEFAULT_RECOVERY_GROUP}). */
    static final String RECOVERY_GROUP = "RECOVERING_JOBS";

    /**
     * Route step when Quartz fires the schedule: logs and records the tick ({@code scheduled}, Quartz's
     * scheduledFireTime) and when this node fired it ({@code fired}, Quartz's fireTime). A database
     * that cannot record it is logged (WARN), never fails the tick. A fire in
     * Quartz's recovery group ({@code triggerGroup}) re-runs the tick of a node that died mid-pass.
     */
    public void fired(Date scheduled, Date fired, String triggerGroup) {
        LOG.info("push schedule: tick {} fired on node {} at {}{}", scheduled.toInstant(), nodeName, fired.toInstant(),
                RECOVERY_GROUP.equals(triggerGroup) ? " (recovering the pass of a node that died)" : "");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE schedule_fire SET node_name = ?, scheduled_at = ?, fired_at = ? WHERE schedule_name = ?")) {
            update.setString(1, nodeName);
            update.setTimestamp(2, new Timestamp(scheduled.getTime()));
            update.setTimestamp(3, new Timestamp(fired.getTime()));
            update.setString(4, PUSH_SCHEDULE);
            update.executeUpdate();
        } catch (SQLException e) {
            // only `status` reads it: the push goes on (and meets the database's fault itself if it lasts)
            LOG.warn("push schedule: cannot record the tick's fire for status ({}); pushing anyway", e.getMessage());
        }
    }
}
