package vn.txng.adapter.outbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.Manufacturer;
import vn.txng.adapter.model.ProductRecord;

/** Records for outbox tests and benchmarks. */
final class TestRecords {

    static final String GTIN = "08934563123451";

    private TestRecords() {
    }

    static LotRecord lot(String lotNumber) {
        return lot(GTIN, lotNumber, new BigDecimal("12000"));
    }

    static LotRecord lot(String gtin, String lotNumber, BigDecimal quantity) {
        return new LotRecord(gtin, lotNumber, null, LocalDate.of(2026, 9, 15), LocalDate.of(2028, 9, 15),
                quantity, "Chai", "8934563000019");
    }

    static ProductRecord product(String gtin) {
        return product(gtin, "Nước mắm Phú Quốc 500 ml");
    }

    static ProductRecord product(String gtin, String name) {
        return new ProductRecord(gtin, name, "Nước mắm truyền thống", List.of("https://example.vn/img/1.jpg"),
                "Chai", new BigDecimal("500"), "MLT", "VN", "Phú Quốc", List.of("TCVN 5107:2018"), 730,
                new Manufacturer("Công ty TNHH Nước mắm", "Dương Đông, Phú Quốc", "0301234567", "8934563000019"));
    }
}
