package vn.txng.adapter.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.txng.adapter.portal.PortalFixtures.CLIENT_ID;
import static vn.txng.adapter.portal.PortalFixtures.GTIN13_AS_14;

import java.text.Normalizer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.ProductRecord;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.portal.PortalAnswer.AwaitPrerequisite;
import vn.txng.adapter.portal.PortalAnswer.Delivered;
import vn.txng.adapter.portal.PortalAnswer.Rejected;
import vn.txng.adapter.portal.PortalAnswer.RetryLater;
import vn.txng.adapter.portal.sandbox.Fault;
import vn.txng.adapter.portal.sandbox.SandboxServer;

/** The client against the real sandbox server, in-process. */
class PortalClientTest {

    private static final String PRODUCTS = "/tochuc/v5/ToChuc_SanPham";

    private SandboxServer sandbox;
    private PortalClient client;

    @BeforeEach
    void startSandbox() {
        sandbox = new SandboxServer(CLIENT_ID, PortalFixtures.secret()).start(0);
        client = PortalClient.create(config());
    }

    @AfterEach
    void stopSandbox() {
        sandbox.stop();
    }

    private PortalConfig config() {
        return PortalConfig.of(sandbox.apiBase(), sandbox.tokenUrl(), CLIENT_ID, PortalFixtures.secret());
    }

    private PortalAnswer sendProduct(String key) {
        return client.send(RecordKind.PRODUCT, PortalFixtures.product(), key);
    }

    @Test
    void deliversAProductAndThenItsLot() {
        PortalAnswer product = sendProduct("p-1");
        PortalAnswer lot = client.send(RecordKind.LOT, PortalFixtures.lot(), "l-1");

        assertThat(product).isInstanceOf(Delivered.class).extracting("created").isEqualTo(true);
        assertThat(lot).isInstanceOf(Delivered.class).extracting("created").isEqualTo(true);
        assertThat(sandbox.records().lot("8934563123451", "L2026-09/A")).isPresent();
    }

    @Test
    void theTokenIsReusedAcrossCalls() {
        sendProduct("p-1");
        sendProduct("p-2");
        client.send(RecordKind.LOT, PortalFixtures.lot(), "l-1");

        assertThat(sandbox.tokenRequests()).isEqualTo(1);
    }

    @Test
    void sixteenConcurrentCallersShareOneTokenRequest() throws Exception {
        List<String> tokens = runConcurrently(16, () -> client.tokens().token());

        assertThat(sandbox.tokenRequests()).isEqualTo(1);
        assertThat(tokens).hasSize(16).containsOnly(tokens.get(0));
    }

    @Test
    void aRevokedTokenLeadsToOneNewTokenAndTheCallSucceeds() {
        sendProduct("p-1");
        sandbox.revokeTokens();

        PortalAnswer answer = client.send(RecordKind.LOT, PortalFixtures.lot(), "l-1");

        assertThat(answer).isInstanceOf(Delivered.class);
        assertThat(sandbox.tokenRequests()).isEqualTo(2);
        assertThat(sandbox.calls("/tochuc/v5/ToChuc_LoHang", 401)).isEqualTo(1);
    }

    @Test
    void manyCallersSeeingTheSame401FetchOneNewToken() throws Exception {
        sendProduct("p-0");
        sandbox.revokeTokens();

        List<PortalAnswer> answers = runConcurrently(8, () -> client.send(RecordKind.LOT,
                PortalFixtures.lot(GTIN13_AS_14, "L" + Thread.currentThread().getId()), "l-" + Thread.currentThread().getId()));

        assertThat(answers).allMatch(Delivered.class::isInstance);
        assertThat(sandbox.tokenRequests()).isEqualTo(2);
    }

    @Test
    void aSecond401InARowIsAConnectionFaultNotALoop() {
        sandbox.injectFault(Fault.status(401, 5));

        PortalAnswer answer = sendProduct("p-1");

        assertThat(answer).isInstanceOfSatisfying(PortalAnswer.ConnectionFault.class,
                fault -> assertThat(fault.problem()).isEqualTo(ConnectionProblem.TOKEN_NOT_ACCEPTED));
        assertThat(sandbox.calls(PRODUCTS, 401)).isEqualTo(2);
        assertThat(sandbox.tokenRequests()).isEqualTo(2);
    }

