package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.ingest.sheet.Workbooks;
import vn.txng.adapter.source.FtpServerFixture;

/** Workbooks and CSV files from a remote source (FTP, in-process) go down the same steps as XML: staging, delta, held records. */
class SheetSourceTest {

    static final String PASSWORD = "ftp-pw-" + UUID.randomUUID();

    @TempDir
    Path work;
    AdapterFixture adapter;
    SourceInstances instances;
    FtpServerFixture ftp;

    @BeforeEach
    void start() throws Exception {
        instances = new SourceInstances(work.resolve("routes"));
        adapter = new AdapterFixture(work).with("txng.routes.dir", instances.routes().toString());
        ftp = new FtpServerFixture(work, PASSWORD, null, false);
    }

    @AfterEach
    void stop() {
        ftp.close();
        adapter.close();
    }

    private Map<String, String> source() {
        Map<String, String> p = new HashMap<>();
        p.put("host", "127.0.0.1");
        p.put("port", Integer.toString(ftp.port()));
        p.put("username", FtpServerFixture.USER);
        p.put("password", PASSWORD);
        p.put("delay", "200");
        p.put("minAge", "100ms");
        return p;
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private void dropWorkbook(String name) throws Exception {
        Path part = Workbooks.write(work.resolve(name),
                Workbooks.sheet("Sản phẩm",
                        row("Mã GTIN", "Tên sản phẩm", "Ảnh sản phẩm (URL)", "Đơn vị tính", "Khối lượng tịnh", "Đơn vị khối lượng tịnh",
                                "Nhà sản xuất", "Địa chỉ nhà sản xuất", "Mã số thuế nhà sản xuất"),
                        row("8934563123475", "Nước mắm", "https://cdn.example.vn/sp/8934563123475.jpg", "Chai", 750, "MLT",
                                "Công ty TNHH Hương Biển", "Phú Quốc, Kiên Giang", "0301234567")),
                Workbooks.sheet("Lô hàng", row("Mã GTIN", "Số lô", "Ngày sản xuất", "Số lượng", "Đơn vị số lượng"),
                        row("8934563123475", "L2611-20C", "20/11/2026", 6000, "Chai")));
        Files.move(part, ftp.root().resolve(name));
    }

    @Test
    void should_stage_a_workbook_read_over_ftp_and_find_it_unchanged_the_next_night() throws Exception {
        instances.add("txng-ftp-source", "plant-a", source());
        dropWorkbook("xuat-2026-11-21.xlsx");

        AdapterFixture.RunResult first = adapter.runOnce();
        dropWorkbook("xuat-2026-11-22.xlsx");
        adapter.runOnce();

        assertThat(first.failingSources()).isEmpty();
        assertThat(adapter.reportOf("xuat-2026-11-21.xlsx").path("format").asText()).isEqualTo("XLSX");
        assertThat(adapter.reportOf("xuat-2026-11-21.xlsx").path("accepted").asLong()).isEqualTo(2);
        assertThat(adapter.reportOf("xuat-2026-11-22.xlsx").path("unchanged").asLong()).isEqualTo(2);
    }

    @Test
    void should_read_a_csv_with_the_column_mapping_and_decimal_mark_its_source_names() throws Exception {
        Files.writeString(instances.routes().resolve("client-b.mapping.properties"),
                "lot.Gtin=Mã hàng\nlot.LotNumber=Lô\nlot.Quantity=SL\nlot.QuantityUnit=column:D\n", StandardCharsets.UTF_8);
        Map<String, String> p = source();
        p.put("sheetMapping", "client-b.mapping.properties");
        p.put("decimalMark", "point");
        instances.add("txng-ftp-source", "plant-b", p);
        ftp.drop("ton-kho.csv", "Mã hàng;Lô;SL;ĐVT\r\n8934563123482;L7;1,500.5;Hộp\r\n");

        AdapterFixture.RunResult run = adapter.runOnce();

        assertThat(run.failingSources()).isEmpty();
        assertThat(adapter.reportOf("ton-kho.csv").path("format").asText()).isEqualTo("CSV");
        // 1,500.5 in a ';' file: rejected with the default decimal comma, read with the source's point
        assertThat(adapter.reportOf("ton-kho.csv").path("rejected").asLong()).isZero();
        assertThat(adapter.reportOf("ton-kho.csv").path("accepted").asLong()).isEqualTo(1);
    }
    @Test
    void should_hold_a_product_row_that_lacks_only_what_another_file_can_give() throws Exception {
        instances.add("txng-ftp-source", "plant-a", source());
        Path part = Workbooks.write(work.resolve("san-pham.xlsx"), Workbooks.sheet("Sản phẩm",
                row("Mã GTIN", "Tên sản phẩm", "Ảnh sản phẩm (URL)", "Đơn vị tính", "Khối lượng tịnh", "Đơn vị khối lượng tịnh"),
                row("8934563123475", "Nước mắm", "https://cdn.example.vn/sp/8934563123475.jpg", "Chai", 750, "MLT")));
        Files.move(part, ftp.root().resolve("san-pham.xlsx"));

        adapter.runOnce();

        assertThat(adapter.reportOf("san-pham.xlsx").path("held").asLong()).isEqualTo(1);
        assertThat(adapter.reportOf("san-pham.xlsx").path("rejected").asLong()).isZero();
    }

    /** A template workbook with a sheet of notes (no headings a mapping knows) and a heading the mapping does not know. */
    private void dropWorkbookWithNotes() throws Exception {
        Files.createDirectories(adapter.inbox);
        Path part = Workbooks.write(work.resolve("mau.xlsx"), Workbooks.sheet("Ghi chú", row("Điền mỗi sheet một loại bản ghi")),
                Workbooks.sheet("Lô hàng", row("Mã GTIN", "Số lô", "Kho"), row("8934563123475", "L2611-20C", "K1")));
        Files.move(part, adapter.inbox.resolve("mau.xlsx"));
    }

    @Test
    void should_print_a_skipped_sheet_and_an_unknown_heading_in_the_output_of_run_once() throws Exception {
        dropWorkbookWithNotes();

        AdapterFixture.CommandRun run = adapter.runOnceCommand(false);

        assertThat(run.lines()).anySatisfy(line -> assertThat(line).startsWith("    warning mau.xlsx!Ghi chú: sheet skipped:"))
                .anySatisfy(line -> assertThat(line).isEqualTo("    warning mau.xlsx!Lô hàng: heading \"Kho\" not in column mapping"
                        + " vietnamese (lot): ignored"));
    }

    @Test
    void should_log_a_skipped_sheet_and_an_unknown_heading_as_warnings() throws Exception {
        dropWorkbookWithNotes();

        try (LogCapture logs = new LogCapture(org.apache.logging.log4j.Level.INFO)) {
            adapter.runOnceCommand(false);

            assertThat(logs.lines("WARN", "warning mau.xlsx!Ghi chú: sheet skipped:")).hasSize(1);
            assertThat(logs.lines("WARN", "warning mau.xlsx!Lô hàng: heading \"Kho\"")).hasSize(1);
        }
    }
}
