import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a urn:txng:erp:v1 message with one product and N lots of it, for the ingest benchmark.
 * Run with the JDK's single-file launcher: java bench/GenerateLots.java N out.xml
 */
public class GenerateLots {

    public static void main(String[] args) throws IOException {
        long n = Long.parseLong(args[0]);
        Path out = Path.of(args[1]);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TraceabilityMessage xmlns=\"urn:txng:erp:v1\">\n");
            w.write("  <Header><MessageId>BENCH-" + n + "</MessageId><Created>2026-11-21T23:00:00+07:00</Created></Header>\n");
            w.write("  <Product><Gtin>8934563123451</Gtin><Name>Nước mắm Phú Quốc</Name>"
                    + "<ImageUrl>https://cdn.example.vn/sp/8934563123451.jpg</ImageUrl><SalesUnit>Chai</SalesUnit>"
                    + "<NetContent unit=\"MLT\">500</NetContent><Manufacturer><Name>Công ty Hương Biển</Name>"
                    + "<Address>Phú Quốc</Address><TaxCode>0301234567</TaxCode></Manufacturer></Product>\n");
            for (long i = 0; i < n; i++) {
                int day = 1 + (int) (i % 28);
                w.write("  <Lot><Gtin>8934563123451</Gtin><LotNumber>B" + i + "</LotNumber>"
                        + "<ProductionDate>2026-09-" + (day < 10 ? "0" : "") + day + "</ProductionDate>"
                        + "<ExpiryDate>2028-09-" + (day < 10 ? "0" : "") + day + "</ExpiryDate>"
                        + "<Quantity unit=\"Chai\">" + (1000 + i % 500) + "</Quantity>"
                        + "<ProductionSiteGln>8934563000103</ProductionSiteGln></Lot>\n");
            }
            w.write("</TraceabilityMessage>\n");
        }
    }
}
