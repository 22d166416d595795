import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a urn:txng:erp:v1 message with P complete products (Vietnamese names, descriptions,
 * manufacturers) and L lots spread over them, for the catalogue-and-lots benchmark: every product
 * is looked up for the field merge. Run with the JDK's single-file launcher:
 * java bench/GenerateCatalogue.java P L out.xml
 */
public class GenerateCatalogue {

    private static final String[] NAMES = {"Nước mắm Phú Quốc", "Cà phê rang xay Buôn Ma Thuột", "Gạo ST25 Sóc Trăng",
        "Bánh phồng tôm Cà Mau", "Trà Shan tuyết Hà Giang", "Mật ong hoa nhãn Hưng Yên", "Hạt điều rang muối Bình Phước"};
    private static final String[] PLACES = {"Phú Quốc, Kiên Giang", "Buôn Ma Thuột, Đắk Lắk", "Mỹ Xuyên, Sóc Trăng",
        "Năm Căn, Cà Mau", "Hoàng Su Phì, Hà Giang", "Khoái Châu, Hưng Yên", "Đồng Xoài, Bình Phước"};

    public static void main(String[] args) throws IOException {
        int products = Integer.parseInt(args[0]);
        int lots = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TraceabilityMessage xmlns=\"urn:txng:erp:v1\">\n");
            w.write("  <Header><MessageId>CATALOGUE-" + products + "-" + lots + "</MessageId>"
                    + "<Created>2026-11-21T23:00:00+07:00</Created></Header>\n");
            for (int p = 0; p < products; p++) {
                String gtin = gtin(p);
                int k = p % NAMES.length;
                w.write("  <Product><Gtin>" + gtin + "</Gtin><Name>" + NAMES[k] + " loại " + (p + 1) + "</Name>"
                        + "<Description>Sản phẩm đặc sản vùng " + PLACES[k] + ", đóng gói theo tiêu chuẩn xuất khẩu</Description>"
                        + "<ImageUrl>https://cdn.example.vn/sp/" + gtin + ".jpg</ImageUrl><SalesUnit>Hộp</SalesUnit>"
                        + "<NetContent unit=\"GRM\">" + (250 + p % 4 * 250) + "</NetContent>"
                        + "<Manufacturer><Name>Công ty Cổ phần Đặc sản " + PLACES[k].split(",")[0] + "</Name>"
                        + "<Address>" + PLACES[k] + "</Address><TaxCode>0301234567</TaxCode></Manufacturer></Product>\n");
            }
            for (int i = 0; i < lots; i++) {
                int day = 1 + i % 28;
                String dd = (day < 10 ? "0" : "") + day;
                w.write("  <Lot><Gtin>" + gtin(i % products) + "</Gtin><LotNumber>LO" + i + "</LotNumber>"
                        + "<ProductionDate>2026-09-" + dd + "</ProductionDate><ExpiryDate>2028-09-" + dd + "</ExpiryDate>"
                        + "<Quantity unit=\"Hộp\">" + (100 + i % 900) + "</Quantity>"
                        + "<ProductionSiteGln>8934563000103</ProductionSiteGln></Lot>\n");
            }
            w.write("</TraceabilityMessage>\n");
        }
    }

    /** GTIN-13 under the 893 prefix with its check digit: 8934563 + a 5-digit item reference. */
    private static String gtin(int item) {
        String body = "8934563" + String.format("%05d", item);
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return body + (10 - sum % 10) % 10;
    }
}