    @Test
    void successFalseOnHttp200IsRejectedWithTheFieldMessage() {
        ProductRecord badUnit = new ProductRecord(GTIN13_AS_14, "Nước mắm", null,
                List.of("https://x.vn/a.jpg"), "Chai", java.math.BigDecimal.TEN, "XYZ", "VN", null, null, null,
                PortalFixtures.product().manufacturer());

        PortalAnswer answer = client.send(RecordKind.PRODUCT, badUnit, "p-1");

        assertThat(answer).isInstanceOf(Rejected.class);
        Rejected rejected = (Rejected) answer;
        assertThat(rejected.code()).isEqualTo("ERR_VALIDATION");
        assertThat(rejected.reason()).contains("weightUnit: 'XYZ' is not a UN/ECE Recommendation 20 unit code");
        assertThat(sandbox.calls(PRODUCTS, 200)).isEqualTo(1);
        assertThat(sandbox.records().products()).isEmpty();
    }

    @Test
    void anInjectedSuccessFalseIsRejected() {
        sandbox.injectFault(Fault.successFalse(1));

        assertThat(sendProduct("p-1")).isInstanceOf(Rejected.class).hasToString(
                "ERR_VALIDATION: forced by an injected fault; gtinCode: rejected by an injected fault");
    }

    @Test
    void serviceUnavailableIsRetryLaterWithBackoff() {
        sandbox.injectFault(Fault.status(503, 1));

        PortalAnswer answer = sendProduct("p-1");

        assertThat(answer).isInstanceOf(RetryLater.class);
        assertThat(((RetryLater) answer).retryAfter()).isNull();
        assertThat(((RetryLater) answer).reason()).startsWith("HTTP 503");
    }

    @Test
    void tooManyRequestsIsRetryLaterAfterTheToldWait() {
        sandbox.injectFault(Fault.status(429, 1).withRetryAfter(Duration.ofSeconds(7)));

        PortalAnswer answer = sendProduct("p-1");

        assertThat(answer).isEqualTo(new RetryLater(((RetryLater) answer).reason(), Duration.ofSeconds(7)));
    }

    @Test
    void forbiddenGtinIsRejected() {
        sandbox.injectFault(Fault.status(403, 1));

        assertThat(sendProduct("p-1")).isInstanceOf(Rejected.class).extracting("code").isEqualTo("ERR_INJECTED_403");
    }

    @Test
    void aLotBeforeItsProductAwaitsTheProduct() {
        PortalAnswer answer = client.send(RecordKind.LOT, PortalFixtures.lot(), "l-1");

        assertThat(answer).isInstanceOf(AwaitPrerequisite.class);
        assertThat(((AwaitPrerequisite) answer).reason()).contains("8934563123451");
    }

