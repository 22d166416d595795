import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sandbox alone under the push's load, for bench/push-bench.sh: C threads, each sending lot
 * upserts one after the other with the JDK HTTP client (HTTP/1.1, connections kept), N calls in
 * all; prints the calls per second and the HTTP statuses. What no adapter can beat on this machine.
 * A fourth argument {@code events} sends traceability event upserts instead (after one lot and one location they
 * name), for a push that is mostly events: the sandbox checks an event's trace codes, more work than a lot's.
 * Run with the JDK's single-file launcher: java bench/PortalLoad.java PORT N C [lots|events]
 */
public class PortalLoad {

    private static final String GTIN = "8934563123451";

    public static void main(String[] args) throws Exception {
        String base = "http://127.0.0.1:" + args[0];
        int calls = Integer.parseInt(args[1]);
        int inFlight = Integer.parseInt(args[2]);
        boolean events = args.length > 3 && args[3].equals("events");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = http.send(HttpRequest.newBuilder(URI.create(base + "/connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "grant_type=client_credentials&client_id=sandbox-client&client_secret=sandbox-secret")).build(),
                HttpResponse.BodyHandlers.ofString()).body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
        post(http, base + "/tochuc/v5/ToChuc_SanPham", token, "load-product", "{\"gtinCode\":\"" + GTIN + "\",\"ten\":\"Nuoc mam\","
                + "\"hinhAnh\":[\"https://cdn.example.vn/sp.jpg\"],\"donViTinh\":\"Chai\",\"netWeight\":500,\"weightUnit\":\"MLT\","
                + "\"nhaSanXuat\":{\"ten\":\"Cong ty\",\"diaChi\":\"Phu Quoc\",\"maSoThue\":\"0301234567\"}}");
        if (events) {
            post(http, base + "/tochuc/v5/ToChuc_LoHang", token, "load-lot", "{\"gtinCode\":\"" + GTIN + "\",\"soLo\":\"E0\","
                    + "\"maTruyVet\":\"(01)0" + GTIN + "(10)E0\",\"ngaySanXuat\":\"2026-09-01\",\"soLuong\":1000,\"donViTinh\":\"Chai\"}");
            post(http, base + "/tochuc/v5/ToChuc_DiaDiem", token, "load-location", "{\"maDiaDiem\":\"(414)8934563000004\","
                    + "\"ten\":\"Kho\",\"diaChi\":\"Long An\",\"loaiDiaDiem\":\"KHO\"}");
        }
        AtomicInteger next = new AtomicInteger();
        Map<Integer, Integer> statuses = new TreeMap<>();
        ExecutorService senders = Executors.newFixedThreadPool(inFlight);
        long start = System.nanoTime();
        for (int t = 0; t < inFlight; t++) {
            senders.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < calls; ) {
                    String lot = "LOAD" + i;
                    int status = events
                            ? post(http, base + "/tochuc/v5/ToChuc_SuKien", token, "load-" + lot, "{\"maSuKien\":\"" + lot
                                    + "\",\"congDoan\":\"KHO_TONG\",\"thoiGian\":\"2026-11-21T08:30:00+07:00\",\"maTruyVet\":[\"(01)0"
                                    + GTIN + "(10)E0\"],\"maDiaDiem\":\"(414)8934563000004\",\"soLuong\":[{\"maTruyVet\":\"(01)0" + GTIN
                                    + "(10)E0\",\"soLuong\":10,\"donViTinh\":\"Chai\"}]}")
                            : post(http, base + "/tochuc/v5/ToChuc_LoHang", token, "load-" + lot, "{\"gtinCode\":\"" + GTIN
                            + "\",\"soLo\":\"" + lot + "\",\"maTruyVet\":\"(01)0" + GTIN + "(10)" + lot + "\",\"ngaySanXuat\":\"2026-09-01\","
                            + "\"hanSuDung\":\"2028-09-01\",\"soLuong\":1000,\"donViTinh\":\"Chai\"}");
                    synchronized (statuses) {
                        statuses.merge(status, 1, Integer::sum);
                    }
                }
                return null;
            });
        }
        senders.shutdown();
        senders.awaitTermination(1, TimeUnit.HOURS);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%-28s %8d ms  %10.0f calls/s  (%d calls, %d in flight, HTTP statuses %s)%n",
                "sandbox alone", ms, calls * 1000.0 / ms, calls, inFlight, statuses);
    }

    private static int post(HttpClient http, String url, String token, String key, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json; charset=utf-8").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
