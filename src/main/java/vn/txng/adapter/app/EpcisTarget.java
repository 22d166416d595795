package vn.txng.adapter.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.txng.adapter.capture.EpcisCapture;
import vn.txng.adapter.epcis.CaptureCredentials;
import vn.txng.adapter.epcis.EpcisCaptureClient;
import vn.txng.adapter.outbox.EpcisRepository;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.portal.PortalConfig;
import vn.txng.adapter.portal.Secret;
import vn.txng.adapter.portal.TokenProvider;
import vn.txng.adapter.push.RetryPolicy;

/**
 * The EPCIS repository the settings configure ({@code txng.epcis.*}), the second delivery target beside the portal:
 * off while {@code txng.epcis.capture-url} is empty. Its credentials are one of a bearer token, a user and password,
 * or OAuth client credentials; none is ever part of a URL, a log line or a status line.
 */
public final class EpcisTarget {

    private static final Logger LOG = LoggerFactory.getLogger(EpcisTarget.class);
    static final String CAPTURE_URL = "txng.epcis.capture-url";

    private EpcisTarget() {
    }

    /** The repository, or empty when none is configured. @throws IllegalArgumentException naming the setting at fault */
    public static Optional<EpcisRepository> repository(Settings settings) {
        return settings.isSet(CAPTURE_URL) ? Optional.of(EpcisRepository.of(captureUrl(settings))) : Optional.empty();
    }

    /** A capture pass on the outbox, or empty when no repository is configured. */
    static Optional<EpcisCapture> capture(Settings settings, Outbox outbox, Clock clock) {
        if (!settings.isSet(CAPTURE_URL)) {
            return Optional.empty();
        }
        URI url = captureUrl(settings);
        EpcisCaptureClient client = client(settings, clock);
        EpcisRepository repository = EpcisRepository.of(url);
        LOG.info("EPCIS repository: {} with {}", repository, client.credentials());
        return Optional.of(new EpcisCapture(outbox, repository, client, settings.integer("txng.epcis.batch-size"),
                new RetryPolicy(settings.duration("txng.push.retry-initial"), settings.duration("txng.push.retry-max")),
                settings.integer("txng.epcis.breaker-threshold"), settings.eventTimeZone(), clock));
    }

    /**
     * The capture client of the settings ({@code check} probes it), or empty when no repository is configured.
     *
     * @throws IllegalArgumentException when a setting is wrong (the message names it, never a secret)
     */
    public static Optional<EpcisCaptureClient> client(Settings settings) {
        return settings.isSet(CAPTURE_URL) ? Optional.of(client(settings, Clock.systemUTC())) : Optional.empty();
    }

    private static EpcisCaptureClient client(Settings settings, Clock clock) {
        URI url = captureUrl(settings);
        Duration timeout = settings.duration("txng.epcis.timeout");
        HttpClient http = EpcisCaptureClient.httpClient(PortalConfig.DEFAULT_CONNECT_TIMEOUT);
        return new EpcisCaptureClient(url, credentials(settings, url, http, timeout), http, timeout,
                settings.duration("txng.epcis.poll-interval"), settings.duration("txng.epcis.job-timeout"), clock);
    }

    private static URI captureUrl(Settings settings) {
        URI url;
        try {
            url = URI.create(settings.get(CAPTURE_URL));
        } catch (IllegalArgumentException e) {
            // the value may hold a credential: it is not repeated
            throw new IllegalArgumentException(settings.nameOf(CAPTURE_URL) + " is not a URL");
        }
        if (!"http".equalsIgnoreCase(url.getScheme()) && !"https".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
            throw new IllegalArgumentException(settings.nameOf(CAPTURE_URL) + " must be an http or https URL of the repository's"
                    + " capture endpoint, such as https://epcis.example.com/capture");
        }
        if (url.getRawUserInfo() != null || url.getRawQuery() != null) {
            throw new IllegalArgumentException(settings.nameOf(CAPTURE_URL) + " must hold no user info and no query: put"
                    + " credentials in txng.epcis.bearer-token, txng.epcis.user / txng.epcis.password or txng.epcis.client-id"
                    + " / txng.epcis.client-secret");
        }
        return url;
    }

    private static CaptureCredentials credentials(Settings settings, URI url, HttpClient http, Duration timeout) {
        boolean bearer = settings.isSet("txng.epcis.bearer-token");
        boolean basic = settings.isSet("txng.epcis.user");
        boolean oauth = settings.isSet("txng.epcis.client-id");
        if ((bearer ? 1 : 0) + (basic ? 1 : 0) + (oauth ? 1 : 0) > 1) {
            throw new IllegalArgumentException("set one kind of EPCIS repository credentials, not several: "
                    + settings.nameOf("txng.epcis.bearer-token") + ", " + settings.nameOf("txng.epcis.user") + " or "
                    + settings.nameOf("txng.epcis.client-id"));
        }
        if (bearer) {
            return new CaptureCredentials.Bearer(Secret.of(settings.get("txng.epcis.bearer-token")));
        }
        if (basic) {
            return new CaptureCredentials.Basic(settings.get("txng.epcis.user"), Secret.of(settings.get("txng.epcis.password")));
        }
        if (oauth) {
            for (String key : List.of("txng.epcis.client-secret", "txng.epcis.token-url")) {
                if (!settings.isSet(key)) {
                    throw new IllegalArgumentException(settings.nameOf(key) + " must be set when " + settings.nameOf("txng.epcis.client-id") + " is set");
                }
            }
            PortalConfig config = PortalConfig.of(url, URI.create(settings.get("txng.epcis.token-url")), settings.get("txng.epcis.client-id"),
                    Secret.of(settings.get("txng.epcis.client-secret"))).withRequestTimeout(timeout).withScope(settings.get("txng.epcis.scope"));
            return new CaptureCredentials.OAuth(new TokenProvider(config, http), config.clientId());
        }
        return new CaptureCredentials.None();
    }
}
