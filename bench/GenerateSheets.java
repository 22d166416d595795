import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the lots of bench/GenerateLots.java (one product's GTIN, N lots) as an XLSX workbook shaped as Excel saves
 * one (sheet "Lô hàng", Vietnamese headings, text in shared strings, dates as date-styled numbers, quantities as
 * numbers) and as a CSV file as Excel writes "CSV (semicolon)" in Vietnamese (BOM, CRLF, dd/MM/yyyy). The XLSX is
 * written part by part with a ZipOutputStream: a million rows need no spreadsheet library in memory.
 * Run with the JDK's single-file launcher: java bench/GenerateSheets.java N lots.xlsx lots.csv
 */
public class GenerateSheets {

    private static final String[] HEADINGS = {"Mã GTIN", "Số lô", "Ngày sản xuất", "Hạn sử dụng", "Số lượng", "Đơn vị số lượng",
        "Nơi sản xuất (GLN)"};
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    public static void main(String[] args) throws IOException {
        long n = Long.parseLong(args[0]);
        xlsx(n, Path.of(args[1]));
        csv(n, Path.of(args[2]));
    }

    private static int day(long i) {
        return 1 + (int) (i % 28);
    }

    private static void csv(long n, Path out) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            w.write(String.join(";", HEADINGS) + "\r\n");
            for (long i = 0; i < n; i++) {
                String d = (day(i) < 10 ? "0" : "") + day(i);
                w.write("8934563123451;B" + i + ";" + d + "/09/2026;" + d + "/09/2028;" + (1000 + i % 500) + ";Chai;8934563000103\r\n");
            }
        }
    }

    private static void xlsx(long n, Path out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            part(zip, w, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + "</Types>");
            part(zip, w, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            part(zip, w, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Lô hàng\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(zip, w, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                    + "</Relationships>");
            // style 1: Excel's built-in date format 14 (d/m/yyyy in a Vietnamese Excel)
            part(zip, w, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                    + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
                    + "<borders count=\"1\"><border/></borders>"
                    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                    + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                    + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
                    + "</styleSheet>");
            // shared strings: the 7 headings (0-6), the GTIN (7), "Chai" (8), the GLN (9), then lot i at 10 + i
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            w.write("<row r=\"1\">");
            for (int c = 0; c < HEADINGS.length; c++) {
                w.write("<c r=\"" + (char) ('A' + c) + "1\" t=\"s\"><v>" + c + "</v></c>");
            }
            w.write("</row>");
            for (long i = 0; i < n; i++) {
                long r = i + 2;
                long made = ChronoUnit.DAYS.between(EXCEL_EPOCH, LocalDate.of(2026, 9, day(i)));
                long expires = ChronoUnit.DAYS.between(EXCEL_EPOCH, LocalDate.of(2028, 9, day(i)));
                w.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"s\"><v>7</v></c><c r=\"B" + r + "\" t=\"s\"><v>" + (10 + i)
                        + "</v></c><c r=\"C" + r + "\" s=\"1\"><v>" + made + "</v></c><c r=\"D" + r + "\" s=\"1\"><v>" + expires
                        + "</v></c><c r=\"E" + r + "\"><v>" + (1000 + i % 500) + "</v></c><c r=\"F" + r + "\" t=\"s\"><v>8</v></c>"
                        + "<c r=\"G" + r + "\" t=\"s\"><v>9</v></c></row>");
            }
            w.write("</sheetData></worksheet>");
            w.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + (n * 4 + 7) + "\" uniqueCount=\"" + (n + 10) + "\">");
            for (String heading : HEADINGS) {
                w.write("<si><t>" + heading + "</t></si>");
            }
            w.write("<si><t>8934563123451</t></si><si><t>Chai</t></si><si><t>8934563000103</t></si>");
            for (long i = 0; i < n; i++) {
                w.write("<si><t>B" + i + "</t></si>");
            }
            w.write("</sst>");
            w.flush();
            zip.closeEntry();
        }
    }

    private static void part(ZipOutputStream zip, Writer w, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        w.write(content);
        w.flush();
        zip.closeEntry();
    }
}
