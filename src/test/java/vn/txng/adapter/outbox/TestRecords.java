package vn.txng.adapter.outbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.txng.adapter.model.EventLot;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.LocationRecord;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.Manufacturer;
import vn.txng.adapter.model.ProductRecord;

/** Records for outbox tests and benchmarks. */
public final class TestRecords {

    public static final String GTIN = "08934563123451";

    private TestRecords() {
    }

    public static LotRecord lot(String lotNumber) {
        return lot(GTIN, lotNumber, new BigDecimal("12000"));
    }

    public static LotRecord lot(String gtin, String lotNumber, BigDecimal quantity) {
        return new LotRecord(gtin, lotNumber, null, LocalDate.of(2026, 9, 15), LocalDate.of(2028, 9, 15),
                quantity, "Chai", "8934563000011");
    }

    /** A warehouse with its master data, at {@code gln} (no extension). */
    public static LocationRecord location(String gln) {
        return new LocationRecord(gln, null, "Kho " + gln, "Lô B2, KCN Tân Đức, Long An", "KHO", null, null, null);
    }

    /** A shipping event at {@code locationGln} about lots of {@link #GTIN}. */
    public static EventRecord event(String eventId, String locationGln, String... lotNumbers) {
        return eventAt(eventId, "2026-11-21T08:30:00+07:00", locationGln, lotNumbers);
    }

    /** As {@link #event(String, String, String...)}, at {@code time} (ISO 8601 with offset): a new time is a new body. */
    public static EventRecord eventAt(String eventId, String time, String locationGln, String... lotNumbers) {
        List<EventLot> lots = new ArrayList<>();
        for (String lotNumber : lotNumbers) {
            lots.add(new EventLot(GTIN, lotNumber, null, new BigDecimal("1200"), "Chai"));
        }
        return new EventRecord(eventId, "VAN_CHUYEN", OffsetDateTime.parse(time), locationGln, null, "8930000999993", null,
                lots, List.of(), List.of(), null, null, List.of());
    }

    public static ProductRecord product(String gtin) {
        return product(gtin, "Nước mắm Phú Quốc 500 ml");
    }

    public static ProductRecord product(String gtin, String name) {
        return new ProductRecord(gtin, name, "Nước mắm truyền thống", List.of("https://example.vn/img/1.jpg"),
                "Chai", new BigDecimal("500"), "MLT", "VN", "Phú Quốc", List.of("TCVN 5107:2018"), 730,
                new Manufacturer("Công ty TNHH Nước mắm", "Dương Đông, Phú Quốc", "0301234567", "8934563000011"));
    }
}
