package vn.txng.adapter.jar;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

/** What the jar tests feed the adapter: ERP exports, route files, and plain HTTP calls to what it serves. */
final class ErpExport {

    static final String GTIN = "8934563123451";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ErpExport() {
    }

    /** An XML export ({@code urn:txng:erp:v1}) of one complete product and one lot of it, numbered {@code lot}. */
    static String productAndLot(String lot) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <TraceabilityMessage xmlns="urn:txng:erp:v1">
                  <Header><MessageId>JAR-%2$s</MessageId><Created>2026-12-01T22:00:00+07:00</Created></Header>
                  <Product>
                    <Gtin>%1$s</Gtin>
                    <Name>Nước mắm cá cơm 35 độ đạm</Name>
                    <ImageUrl>https://cdn.example.vn/sp/%1$s.jpg</ImageUrl>
                    <SalesUnit>Chai</SalesUnit>
                    <NetContent unit="MLT">750</NetContent>
                    <CountryOfOrigin>VN</CountryOfOrigin>
                    <Manufacturer><Name>Hợp tác xã Cửa Cạn</Name><Address>Cửa Cạn, Phú Quốc</Address><TaxCode>1700112233</TaxCode></Manufacturer>
                  </Product>
                  <Lot>
                    <Gtin>%1$s</Gtin>
                    <LotNumber>%2$s</LotNumber>
                    <ProductionDate>2026-11-02</ProductionDate>
                    <ExpiryDate>2028-11-02</ExpiryDate>
                    <Quantity unit="Chai">24</Quantity>
                  </Lot>
                </TraceabilityMessage>
                """.formatted(GTIN, lot);
    }

    /** A routes folder holding the project's job files (inbox, push flow, schedule), as a deployment's does. */
    static Path routesWithJobs(Path routes) throws IOException {
        Files.createDirectories(routes);
        try (Stream<Path> jobs = Files.list(Path.of("routes"))) {
            for (Path job : jobs.filter(f -> f.getFileName().toString().endsWith(".camel.yaml")).toList()) {
                Files.copy(job, routes.resolve(job.getFileName()));
            }
        }
        return routes;
    }

    /** {@code <routes>/<sourceId>.camel.yaml}: a {@code templatedRoute} of {@code template}, values quoted for YAML. */
    static void instance(Path routes, String template, String sourceId, Map<String, String> parameters) throws IOException {
        StringBuilder yaml = new StringBuilder("- templatedRoute:\n    routeTemplateRef: " + template + "\n    routeId: " + sourceId
                + "\n    parameters:\n      - { name: sourceId, value: \"" + sourceId + "\" }\n");
        parameters.forEach((name, value) -> yaml.append("      - { name: ").append(name).append(", value: \"")
                .append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append("\" }\n"));
        Files.writeString(routes.resolve(sourceId + ".camel.yaml"), yaml);
    }

    /** GET on the loopback port: the status and body, or status -1 and the cause when nothing answers. */
    static Answer get(int port, String path) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET());
    }

    static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> answer = HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(answer.statusCode(), answer.body());
        } catch (IOException e) {
            return new Answer(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, e.toString());
        }
    }

    record Answer(int status, String body) {
    }
}
