package vn.txng.adapter.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.txng.adapter.portal.PortalFixtures.CLIENT_ID;
import static vn.txng.adapter.portal.PortalFixtures.SECRET_TEXT;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.portal.sandbox.Fault;
import vn.txng.adapter.portal.sandbox.SandboxServer;

/** The client secret never shows: not in exceptions, not in toString, not in any log line. */
class SecretHandlingTest {

    private final StringWriter logs = new StringWriter();
    private SandboxServer sandbox;
    private WriterAppender appender;
    private Level previousLevel;

    @BeforeEach
    void captureAllLogs() {
        LoggerContext context = (LoggerContext) org.apache.logging.log4j.LogManager.getContext(false);
        Configuration configuration = context.getConfiguration();
        appender = WriterAppender.createAppender(PatternLayout.newBuilder().withPattern("%m %ex%n").build(),
                null, (Writer) new PrintWriter(logs), "secret-test", false, true);
        appender.start();
        LoggerConfig root = configuration.getRootLogger();
        previousLevel = root.getLevel();
        root.addAppender(appender, Level.ALL, null);
        root.setLevel(Level.ALL);
        context.updateLoggers();
        sandbox = new SandboxServer(CLIENT_ID, PortalFixtures.secret()).start(0);
    }

    @AfterEach
    void restoreLogs() {
        sandbox.stop();
        LoggerContext context = (LoggerContext) org.apache.logging.log4j.LogManager.getContext(false);
        LoggerConfig root = context.getConfiguration().getRootLogger();
        root.removeAppender("secret-test");
        root.setLevel(previousLevel);
        context.updateLoggers();
        appender.stop();
    }

    @Test
    void aRefusedSecretFailsWithTheUrlAndOAuthCodeButNotTheSecret() {
        PortalConfig config = PortalConfig.of(sandbox.apiBase(), sandbox.tokenUrl(), CLIENT_ID, Secret.of("wrong-" + SECRET_TEXT));

        PortalAnswer answer = PortalClient.create(config).send(RecordKind.PRODUCT, PortalFixtures.product(), "p-1");
        PortalTokenException failure = catchThrowableOfType(PortalTokenException.class,
                () -> new TokenProvider(config, java.net.http.HttpClient.newHttpClient()).token());

        assertThat(answer).isInstanceOfSatisfying(PortalAnswer.ConnectionFault.class, fault -> {
            assertThat(fault.problem()).isEqualTo(ConnectionProblem.CREDENTIALS_REFUSED);
            assertThat(fault.message()).contains(sandbox.tokenUrl().toString()).contains("invalid_client")
                    .contains("National Barcode Center").doesNotContain(SECRET_TEXT);
        });
        assertThat(failure.oauthError()).isEqualTo("invalid_client");
        assertThat(failure.isTransient()).isFalse();
        assertThat(stackTraceOf(failure)).doesNotContain(SECRET_TEXT);
        assertThat(logs.toString()).doesNotContain(SECRET_TEXT);
    }

    @Test
    void configAndSecretAndSandboxShowAMask() {
        PortalConfig config = PortalConfig.of(sandbox.apiBase(), sandbox.tokenUrl(), CLIENT_ID, PortalFixtures.secret());

        assertThat(PortalFixtures.secret()).hasToString("******");
        assertThat(config.toString()).contains("******").doesNotContain(SECRET_TEXT);
        assertThat(config.withScope("txng").withRequestTimeout(java.time.Duration.ofSeconds(3)).toString())
                .doesNotContain(SECRET_TEXT);
        assertThat(sandbox.toString()).doesNotContain(SECRET_TEXT);
    }

    @Test
    void aWholeRunWithA401LogsNeitherTheSecretNorTheToken() {
        PortalClient client = PortalClient.create(
                PortalConfig.of(sandbox.apiBase(), sandbox.tokenUrl(), CLIENT_ID, PortalFixtures.secret()));
        client.send(RecordKind.PRODUCT, PortalFixtures.product(), "p-1");
        String firstToken = client.tokens().token();
        sandbox.revokeTokens();
        sandbox.injectFault(Fault.status(503, 1));
        client.send(RecordKind.LOT, PortalFixtures.lot(), "l-1");
        client.send(RecordKind.LOT, PortalFixtures.lot(), "l-1");

        assertThat(logs.toString()).contains("Access token obtained")
                .doesNotContain(SECRET_TEXT).doesNotContain(firstToken).doesNotContain(client.tokens().token());
    }

    private static String stackTraceOf(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
