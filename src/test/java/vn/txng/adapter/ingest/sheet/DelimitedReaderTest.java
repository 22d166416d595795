package vn.txng.adapter.ingest.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.txng.adapter.ingest.sheet.Workbooks.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.ingest.InboundFormat;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.ProductRecord;
import vn.txng.adapter.model.Rejection;

class DelimitedReaderTest {

    @TempDir
    Path dir;

    private Path file(String name, byte[]... parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.write(part);
        }
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static final byte[] UTF8_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static LotRecord lot(Workbooks.Read read, int index) {
        return (LotRecord) read.records().get(index).record();
    }

    @Test
    void should_read_excel_csv_with_semicolons_a_byte_order_mark_crlf_and_the_decimal_comma() throws IOException {
        Path csv = file("lots.csv", UTF8_MARK, utf8("Mã GTIN;Số lô;Ngày sản xuất;Số lượng\r\n8934563123475;L1;20/11/2026;1.234,5\r\n"));

        Workbooks.Read read = read(csv);

        assertThat(read.report().format()).isEqualTo(InboundFormat.CSV);
        assertThat(read.report().rejections()).isEmpty();
        assertThat(lot(read, 0).quantity()).isEqualByComparingTo(new BigDecimal("1234.5"));
        assertThat(lot(read, 0).productionDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(read.records().get(0).position().line()).isEqualTo(2);
    }

    @Test
    void should_read_a_lots_unit_under_the_everyday_heading_don_vi_tinh() throws IOException {
        Path csv = file("lo-hang.csv", utf8("Mã GTIN;Số lô;Số lượng;Đơn vị tính\r\n8934563123475;L1;12;Chai\r\n"));

        Workbooks.Read read = read(csv);

        assertThat(read.report().rejections()).isEmpty();
        assertThat(read.report().warnings()).isEmpty();
        assertThat(lot(read, 0).quantityUnit()).isEqualTo("Chai");
    }

    @Test
    void should_read_excel_unicode_text_in_utf16_with_tabs_and_the_decimal_point() throws IOException {
        byte[] text = "Mã GTIN\tSố lô\tSố lượng\r\n8934563123475\tL1\t1,234.5\r\n".getBytes(StandardCharsets.UTF_16LE);
        Path csv = file("lots.txt", new byte[] {(byte) 0xFF, (byte) 0xFE}, text);

        Workbooks.Read read = read(csv);

        assertThat(read.report().format()).isEqualTo(InboundFormat.CSV);
        assertThat(lot(read, 0).lotNumber()).isEqualTo("L1");
        assertThat(lot(read, 0).quantity()).isEqualByComparingTo(new BigDecimal("1234.5"));
    }

    @Test
    void should_read_a_quoted_field_with_a_line_break_and_count_lines_as_a_person_does() throws IOException {
        Path csv = file("products.csv", utf8("Mã GTIN,Tên sản phẩm,Mô tả\n8934563123475,Nước mắm,\"Dòng 1\nDòng 2, có dấu phẩy\"\n"
                + "\"8,93456E+12\",Trà,\n"));

        Workbooks.Read read = read(csv);

        assertThat(read.report().fatal()).isNull();
        assertThat(((ProductRecord) read.records().get(0).record()).description()).isEqualTo("Dòng 1\nDòng 2, có dấu phẩy");
        Rejection rejection = read.report().rejections().get(0);
        assertThat(rejection.toString()).startsWith("products.csv:4 (column \"Mã GTIN\") Gtin: SCIENTIFIC_NOTATION: '8,93456E+12'");
    }

    @Test
    void should_refuse_a_gtin_in_scientific_notation_with_a_decimal_point() throws IOException {
        Path csv = file("products.csv", utf8("Mã GTIN;Tên sản phẩm\n8.93456E+12;Trà\n"));

        Rejection rejection = read(csv).report().rejections().get(0);

        assertThat(rejection.code()).isEqualTo(CellValues.SCIENTIFIC_NOTATION);
        assertThat(rejection.message()).contains("Format the column as Text");
    }

    @Test
    void should_read_the_decimal_mark_a_source_sets_over_the_delimiter_default() throws IOException {
        Path csv = file("lots.csv", utf8("Mã GTIN;Số lô;Số lượng\n8934563123475;L1;1,234.5\n"));

        Workbooks.Read read = read(csv, new SheetSettings(null, null, DecimalMark.POINT));

        assertThat(lot(read, 0).quantity()).isEqualByComparingTo(new BigDecimal("1234.5"));
    }

    @Test
    void should_name_the_decimal_mark_it_expected_when_a_number_does_not_read() throws IOException {
        Path csv = file("lots.csv", utf8("Mã GTIN;Số lô;Số lượng\n8934563123475;L1;1,234.5\n"));

        Rejection rejection = read(csv).report().rejections().get(0);

        assertThat(rejection.code()).isEqualTo(CellValues.NUMBER_INVALID);
        assertThat(rejection.position().locator()).isEqualTo("column \"Số lượng\"");
        assertThat(rejection.message()).contains("decimal comma").contains("set the source's decimal mark to point");
    }

    @Test
    void should_read_windows_1258_when_the_source_declares_it() throws IOException {
        Charset cp1258 = Charset.forName("windows-1258");
        // "Mã GTIN;Số lô;Đơn vị số lượng" and "Hộp" as Windows-1258 writes them: a tone is a combining mark after its letter
        String bytes = "Ma\u00DE GTIN;S\u00F4\u00EC l\u00F4;\u00D0\u00F5n vi\u00F2 s\u00F4\u00EC l\u00FD\u00F5\u00F2ng\n"
                + "8934563123475;L1;H\u00F4\u00F2p\n";
        Path csv = file("lots.csv", bytes.getBytes(StandardCharsets.ISO_8859_1));

        Workbooks.Read read = read(csv, new SheetSettings(null, cp1258, null));

        assertThat(read.report().rejections()).isEmpty();
        assertThat(lot(read, 0).quantityUnit()).isEqualTo("Hộp");
    }

    @Test
    void should_read_tcvn3_when_the_source_declares_it() throws IOException {
        // "Số lô;Đơn vị số lượng" and "Hộp" in TCVN3 (TCVN 5712:1993 VN3), as an ABC-font accounting package writes them
        byte[] headings = {'M', (byte) 0xB8, ' ', 'G', 'T', 'I', 'N', ';', 'S', (byte) 0xE8, ' ', 'l', (byte) 0xAB, ';',
            (byte) 0xA7, (byte) 0xAC, 'n', ' ', 'v', (byte) 0xDE, ' ', 's', (byte) 0xE8, ' ', 'l', (byte) 0xAD, (byte) 0xEE, 'n', 'g', '\n'};
        byte[] values = {'8', '9', '3', '4', '5', '6', '3', '1', '2', '3', '4', '7', '5', ';', 'L', '1', ';', 'H', (byte) 0xE9, 'p', '\n'};
        Path csv = file("lots.csv", headings, values);

        Workbooks.Read read = read(csv, new SheetSettings(null, TextCharsets.forName("TCVN3"), null));

        assertThat(read.report().rejections()).isEmpty();
        assertThat(read.report().warnings()).isEmpty();
        assertThat(lot(read, 0).quantityUnit()).isEqualTo("Hộp");
    }

    @Test
    void should_fail_a_file_that_is_not_utf8_naming_the_line_and_the_charset_setting() throws IOException {
        Path csv = file("lots.csv", utf8("Mã GTIN;Số lô\n8934563123475;L1\n"), "8934563123475;Lô 2\n".getBytes(Charset.forName("windows-1258")));
        // the line that is not UTF-8 fails the file; the lines before it are read

        Workbooks.Read read = read(csv);

        assertThat(read.records()).hasSize(1);
        assertThat(read.report().fatal().code()).isEqualTo(DelimitedTables.CSV_CHARSET);
        assertThat(read.report().fatal().position().line()).isEqualTo(3);
        assertThat(read.report().fatal().message()).contains("textCharset");
    }

    @Test
    void should_fail_a_file_whose_headings_no_mapping_knows() throws IOException {
        Path csv = file("export.csv", utf8("Col1;Col2\na;b\n"));

        Workbooks.Read read = read(csv);

        assertThat(read.report().fatal().code()).isEqualTo(SheetRecordReader.UNKNOWN_HEADINGS);
        assertThat(read.report().fatal().message()).contains("\"Col1\", \"Col2\"").contains("sheetMapping");
    }

    @Test
    void should_ignore_empty_lines_and_trailing_delimiters() throws IOException {
        Path csv = file("lots.csv", utf8("Mã GTIN;Số lô;;;\r\n\r\n8934563123475;L1;;;\r\n;;;;\r\n8934563123475;L2\r\n"));

        Workbooks.Read read = read(csv);

        assertThat(read.records()).extracting(r -> ((LotRecord) r.record()).lotNumber()).containsExactly("L1", "L2");
        assertThat(read.report().warnings()).isEmpty();
        assertThat(read.report().rejections()).isEmpty();
    }

    @Test
    void should_read_iso_and_day_month_year_dates_and_refuse_month_day() throws IOException {
        Path csv = file("lots.csv", utf8("Mã GTIN,Số lô,Ngày sản xuất\n8934563123475,L1,2026-11-20\n8934563123475,L2,5/1/2026\n"
                + "8934563123475,L3,12/31/2026\n"));

        Workbooks.Read read = read(csv);

        assertThat(lot(read, 0).productionDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(lot(read, 1).productionDate()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(read.report().rejections()).extracting(Rejection::code, r -> r.position().line())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CellValues.DATE_INVALID, 4L));
    }

    @Test
    void should_fail_a_file_that_ends_before_its_heading_row() throws IOException {
        Path mapping = Files.writeString(dir.resolve("client.mapping.properties"), "lot.heading-row=3\nlot.Gtin=Mã hàng\n");
        Path csv = file("lots.csv", utf8("Mã hàng;Lô SX\n8934563123475;L1\n"));

        Workbooks.Read read = read(csv, new SheetSettings(ColumnMapping.load(mapping), null, null));

        assertThat(read.report().failed()).isTrue();
        assertThat(read.report().fatal().toString()).isEqualTo("lots.csv:2: SHEET_NO_HEADING_ROW: the file ends at line 2, before its"
                + " heading row 3 (lot.heading-row of column mapping client.mapping.properties)");
    }

    @Test
    void should_read_a_file_whose_title_line_has_no_delimiter_above_its_headings() throws IOException {
        Path csv = file("lots.csv", utf8("Danh sách lô hàng\n\nMã GTIN;Số lô;Số lượng\n8934563123475;L1;1,5\n"));

        Workbooks.Read read = read(csv);

        assertThat(read.report().failed()).isFalse();
        assertThat(lot(read, 0).lotNumber()).isEqualTo("L1");
        assertThat(lot(read, 0).quantity()).isEqualByComparingTo(new BigDecimal("1.5"));
    }

    @Test
    void should_take_the_delimiter_from_excels_sep_line_and_skip_that_line() throws IOException {
        Path mapping = Files.writeString(dir.resolve("client.mapping.properties"), "lot.heading-row=1\nlot.Gtin=Mã hàng\nlot.LotNumber=Lô SX\n");
        Path csv = file("lots.csv", utf8("sep=;\r\nMã hàng;Lô SX\r\n8934563123475;L1\r\n"));

        Workbooks.Read read = read(csv, new SheetSettings(ColumnMapping.load(mapping), null, null));

        assertThat(read.report().failed()).isFalse();
        assertThat(lot(read, 0).lotNumber()).isEqualTo("L1");
        assertThat(read.records().get(0).position().line()).isEqualTo(3);
    }
}
