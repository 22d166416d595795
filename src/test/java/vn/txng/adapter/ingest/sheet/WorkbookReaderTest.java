package vn.txng.adapter.ingest.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.txng.adapter.ingest.sheet.Workbooks.read;
import static vn.txng.adapter.ingest.sheet.Workbooks.sheet;
import static vn.txng.adapter.ingest.sheet.Workbooks.write;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.ingest.InboundFormat;
import vn.txng.adapter.ingest.UnreadableFileException;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.LocationRecord;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.ProductRecord;
import vn.txng.adapter.model.Rejection;

class WorkbookReaderTest {

    @TempDir
    Path dir;

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private static final List<Object> LOT_HEADINGS = row("Mã GTIN", "Số lô", "Ngày sản xuất", "Hạn sử dụng", "Số lượng", "Đơn vị số lượng");

    @Test
    void should_read_each_sheet_named_for_a_kind_as_that_kind() throws IOException {
        Path file = write(dir.resolve("mau.xlsx"),
                sheet("Sản phẩm", row("Mã GTIN", "Tên sản phẩm", "Đơn vị tính", "Khối lượng tịnh", "Đơn vị khối lượng tịnh"),
                        row("8934563123475", "Nước mắm", "Chai", 500, "MLT")),
                sheet("Lô hàng", LOT_HEADINGS, row("8934563123475", "L1", "20/11/2026", "2028-11-20", "1.200,5", "Chai")),
                sheet("Địa điểm", row("Mã GLN", "Tên địa điểm", "Địa chỉ", "Loại địa điểm"),
                        row("8934563000110", "Kho Bình Dương", "KCN VSIP", "KHO")),
                sheet("Sự kiện", row("Mã sự kiện", "Công đoạn", "Thời gian", "Địa điểm (GLN)", "Mã GTIN", "Số lô"),
                        row("E1", "VAN_CHUYEN", "21/11/2026 09:15", "8934563000110", "8934563123475", "L1")));

        Workbooks.Read read = read(file);

        assertThat(read.report().format()).isEqualTo(InboundFormat.XLSX);
        assertThat(read.report().rejections()).isEmpty();
        assertThat(read.records()).extracting(r -> r.record().getClass().getSimpleName())
                .containsExactly("ProductRecord", "LotRecord", "LocationRecord", "EventRecord");
        ProductRecord product = (ProductRecord) read.records().get(0).record();
        assertThat(product.netContent()).isEqualByComparingTo("500");
        LotRecord lot = (LotRecord) read.records().get(1).record();
        assertThat(lot.productionDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(lot.expiryDate()).isEqualTo(LocalDate.of(2028, 11, 20));
        assertThat(lot.quantity()).isEqualByComparingTo(new BigDecimal("1200.5"));
        assertThat(((LocationRecord) read.records().get(2).record()).name()).isEqualTo("Kho Bình Dương");
        EventRecord event = (EventRecord) read.records().get(3).record();
        assertThat(event.time()).isEqualTo(OffsetDateTime.parse("2026-11-21T09:15+07:00"));
        assertThat(read.records().get(1).position().locator()).isEqualTo("Lô hàng, row 2");
    }

    @Test
    void should_read_excel_date_cells_as_the_dates_they_show() throws IOException {
        Path file = write(dir.resolve("lots.xlsx"), sheet("Lô hàng", LOT_HEADINGS,
                row("8934563123475", "L1", LocalDate.of(2026, 11, 20), LocalDate.of(2028, 2, 29), 12, "Chai")));

        LotRecord lot = (LotRecord) read(file).records().get(0).record();

        assertThat(lot.productionDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(lot.expiryDate()).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void should_read_an_excel_date_time_cell_in_the_source_time_zone() throws IOException {
        Path file = write(dir.resolve("events.xlsx"), sheet("Sự kiện", row("Mã sự kiện", "Công đoạn", "Thời gian"),
                row("E1", "VAN_CHUYEN", LocalDateTime.of(2026, 11, 21, 9, 15))));

        EventRecord event = (EventRecord) read(file).records().get(0).record();

        assertThat(event.time()).isEqualTo(OffsetDateTime.parse("2026-11-21T09:15+07:00"));
    }

    @Test
    void should_name_the_sheet_and_cell_of_a_date_it_refuses() throws IOException {
        Path file = write(dir.resolve("lots.xlsx"), sheet("Lô hàng", LOT_HEADINGS,
                row("8934563123475", "L1", "20/11/2026", "11/25/2026", 12, "Chai")));

        Rejection rejection = read(file).report().rejections().get(0);

        assertThat(rejection.code()).isEqualTo(CellValues.DATE_INVALID);
        assertThat(rejection.toString()).startsWith("lots.xlsx:2 (Lô hàng!D2) ExpiryDate: SHEET_DATE_INVALID: '11/25/2026'");
        assertThat(rejection.message()).contains("never month/day");
    }

    @Test
    void should_refuse_a_gtin_number_that_lost_its_leading_zeros() throws IOException {
        Path file = write(dir.resolve("lots.xlsx"), sheet("Lô hàng", LOT_HEADINGS, row(12345678905L, "L1", null, null, 12, "Chai")));

        Rejection rejection = read(file).report().rejections().get(0);

        assertThat(rejection.code()).isEqualTo(CellValues.LEADING_ZERO_LOST);
        assertThat(rejection.position().locator()).isEqualTo("Lô hàng!A2");
        assertThat(rejection.message()).contains("012345678905").contains("Format the column as Text");
    }

    @Test
    void should_keep_a_gtin_number_whose_lost_zero_leaves_the_same_gtin() throws IOException {
        // 12 digits: GTIN-13 0893... without its zero is GTIN-12 893..., the same 14-digit GTIN
        Path file = write(dir.resolve("lots.xlsx"), sheet("Lô hàng", LOT_HEADINGS, row(123456789012L, "L1", null, null, 12, "Chai")));

        Workbooks.Read read = read(file);

        assertThat(read.report().rejections()).isEmpty();
        assertThat(((LotRecord) read.records().get(0).record()).gtin()).isEqualTo("123456789012");
    }

    @Test
    void should_refuse_a_gtin_number_rounded_by_scientific_notation() throws IOException {
        Path file = write(dir.resolve("lots.xlsx"), sheet("Lô hàng", LOT_HEADINGS, row(8934560000000L, "L1", null, null, 12, "Chai")));

        Rejection rejection = read(file).report().rejections().get(0);

        assertThat(rejection.code()).isEqualTo(CellValues.SCIENTIFIC_NOTATION);
        assertThat(rejection.message()).contains("8,93456E+12").contains("Format the column as Text");
    }

    @Test
    void should_read_the_good_rows_around_a_bad_one() throws IOException {
        Path file = write(dir.resolve("lots.xlsx"), sheet("Lô hàng", LOT_HEADINGS,
                row("8934563123475", "L1", "20/11/2026", null, 12, "Chai"),
                row("8934563123475", "L2", "31/02/2026", null, 12, "Chai"),
                row("8934563123475", "L3", "21/11/2026", null, 12, "Chai")));

        Workbooks.Read read = read(file);

        assertThat(read.records()).extracting(r -> ((LotRecord) r.record()).lotNumber()).containsExactly("L1", "L3");
        assertThat(read.report().rejections()).extracting(r -> r.position().locator()).containsExactly("Lô hàng!C3");
    }

    @Test
    void should_skip_empty_rows_and_trailing_empty_columns() throws IOException {
        Path file = write(dir.resolve("lots.xlsx"), sheet("Lô hàng", row(), LOT_HEADINGS,
                row("  8934563123475 ", " L1 ", null, null, null, null, "", "  "), row(), row(null, "   "),
                row("8934563123475", "L2")));

        Workbooks.Read read = read(file);

        assertThat(read.records()).extracting(r -> ((LotRecord) r.record()).lotNumber()).containsExactly("L1", "L2");
        assertThat(((LotRecord) read.records().get(0).record()).gtin()).isEqualTo("8934563123475");
        assertThat(read.report().read()).isEqualTo(2);
    }

    @Test
    void should_name_an_unknown_heading_once_per_sheet() throws IOException {
        Path file = write(dir.resolve("lots.xlsx"), sheet("Lô hàng", row("Mã GTIN", "Số lô", "Ghi chú"),
                row("8934563123475", "L1", "a"), row("8934563123475", "L2", "b")));

        Workbooks.Read read = read(file);

        assertThat(read.report().warnings()).containsExactly(
                "lots.xlsx!Lô hàng: heading \"Ghi chú\" not in column mapping vietnamese (lot): ignored");
        assertThat(read.records()).hasSize(2);
    }

    @Test
    void should_match_headings_whatever_their_case_and_accents() throws IOException {
        Path file = write(dir.resolve("lots.xlsx"), sheet("Sheet1", row("MA GTIN", "so lo", "NGÀY SẢN XUẤT"),
                row("8934563123475", "L1", "20/11/2026")));

        LotRecord lot = (LotRecord) read(file).records().get(0).record();

        assertThat(lot.lotNumber()).isEqualTo("L1");
        assertThat(lot.productionDate()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void should_read_english_headings_with_the_english_mapping() throws IOException {
        Path file = write(dir.resolve("lots.xlsx"), sheet("Lots", row("Gtin", "LotNumber", "ProductionDate", "Quantity", "QuantityUnit"),
                row("8934563123475", "L1", "2026-11-20", 12, "Chai")));

        Workbooks.Read read = read(file);

        assertThat(((LotRecord) read.records().get(0).record()).lotNumber()).isEqualTo("L1");
        assertThat(read.report().warnings()).isEmpty();
    }

    @Test
    void should_merge_the_rows_of_one_event_id_into_one_event() throws IOException {
        Path file = write(dir.resolve("events.xlsx"), sheet("Sự kiện",
                row("Mã sự kiện", "Công đoạn", "Thời gian", "Mã GTIN", "Số lô", "Số lượng"),
                row("E1", "VAN_CHUYEN", "21/11/2026 09:15", "8934563123475", "L1", 10),
                row("E1", null, null, "8934563123475", "L2", 20),
                row("E2", "VAN_CHUYEN", "22/11/2026 09:15", "8934563123475", "L3", 30)));

        Workbooks.Read read = read(file);

        assertThat(read.records()).extracting(r -> ((EventRecord) r.record()).eventId()).containsExactly("E1", "E2");
        assertThat(((EventRecord) read.records().get(0).record()).lots()).extracting(l -> l.lotNumber()).containsExactly("L1", "L2");
        assertThat(read.report().read()).isEqualTo(2);
    }

    @Test
    void should_skip_a_sheet_no_mapping_knows_with_a_warning() throws IOException {
        Path file = write(dir.resolve("mau.xlsx"), sheet("Hướng dẫn", row("Điền mỗi sheet một loại bản ghi")),
                sheet("Lô hàng", LOT_HEADINGS, row("8934563123475", "L1")));

        Workbooks.Read read = read(file);

        assertThat(read.records()).hasSize(1);
        assertThat(read.report().warnings()).singleElement().asString().startsWith("mau.xlsx!Hướng dẫn: sheet skipped");
    }

    @Test
    void should_read_columns_by_letter_and_a_heading_row_from_a_configured_mapping() throws IOException {
        Path mapping = dir.resolve("client.mapping.properties");
        Files.writeString(mapping, "lot.heading-row=3\nlot.Gtin=column:B\nlot.LotNumber=Lô SX\n", StandardCharsets.UTF_8);
        Path file = write(dir.resolve("lots.xlsx"), sheet("Xuất kho", row("Báo cáo xuất kho"), row(),
                row("STT", "Mã hàng", "Lô SX"), row(1, "8934563123475", "L9")));

        Workbooks.Read read = read(file, new SheetSettings(ColumnMapping.load(mapping), null, null));

        LotRecord lot = (LotRecord) read.records().get(0).record();
        assertThat(lot.gtin()).isEqualTo("8934563123475");
        assertThat(lot.lotNumber()).isEqualTo("L9");
    }

    @Test
    void should_fail_the_file_in_one_line_when_its_mapping_names_a_heading_it_lacks() throws IOException {
        Path mapping = dir.resolve("client.mapping.properties");
        Files.writeString(mapping, "lot.Gtin=Mã hàng\nlot.LotNumber=Lô SX\n", StandardCharsets.UTF_8);
        Path file = write(dir.resolve("lots.xlsx"), sheet("Lô hàng", row("Mã hàng", "Số lô"), row("8934563123475", "L9")));

        Workbooks.Read read = read(file, new SheetSettings(ColumnMapping.load(mapping), null, null));

        assertThat(read.report().failed()).isTrue();
        assertThat(read.report().fatal().code()).isEqualTo(SheetRecordReader.HEADING_MISSING);
        assertThat(read.report().fatal().message()).isEqualTo("column mapping client.mapping.properties names lot.LotNumber = \"Lô SX\""
                + " but lots.xlsx!Lô hàng has no such heading (its headings: \"Mã hàng\", \"Số lô\")");
    }

    private Path clientMapping(String text) throws IOException {
        return Files.writeString(dir.resolve("client.mapping.properties"), text, StandardCharsets.UTF_8);
    }

    @Test
    void should_read_the_sheets_named_for_a_kind_with_the_ready_mapping_beside_the_sheet_a_mapping_names() throws IOException {
        Path mapping = clientMapping("lot.sheet=Tồn kho\nlot.heading-row=3\nlot.Gtin=Mã hàng\nlot.LotNumber=Lô SX\n");
        Path file = write(dir.resolve("mau.xlsx"),
                sheet("Sản phẩm", row("Mã GTIN", "Tên sản phẩm"), row("8934563123475", "Nước mắm")),
                sheet("Lô hàng", LOT_HEADINGS, row("8934563123475", "L1")),
                sheet("Tồn kho", row("Báo cáo tồn kho"), row(), row("Mã hàng", "Lô SX"), row("8934563123475", "T1")));

        Workbooks.Read read = read(file, new SheetSettings(ColumnMapping.load(mapping), null, null));

        assertThat(read.report().failed()).isFalse();
        assertThat(read.records()).extracting(r -> r.record().getClass().getSimpleName())
                .containsExactly("ProductRecord", "LotRecord", "LotRecord");
        assertThat(((LotRecord) read.records().get(2).record()).lotNumber()).isEqualTo("T1");
    }

    @Test
    void should_skip_with_a_warning_a_sheet_that_ends_before_its_heading_row() throws IOException {
        Path mapping = clientMapping("lot.sheet=Tồn kho\nlot.heading-row=5\nlot.Gtin=Mã hàng\n");
        Path file = write(dir.resolve("mau.xlsx"), sheet("Lô hàng", LOT_HEADINGS, row("8934563123475", "L1")),
                sheet("Tồn kho", row("Mã hàng"), row("8934563123475")));

        Workbooks.Read read = read(file, new SheetSettings(ColumnMapping.load(mapping), null, null));

        assertThat(read.records()).hasSize(1);
        assertThat(read.report().warnings()).containsExactly("mau.xlsx!Tồn kho: sheet skipped: it ends at row 2, before its"
                + " heading row 5 (lot.heading-row of column mapping client.mapping.properties)");
    }

    @Test
    void should_fail_a_workbook_none_of_whose_sheets_can_be_read() throws IOException {
        Path file = write(dir.resolve("notes.xlsx"), sheet("Hướng dẫn", row("Điền mỗi sheet một loại bản ghi")));

        Workbooks.Read read = read(file);

        assertThat(read.report().failed()).isTrue();
        assertThat(read.report().fatal().code()).isEqualTo(SheetRecordReader.NO_SHEET_READ);
        assertThat(read.report().fatal().message()).startsWith("no sheet of the workbook could be read: notes.xlsx!Hướng dẫn:"
                + " its name is not that of a record kind");
    }

    @Test
    void should_find_the_headings_below_a_title_in_a_sheet_named_for_a_kind() throws IOException {
        Path file = write(dir.resolve("lots.xlsx"), sheet("Lô hàng", row("Danh sách lô hàng"), row("Ngày 21/11/2026"), LOT_HEADINGS,
                row("8934563123475", "L1")));

        Workbooks.Read read = read(file);

        assertThat(read.records()).extracting(r -> ((LotRecord) r.record()).lotNumber()).containsExactly("L1");
        assertThat(read.records().get(0).position().line()).isEqualTo(4);
    }

    @Test
    void should_say_a_sheet_named_for_a_kind_has_none_of_its_headings_in_its_first_rows() throws IOException {
        Path file = write(dir.resolve("mau.xlsx"), sheet("Lô hàng", row("Danh sách lô hàng"), row("Mã", "Lô")),
                sheet("Sản phẩm", row("Mã GTIN", "Tên sản phẩm"), row("8934563123475", "Nước mắm")));

        Workbooks.Read read = read(file);

        assertThat(read.report().warnings()).containsExactly("mau.xlsx!Lô hàng: sheet skipped: it is named for lots but none of"
                + " its first 10 rows holds the lot headings of the Vietnamese or English ready mapping (row 1: \"Danh sách lô hàng\")");
    }

    @Test
    void should_refuse_a_legacy_xls_workbook_saying_to_save_it_as_xlsx() throws IOException {
        Path file = dir.resolve("old.xls");
        Files.write(file, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});

        assertThatThrownBy(() -> read(file)).isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("XLS_NOT_SUPPORTED").hasMessageContaining("save it as an Excel workbook (.xlsx)");
    }
}
