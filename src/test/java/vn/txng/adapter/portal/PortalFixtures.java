package vn.txng.adapter.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.Manufacturer;
import vn.txng.adapter.model.ProductRecord;

/** Valid records and identifiers for the portal tests; check digits computed by hand. */
public final class PortalFixtures {

    public static final String CLIENT_ID = "txng-test-client";
    /** Distinctive, so a leak is easy to find in any text. */
    public static final String SECRET_TEXT = "s3cr3t-DO-NOT-LEAK-7f9a";

    /** 893456312345 + check digit 1 (sum 109), as its 14-digit normal form. */
    public static final String GTIN13_AS_14 = "08934563123451";
    /** GTIN-8 1234567 + check digit 0 (sum 60). */
    public static final String GTIN8_AS_14 = "00000012345670";
    /** UPC-A 036000291452 (check digit 2). */
    public static final String GTIN12_AS_14 = "00036000291452";
    /** GTIN-14 1893456312345 + check digit 8 (sum 112). */
    public static final String GTIN14 = "18934563123458";
    /** GLN 893456300000 + check digit 4 (sum 76). */
    public static final String GLN = "8934563000004";

    private PortalFixtures() {
    }

    public static Secret secret() {
        return Secret.of(SECRET_TEXT);
    }

    public static ProductRecord product(String gtin14) {
        return new ProductRecord(gtin14, "Nước mắm Phú Quốc 40 độ đạm", "Nước mắm truyền thống",
                List.of("https://cdn.example.vn/images/nuoc-mam.jpg"), "Chai", new BigDecimal("500"), "MLT", "VN",
                "Phú Quốc", List.of("TCVN 5107:2018"), 730,
                new Manufacturer("Công ty TNHH Nước mắm Phú Quốc", "Dương Đông, Phú Quốc, Kiên Giang", "0301234567", GLN));
    }

    public static ProductRecord product() {
        return product(GTIN13_AS_14);
    }

    public static LotRecord lot(String gtin14, String lotNumber) {
        return new LotRecord(gtin14, lotNumber, null, LocalDate.of(2026, 9, 15), LocalDate.of(2028, 9, 15),
                new BigDecimal("12000"), "Chai", GLN);
    }

    public static LotRecord lot() {
        return lot(GTIN13_AS_14, "L2026-09/A");
    }
}
