package vn.txng.adapter.ingest.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.txng.adapter.model.RecordKind;

/**
 * Writes {@code samples/mau-nhap-lieu.xlsx}, the template a producer fills in: one sheet per record kind with the
 * Vietnamese headings of every field, a filled example row each. GS1 key columns are formatted as text, so Excel keeps
 * their leading zeros and never shows them in scientific notation; dates are date cells. Run after changing the
 * Vietnamese mapping, and commit the file: {@code java -cp <test classpath> vn.txng.adapter.ingest.sheet.SampleTemplate}.
 */
public final class SampleTemplate {

    static final Path FILE = Path.of("samples", "mau-nhap-lieu.xlsx");

    private SampleTemplate() {
    }

    public static void main(String[] args) throws IOException {
        write(args.length > 0 ? Path.of(args[0]) : FILE);
    }

    static void write(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            DataFormat formats = workbook.createDataFormat();
            CellStyle heading = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading.setFont(bold);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(formats.getFormat("@"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(formats.getFormat("dd/mm/yyyy"));
            CellStyle time = workbook.createCellStyle();
            time.setDataFormat(formats.getFormat("dd/mm/yyyy hh:mm"));
            sheet(workbook, "Sản phẩm", RecordKind.PRODUCT, heading, text, date, time, List.of("8934563123475", "Nước mắm Phú Quốc 35 độ đạm",
                    "Nước mắm cá cơm, chai thủy tinh", "https://cdn.example.vn/sp/8934563123475.jpg", "Chai", 750, "MLT", "VN", "Hương Biển",
                    "TCVN 5107:2018", 730, "Công ty TNHH Thực phẩm Hương Biển",
                    "Số 12 đường Trần Hưng Đạo, Dương Đông, Phú Quốc, Kiên Giang", "0301234567", "8934563000004"));
            sheet(workbook, "Lô hàng", RecordKind.LOT, heading, text, date, time, List.of("8934563123475", "L2611-20C", "", "",
                    LocalDate.of(2026, 11, 20), LocalDate.of(2028, 11, 20), 6000, "Chai", ""));
            sheet(workbook, "Địa điểm", RecordKind.LOCATION, heading, text, date, time, List.of("8934563000110", "", "Kho Bình Dương",
                    "Lô C5, KCN VSIP II, Tân Uyên, Bình Dương", "KHO", "0301234567", 11.0723, 106.7047));
            sheet(workbook, "Sự kiện", RecordKind.EVENT, heading, text, date, time, List.of("ERP-KHO-2026-11-21-0003", "KHO_TONG",
                    LocalDateTime.of(2026, 11, 21, 14, 0), "8934563000110", "", "", "8934563123475", "L2611-20C", "", 6000, "Chai", "", "",
                    "", "", "PHIEU_GIAO_HANG", "PN-2026-1121-03", "Tổ kho 1", "Nhập kho thành phẩm", ""));
            workbook.write(out);
        }
    }

    private static void sheet(XSSFWorkbook workbook, String name, RecordKind kind, CellStyle heading, CellStyle text, CellStyle date,
                              CellStyle time, List<Object> example) {
        XSSFSheet sheet = workbook.createSheet(name);
        List<SheetField> fields = ColumnMapping.VIETNAMESE.of(kind).columns().keySet().stream().toList();
        Row headings = sheet.createRow(0);
        Row row = sheet.createRow(1);
        for (int c = 0; c < fields.size(); c++) {
            SheetField field = fields.get(c);
            Cell title = headings.createCell(c);
            title.setCellValue(ColumnMapping.VIETNAMESE.of(kind).columns().get(field).heading());
            title.setCellStyle(heading);
            if (field.value() == SheetField.Value.KEY || field.value() == SheetField.Value.TEXT) {
                sheet.setDefaultColumnStyle(c, text);
            } else if (field.value() == SheetField.Value.DATE) {
                sheet.setDefaultColumnStyle(c, date);
            } else if (field.value() == SheetField.Value.TIME) {
                sheet.setDefaultColumnStyle(c, time);
            }
            Object value = example.get(c);
            Cell cell = row.createCell(c);
            cell.setCellStyle(text);
            if (!"".equals(value)) {
                Workbooks.put(cell, value, date, time);
            }
            sheet.setColumnWidth(c, Math.max(12, title.getStringCellValue().length() + 4) * 256);
        }
        sheet.createFreezePane(0, 1);
    }
}
