package vn.txng.adapter.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.txng.adapter.portal.PortalFixtures.CLIENT_ID;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.portal.sandbox.SandboxServer;

class TokenProviderTest {

    private SandboxServer sandbox;
    private final MovableClock clock = new MovableClock();

    @BeforeEach
    void startSandbox() {
        sandbox = new SandboxServer(CLIENT_ID, PortalFixtures.secret()).start(0);
    }

    @AfterEach
    void stopSandbox() {
        sandbox.stop();
    }

    private TokenProvider provider() {
        PortalConfig config = PortalConfig.of(sandbox.apiBase(), sandbox.tokenUrl(), CLIENT_ID, PortalFixtures.secret());
        return new TokenProvider(config, HttpClient.newHttpClient(), clock);
    }

    @Test
    void aTokenIsRenewedShortlyBeforeItExpires() {
        sandbox.tokenLifetime(Duration.ofSeconds(3600));
        TokenProvider tokens = provider();
        String first = tokens.token();

        clock.advance(Duration.ofSeconds(3569));
        assertThat(tokens.token()).isEqualTo(first);
        clock.advance(Duration.ofSeconds(1));
        String renewed = tokens.token();

        assertThat(renewed).isNotEqualTo(first);
        assertThat(sandbox.tokenRequests()).isEqualTo(2);
    }

    @Test
    void theRenewalMarginIs30SecondsOrATenthOfAShortLifetime() {
        assertThat(TokenProvider.renewalMargin(Duration.ofHours(1))).isEqualTo(Duration.ofSeconds(30));
        assertThat(TokenProvider.renewalMargin(Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(6));
    }

    @Test
    void invalidatingAnOldTokenKeepsTheNewOne() {
        TokenProvider tokens = provider();
        String first = tokens.token();
        tokens.invalidate(first);
        String second = tokens.token();

        tokens.invalidate(first); // a late caller reporting the old 401

        assertThat(tokens.token()).isEqualTo(second);
        assertThat(sandbox.tokenRequests()).isEqualTo(2);
    }

    @Test
    void anUnreachableTokenEndpointIsAConnectionFaultNamingTheUrlInWords() {
        URI tokenUrl = sandbox.tokenUrl();
        sandbox.stop();
        PortalConfig config = PortalConfig.of(URI.create("http://localhost:1"), tokenUrl, CLIENT_ID, PortalFixtures.secret());

        PortalTokenException failure = catchThrowableOfType(PortalTokenException.class,
                () -> new TokenProvider(config, HttpClient.newHttpClient()).token());

        assertThat(failure.problem()).isEqualTo(ConnectionProblem.UNREACHABLE);
        assertThat(failure.getMessage()).isEqualTo("Token request to " + tokenUrl + " failed: cannot connect to "
                + tokenUrl.getHost() + ":" + tokenUrl.getPort() + " (connection refused)");
    }

    @Test
    void anUnknownClientIsAPermanentFailure() {
        PortalConfig config = PortalConfig.of(sandbox.apiBase(), sandbox.tokenUrl(), "someone-else", PortalFixtures.secret());

        PortalTokenException failure = catchThrowableOfType(PortalTokenException.class,
                () -> new TokenProvider(config, HttpClient.newHttpClient()).token());

        assertThat(failure.isTransient()).isFalse();
        assertThat(failure.getMessage()).isEqualTo("Token request to " + sandbox.tokenUrl()
                + " failed: HTTP 401 invalid_client (client authentication failed)");
    }

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-11-21T16:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