    @Test
    void theSameKeyTwiceStoresOneRecord() {
        Delivered first = (Delivered) sendProduct("p-1");
        Delivered second = (Delivered) sendProduct("p-1");

        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.portalId()).isEqualTo(first.portalId());
        assertThat(sandbox.records().products()).hasSize(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRejected() {
        sendProduct("p-1");

        PortalAnswer answer = client.send(RecordKind.PRODUCT, PortalFixtures.product(PortalFixtures.GTIN14), "p-1");

        assertThat(answer).isInstanceOf(Rejected.class).extracting("code").isEqualTo("ERR_IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void decomposedVietnameseIsStoredAsNfc() {
        ProductRecord product = PortalFixtures.product();
        ProductRecord decomposed = new ProductRecord(product.gtin(), Normalizer.normalize(product.name(), Normalizer.Form.NFD),
                product.description(), product.imageUrls(), product.salesUnit(), product.netContent(),
                product.netContentUnit(), product.countryOfOrigin(), product.brand(), product.standards(),
                product.shelfLifeDays(), product.manufacturer());

        assertThat(client.send(RecordKind.PRODUCT, decomposed, "p-1")).isInstanceOf(Delivered.class);
        assertThat(sandbox.records().product("8934563123451").orElseThrow().body().get("ten").textValue())
                .isEqualTo("Nước mắm Phú Quốc 40 độ đạm");
    }

    @Test
    void aSlowPortalIsRetryLaterAfterTheRequestTimeout() {
        sandbox.responseDelay(Duration.ofSeconds(2));
        client.tokens().token(); // the token endpoint is not slowed; fetch it first anyway
        PortalClient impatient = new PortalClient(config().withRequestTimeout(Duration.ofMillis(300)),
                PortalProfile.txngV5(), client.tokens(), PortalClient.httpClient(config()));

        PortalAnswer answer = impatient.send(RecordKind.PRODUCT, PortalFixtures.product(), "p-1");

        assertThat(answer).isInstanceOf(RetryLater.class);
        assertThat(((RetryLater) answer).reason()).contains("within 300 ms");
    }

    @Test
    void anUnreachablePortalIsAConnectionFaultNamingHostAndPortInWords() {
        PortalConfig nowhere = config();
        int port = sandbox.port();
        sandbox.stop();

        PortalAnswer answer = PortalClient.create(nowhere).send(RecordKind.PRODUCT, PortalFixtures.product(), "p-1");

        assertThat(answer).isInstanceOfSatisfying(PortalAnswer.ConnectionFault.class, fault -> {
            assertThat(fault.problem()).isEqualTo(ConnectionProblem.UNREACHABLE);
            assertThat(fault.message()).contains("cannot connect to 127.0.0.1:" + port + " (connection refused)")
                    .doesNotContain("ConnectException");
        });
    }

    @Test
    void anOrganisationNotActivatedIsAConnectionFaultNotARejection() {
        sandbox.organisationActivated(false);

        PortalAnswer answer = sendProduct("p-1");

        assertThat(answer).isInstanceOfSatisfying(PortalAnswer.ConnectionFault.class, fault -> {
            assertThat(fault.problem()).isEqualTo(ConnectionProblem.ORGANISATION_NOT_ACTIVATED);
            assertThat(fault.message()).contains("National Barcode Center").contains("tax code and GLN");
        });
    }

    @Test
    void aTlsHandshakeThatFailsIsAConnectionFault() throws Exception {
        // a real server that speaks plain HTTP at once to whatever connects: no TLS handshake can succeed
        try (java.net.ServerSocket plain = new java.net.ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> {
                try (java.net.Socket socket = plain.accept()) {
                    socket.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                } catch (java.io.IOException closed) {
                    // the test ended
                }
            });
            server.setDaemon(true);
            server.start();
            URI tlsToPlain = URI.create("https://127.0.0.1:" + plain.getLocalPort() + "/connect/token");
            PortalConfig tls = PortalConfig.of(sandbox.apiBase(), tlsToPlain, CLIENT_ID, PortalFixtures.secret());

            PortalAnswer answer = PortalClient.create(tls).send(RecordKind.PRODUCT, PortalFixtures.product(), "p-1");

            assertThat(answer).isInstanceOfSatisfying(PortalAnswer.ConnectionFault.class, fault -> {
                assertThat(fault.problem()).isEqualTo(ConnectionProblem.TLS);
                assertThat(fault.message()).contains("TLS handshake with 127.0.0.1:" + plain.getLocalPort() + " failed");
            });
        }
    }

    @Test
    void aWrongApiPathIsAConnectionFault() {
        PortalConfig wrongPath = PortalConfig.of(sandbox.apiBase().resolve("/gwdev"), sandbox.tokenUrl(), CLIENT_ID, PortalFixtures.secret());

        PortalAnswer answer = PortalClient.create(wrongPath).send(RecordKind.PRODUCT, PortalFixtures.product(), "p-1");

        assertThat(answer).isInstanceOfSatisfying(PortalAnswer.ConnectionFault.class,
                fault -> assertThat(fault.problem()).isEqualTo(ConnectionProblem.API_PATH_NOT_FOUND));
    }

    @Test
    void overTheConcurrencyLimitIsRetryLater() throws Exception {
        sandbox.maxInFlightPerClient(2).responseDelay(Duration.ofMillis(1500)); // long enough for all four to overlap on a busy machine
        client.tokens().token();

        List<PortalAnswer> answers = runConcurrently(4, () -> client.send(RecordKind.PRODUCT,
                PortalFixtures.product(), "p-" + Thread.currentThread().getId()));

        assertThat(answers).filteredOn(RetryLater.class::isInstance)
                .isNotEmpty()
                .allMatch(a -> Duration.ofSeconds(1).equals(((RetryLater) a).retryAfter()));
        assertThat(answers).filteredOn(Delivered.class::isInstance).isNotEmpty();
    }

    @Test
    void anUnnormalisedRecordIsRejectedWithoutACall() {
        LotRecord raw = PortalFixtures.lot("8934563123451", "A1");

        assertThat(client.send(RecordKind.LOT, raw, "l-1")).isInstanceOf(Rejected.class).extracting("code")
                .isEqualTo("ERR_MAPPING");
        assertThat(sandbox.tokenRequests()).isZero();
    }

    /** Runs {@code task} on {@code n} threads released at once; their results in order. */
    private static <T> List<T> runConcurrently(int n, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
