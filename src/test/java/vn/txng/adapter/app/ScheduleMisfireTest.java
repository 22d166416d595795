package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.component.quartz.QuartzComponent;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;

/**
 * The push schedule on PostgreSQL (Quartz's clustered job store, in process): the ticks missed while
 * no scheduler could fire them (every node down) run once when one can, not as a burst of late ticks.
 */
class ScheduleMisfireTest {

    private static final Pattern FIRE = Pattern.compile("push schedule: tick (\\S+) fired on node \\S+ at (\\S+)");

    @TempDir
    Path work;

    @Test
    void should_fire_the_ticks_missed_during_an_outage_once_not_as_a_burst() throws Exception {
        try (AdapterFixture adapter = TestPostgres.onNewDatabase(new AdapterFixture(work)).with("txng.push.cron", "* * * * * ?");
             LogCapture log = new LogCapture(Level.INFO);
             AdapterFixture.Running running = adapter.start()) {
            Scheduler scheduler = running.app().context().getComponent("quartz", QuartzComponent.class).getScheduler();
            await().atMost(Duration.ofSeconds(30)).until(() -> fires(log).size() >= 2);

            // every node down for five ticks
            scheduler.standby();
            Instant down = Instant.now();
            await().atMost(Duration.ofSeconds(20)).until(() -> Instant.now().isAfter(down.plusSeconds(5)));
            int before = fires(log).size();
            // back mid-second, so the one fire for the missed ticks (scheduled "now") falls between the cron's whole seconds
            await().pollInterval(Duration.ofMillis(10)).atMost(Duration.ofSeconds(5))
                    .until(() -> Instant.now().getNano() / 1_000_000 / 300 == 1);
            Instant up = Instant.now();
            scheduler.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> fires(log).size() >= before + 3);

            List<Fire> all = fires(log);
            List<Fire> after = all.subList(before, all.size());
            Instant missedBy = up.minus(ClusteredSchedule.MISFIRE_THRESHOLD).minusMillis(500);
            assertThat(after).as("fires after the outage, " + up + ": none of the ticks it missed fired late, one after another")
                    .noneMatch(fire -> fire.tick().isBefore(missedBy));
            assertThat(after).as("fires after the outage, " + up + ": the missed ticks fired once, at once, off the cron's seconds")
                    .filteredOn(fire -> fire.tick().getNano() != 0).hasSize(1)
                    .allMatch(fire -> Duration.between(up, fire.at()).compareTo(Duration.ofSeconds(5)) < 0);
        }
    }

    private static List<Fire> fires(LogCapture log) {
        return log.lines("INFO", "push schedule: tick").stream().map(FIRE::matcher).filter(Matcher::find)
                .map(m -> new Fire(Instant.parse(m.group(1)), Instant.parse(m.group(2)))).toList();
    }

    /** One fire: the tick it was scheduled for, and when it fired. */
    private record Fire(Instant tick, Instant at) {
    }
}
