package vn.txng.adapter.push;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Date;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Recording a fire is for `status` only: a database that cannot record it does not stop the push. */
class ScheduleFiresTest {

    @Test
    void should_let_the_tick_go_on_when_its_fire_cannot_be_recorded() {
        // a real database without the schedule_fire table: the UPDATE fails
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:no-schedule-fire-" + System.nanoTime());

        assertThatCode(() -> new ScheduleFires(database, "node-a").fired(new Date(), new Date(), "DEFAULT")).doesNotThrowAnyException();
    }
}
