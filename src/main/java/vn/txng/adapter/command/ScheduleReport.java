package vn.txng.adapter.command;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.TimeZone;
import javax.sql.DataSource;
import org.quartz.CronExpression;
import vn.txng.adapter.outbox.OutboxException;
import vn.txng.adapter.push.ScheduleFires;
import vn.txng.adapter.app.ClusteredSchedule;
import vn.txng.adapter.app.Databases;
import vn.txng.adapter.app.Settings;

/**
 * The push schedule's part of {@code status}: its cron, the last tick and the node that fired it,
 * the next tick; on PostgreSQL (several nodes) also the node running a pass now and each node with
 * its last check-in, from Quartz's clustered job store.
 */
final class ScheduleReport {

    /** A node that has not checked in for this many of its intervals is probably down (Quartz recovers it soon after). */
    private static final int MISSED_CHECKINS = 3;

    private ScheduleReport() {
    }

    static void print(Settings settings, DataSource dataSource, PrintStream out, Instant now) {
        String cron = settings.get("txng.push.cron");
        String zone = settings.get("txng.push.time-zone");
        out.println("push schedule: cron \"" + cron + "\" (" + zone + ")"
                + (Databases.isPostgres(settings) ? ", shared by the nodes on this database" : ", this node only (H2)"));
        try (Connection connection = dataSource.getConnection()) {
            out.println("  last tick: " + lastFire(connection));
            out.println("  next tick: " + nextTick(cron, zone, now));
            if (Databases.isPostgres(settings)) {
                out.println("  running now: " + runningNow(connection));
                printNodes(connection, out, now);
            }
        } catch (SQLException e) {
            throw new OutboxException("cannot read the push schedule's state: " + e.getMessage(), e);
        }
        if (!settings.get("txng.epcis.capture-url").isBlank()) {
            String captureCron = settings.get("txng.epcis.cron");
            out.println("EPCIS capture schedule: cron \"" + captureCron + "\" (" + zone + "), route push-epcis under `run`");
            out.println("  next tick: " + nextTick(captureCron, zone, now));
        }
    }

    private static String lastFire(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT node_name, scheduled_at, fired_at FROM schedule_fire WHERE schedule_name = ?")) {
            select.setString(1, ScheduleFires.PUSH_SCHEDULE);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next() || row.getString(1) == null) {
                    return "none yet";
                }
                return row.getObject(2, OffsetDateTime.class).toInstant() + " fired on node " + row.getString(1)
                        + " at " + row.getObject(3, OffsetDateTime.class).toInstant();
            }
        }
    }

    private static String nextTick(String cron, String zone, Instant now) {
        try {
            CronExpression expression = new CronExpression(cron);
            expression.setTimeZone(TimeZone.getTimeZone(zone));
            Date next = expression.getNextValidTimeAfter(Date.from(now));
            return next == null ? "none (the cron never fires again)" : next.toInstant().toString();
        } catch (ParseException e) {
            return "unknown: txng.push.cron is not a Quartz cron expression (" + e.getMessage() + ")";
        }
    }

    /** The node whose fire of the schedule is executing, from Quartz's fired triggers. */
    private static String runningNow(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT instance_name, fired_time FROM qrtz_fired_triggers"
                + " WHERE sched_name = ? AND trigger_name = ? AND state = 'EXECUTING' ORDER BY fired_time")) {
            select.setString(1, ClusteredSchedule.SCHEDULER_NAME);
            select.setString(2, ScheduleFires.PUSH_SCHEDULE);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? "node " + row.getString(1) + " since " + Instant.ofEpochMilli(row.getLong(2)) : "no pass";
            }
        }
    }

    private static void printNodes(Connection connection, PrintStream out, Instant now) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT instance_name, last_checkin_time, checkin_interval"
                + " FROM qrtz_scheduler_state WHERE sched_name = ? ORDER BY instance_name")) {
            select.setString(1, ClusteredSchedule.SCHEDULER_NAME);
            try (ResultSet row = select.executeQuery()) {
                out.println("  nodes:");
                boolean any = false;
                while (row.next()) {
                    any = true;
                    Instant checkin = Instant.ofEpochMilli(row.getLong(2));
                    Duration silent = Duration.between(checkin, now);
                    boolean down = silent.toMillis() > MISSED_CHECKINS * row.getLong(3);
                    out.println("    " + row.getString(1) + ": last check-in " + checkin + " (" + Math.max(0, silent.toSeconds()) + " s ago)"
                            + (down ? ", DOWN? no check-in for " + MISSED_CHECKINS + " intervals" : ""));
                }
                if (!any) {
                    out.println("    none running");
                }
            }
        }
    }
}
