import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes two urn:txng:erp:v1 messages for the journey benchmark: PREREQ (one product, L lots of it, C complete
 * locations) and EVENTS (E events over those lots and locations, stages in turn: shipping with a destination,
 * warehouse, store, certification; one lot and a quantity each, a document on every second).
 * Lots carry no production site, so no production event is derived from them: EVENTS holds all the events.
 * Run with the JDK's single-file launcher: java bench/GenerateJourney.java E L C prereq.xml events.xml
 */
public class GenerateJourney {

    private static final String GTIN = "8934563123451";
    private static final String[] STAGES = {"VAN_CHUYEN", "KHO_TONG", "CUA_HANG", "CHUNG_NHAN"};

    public static void main(String[] args) throws IOException {
        long events = Long.parseLong(args[0]);
        int lots = Integer.parseInt(args[1]);
        int locations = Integer.parseInt(args[2]);
        try (BufferedWriter w = open(Path.of(args[3]), "PREREQ")) {
            w.write("  <Product><Gtin>" + GTIN + "</Gtin><Name>Nước mắm Phú Quốc</Name>"
                    + "<ImageUrl>https://cdn.example.vn/sp/8934563123451.jpg</ImageUrl><SalesUnit>Chai</SalesUnit>"
                    + "<NetContent unit=\"MLT\">500</NetContent><Manufacturer><Name>Công ty Hương Biển</Name>"
                    + "<Address>Phú Quốc</Address><TaxCode>0301234567</TaxCode></Manufacturer></Product>\n");
            for (int i = 0; i < lots; i++) {
                w.write("  <Lot><Gtin>" + GTIN + "</Gtin><LotNumber>B" + i + "</LotNumber>"
                        + "<ProductionDate>2026-09-15</ProductionDate><ExpiryDate>2028-09-15</ExpiryDate>"
                        + "<Quantity unit=\"Chai\">" + (1000 + i % 500) + "</Quantity></Lot>\n");
            }
            for (int i = 0; i < locations; i++) {
                w.write("  <Location><Gln>" + gln(i) + "</Gln><Name>Kho số " + i + "</Name>"
                        + "<Address>Lô " + i + ", KCN Tân Đức, Đức Hòa, Long An</Address><Kind>KHO</Kind></Location>\n");
            }
            w.write("</TraceabilityMessage>\n");
        }
        try (BufferedWriter w = open(Path.of(args[4]), "EVENTS")) {
            for (long i = 0; i < events; i++) {
                String stage = STAGES[(int) (i % STAGES.length)];
                int minute = (int) (i % 60);
                w.write("  <Event><EventId>EV-" + i + "</EventId><Stage>" + stage + "</Stage>"
                        + "<Time>2026-11-" + (10 + i % 18) + "T08:" + (minute < 10 ? "0" : "") + minute + ":00+07:00</Time>"
                        + "<LocationGln>" + gln((int) (i % locations)) + "</LocationGln>"
                        + (stage.equals("VAN_CHUYEN") ? "<DestinationGln>" + gln((int) ((i + 1) % locations)) + "</DestinationGln>" : "")
                        + "<Lot><Gtin>" + GTIN + "</Gtin><LotNumber>B" + (i % lots) + "</LotNumber>"
                        + "<Quantity unit=\"Chai\">" + (10 + i % 90) + "</Quantity></Lot>"
                        + (i % 2 == 0 ? "<Document type=\"PHIEU_GIAO_HANG\">DA-" + i + "</Document>" : "")
                        + "</Event>\n");
            }
            w.write("</TraceabilityMessage>\n");
        }
    }

    private static BufferedWriter open(Path out, String id) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TraceabilityMessage xmlns=\"urn:txng:erp:v1\">\n");
        w.write("  <Header><MessageId>BENCH-" + id + "</MessageId><Created>2026-11-21T23:00:00+07:00</Created></Header>\n");
        return w;
    }

    /** The i-th location's GLN: company prefix 8934563, a 5-digit location reference, the GS1 check digit. */
    static String gln(int i) {
        String body = "8934563" + String.format("%05d", i);
        int sum = 0;
        for (int k = 0; k < 12; k++) {
            int digit = body.charAt(11 - k) - '0';
            sum += k % 2 == 0 ? digit * 3 : digit;
        }
        return body + (10 - sum % 10) % 10;
    }
}
