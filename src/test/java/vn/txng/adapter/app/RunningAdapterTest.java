package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.txng.adapter.app.Messages.GTIN_A;
import static vn.txng.adapter.app.Messages.message;
import static vn.txng.adapter.app.Messages.product;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.quartz.QuartzEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The adapter as `run` starts it: routes stay up and keep taking files after a bad one. */
class RunningAdapterTest {

    @TempDir
    Path work;
    AdapterFixture adapter;
    AdapterRuntime runtime;
    CamelApp app;

    @BeforeEach
    void start() throws Exception {
        adapter = new AdapterFixture(work);
        runtime = AdapterRuntime.start(adapter.settings());
        app = new CamelApp(adapter.settings(), runtime, false);
        app.start();
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
        runtime.close();
        adapter.close();
    }

    @Test
    void should_keep_taking_files_after_one_that_is_not_xml() throws Exception {
        NotifyBuilder twoFiles = new NotifyBuilder(app.context()).fromRoute("ingest-inbox").whenDone(2).create();

        adapter.drop("garbage.bin", "\u0000\u0001binary");
        adapter.drop("good.xml", message(product(GTIN_A, "Nước mắm")));

        assertThat(twoFiles.matches(30, TimeUnit.SECONDS)).as("both files went through the route").isTrue();
        assertThat(app.context().getRouteController().getRouteStatus("ingest-inbox")).isEqualTo(ServiceStatus.Started);
        // the file is moved as the exchange completes, just after the route counts it done
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(adapter.filesUnder("failed"))
                .singleElement().satisfies(p -> assertThat(p.getFileName().toString()).startsWith("garbage.")));
        assertThat(adapter.reportOf("good.xml").path("accepted").asLong()).isEqualTo(1);
    }

    @Test
    void should_schedule_the_push_route_on_the_configured_cron() {
        assertThat(app.context().getRoute("push-schedule")).isNotNull();
        QuartzEndpoint schedule = (QuartzEndpoint) app.context().getRoute("push-schedule").getEndpoint();
        assertThat(schedule.getCron()).isEqualTo("0 0 2 * * ?");
        assertThat(schedule.getTriggerParameters()).containsEntry("timeZone", "Asia/Ho_Chi_Minh");
        assertThat(app.context().getRouteController().getRouteStatus("push-schedule")).isEqualTo(ServiceStatus.Started);
    }

    @Test
    void should_send_on_a_thread_pool_profile_sized_by_the_portal_concurrency() {
        org.apache.camel.spi.ThreadPoolProfile senders = app.context().getExecutorServiceManager()
                .getThreadPoolProfile(CamelApp.SENDERS_PROFILE);

        assertThat(senders).isNotNull();
        assertThat(senders.getPoolSize()).isEqualTo(8);
        assertThat(senders.getMaxPoolSize()).isEqualTo(8);
        assertThat(senders.getMaxQueueSize()).as("a send and the split's next step wait in the queue for a free sender").isEqualTo(9);
    }

    @Test
    void should_serve_the_schedule_with_the_push_flow_route() throws Exception {
        adapter.drop("one.xml", message(product(GTIN_A, "Nước mắm")));
        await().atMost(Duration.ofSeconds(20)).until(() -> runtime.outbox().counts()
                .get(vn.txng.adapter.outbox.DeliveryState.PENDING) == 1L);

        org.apache.camel.Exchange tick = app.context().getEndpoint("direct:push-portal").createExchange();
        org.apache.camel.Exchange done = app.context().createProducerTemplate().send("direct:push-portal", tick);

        assertThat(done.getMessage().getBody(vn.txng.adapter.push.PushSummary.class).deliveredProducts()).isEqualTo(1);
        assertThat(adapter.portal.records().products()).hasSize(1);
    }
}
