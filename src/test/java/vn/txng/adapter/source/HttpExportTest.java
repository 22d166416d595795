package vn.txng.adapter.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.outbox.OutboxDataSources;

/** The HTTP source's steps around a body's claim, on a real H2 outbox. */
class HttpExportTest {

    @TempDir
    Path work;

    @Test
    void should_release_the_claim_of_a_body_whose_exchange_failed_so_another_node_reads_it() throws Exception {
        JdbcConnectionPool database = OutboxDataSources.h2(work.resolve("db"));
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            Outbox.open(database);
            SourceStates states = new SourceStates(database);
            states.register("erp-web", "txng-http-source", "http://erp/export/lots.xml");
            HttpExport nodeA = export(states, database, "node-a");
            Exchange exchange = new DefaultExchange(camel);
            exchange.getMessage().setBody(new ByteArrayInputStream("<lots/>".getBytes(StandardCharsets.UTF_8)));
            nodeA.download(exchange);
            assertThat(exchange.getMessage().getHeader(HttpExport.UNCHANGED, Boolean.class)).as("claimed by node-a").isFalse();
            Path copy = Path.of(exchange.getMessage().getHeader("CamelFileLocalWorkPath", String.class));

            // staging failed (the database, not the data)
            nodeA.failed(exchange);

            assertThat(copy).doesNotExist();
            assertThat(new ProcessedFiles(database, "erp-web", "node-b", Duration.ofMinutes(15), Clock.systemUTC())
                    .add("sha256:" + sha256("<lots/>"))).as("node-b may read it now").isTrue();
        } finally {
            database.dispose();
        }
    }

    private HttpExport export(SourceStates states, JdbcConnectionPool database, String node) {
        return new HttpExport("erp-web", "http://erp/export/lots.xml", work.resolve("work"), states,
                new ProcessedFiles(database, "erp-web", node, Duration.ofMinutes(15), Clock.systemUTC()), null, null, null);
    }

    private static String sha256(String body) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(body.getBytes(StandardCharsets.UTF_8)));
    }
}
