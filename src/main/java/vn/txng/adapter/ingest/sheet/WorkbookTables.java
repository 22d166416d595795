package vn.txng.adapter.ingest.sheet;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import vn.txng.adapter.ingest.Lookahead;
import vn.txng.adapter.ingest.UnreadableFileException;
import vn.txng.adapter.ingest.xml.SecureXml;
import vn.txng.adapter.model.SourcePosition;

/**
 * The sheets of an XLSX workbook (ECMA-376), in the workbook's order, each a stream of rows. POI's {@code OPCPackage}
 * opens the file as a ZIP with random access (nothing is unpacked) and {@code XSSFReader} finds the parts; each sheet's
 * XML is pulled with StAX a row at a time rather than pushed through POI's SAX {@code XSSFSheetXMLHandler}: a pull
 * cursor hands the reader one row when it asks, with no thread and no queue, and keeps each cell's stored type (a
 * number stays {@code 8.93456E+12}, not the text a style would show), which the checks on GTINs need. Shared strings:
 * {@link SharedStringsFile}.
 */
final class WorkbookTables implements Iterator<SheetTable>, Closeable {

    static final String XLSX_UNREADABLE = "XLSX_UNREADABLE";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private final String fileName;
    private final OPCPackage workbook;
    private final XSSFReader.SheetIterator sheets;
    private final SharedStringsFile strings;
    private final StylesTable styles;
    /** Per style index: 1 a date format, -1 not, 0 not looked up yet. */
    private byte[] dateStyles = new byte[64];
    private SheetRows open;

    private WorkbookTables(String fileName, OPCPackage workbook, XSSFReader.SheetIterator sheets, SharedStringsFile strings, StylesTable styles) {
        this.fileName = fileName;
        this.workbook = workbook;
        this.sheets = sheets;
        this.strings = strings;
        this.styles = styles;
    }

    static WorkbookTables open(File file, String fileName) {
        OPCPackage workbook;
        try {
            workbook = OPCPackage.open(file, PackageAccess.READ);
        } catch (InvalidFormatException | OpenXML4JRuntimeException | POIXMLException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw unreadable(fileName, "the file is a ZIP archive but no Excel workbook (.xlsx): " + e.getMessage(), e);
        }
        try {
            XSSFReader reader = new XSSFReader(workbook);
            List<PackagePart> stringParts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
            SharedStringsFile strings = stringParts.isEmpty() ? SharedStringsFile.none() : SharedStringsFile.read(stringParts.get(0).getInputStream());
            return new WorkbookTables(fileName, workbook, (XSSFReader.SheetIterator) reader.getSheetsData(), strings, reader.getStylesTable());
        } catch (IOException | OpenXML4JException | XMLStreamException | POIXMLException | OpenXML4JRuntimeException e) {
            workbook.revert();
            throw unreadable(fileName, "the workbook cannot be read: " + e.getMessage(), e);
        }
    }

    private static UnreadableFileException unreadable(String fileName, String reason, Exception cause) {
        return new UnreadableFileException(XLSX_UNREADABLE, SourcePosition.of(fileName, 0, null),
                reason + "; open it in Excel or LibreOffice and save it again as an Excel workbook (.xlsx)", cause);
    }

    @Override
    public boolean hasNext() {
        return sheets.hasNext();
    }

    @Override
    public SheetTable next() {
        if (open != null) {
            open.close();
        }
        InputStream sheet = sheets.next();
        String name = sheets.getSheetName();
        try {
            open = new SheetRows(SecureXml.inputFactory().createXMLStreamReader(sheet), sheet, name);
        } catch (XMLStreamException e) {
            throw malformed(name, e);
        }
        return new SheetTable(name, open);
    }

    private UnreadableFileException malformed(String sheet, XMLStreamException e) {
        long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
        return new UnreadableFileException(XLSX_UNREADABLE, SourcePosition.of(fileName, 0, sheet),
                "the sheet's XML breaks (line " + line + " of its part): " + e.getMessage()
                        + "; open the workbook in Excel or LibreOffice and save it again", e);
    }

    private boolean dateStyled(int style) {
        if (styles == null || style < 0) {
            return false;
        }
        if (style >= dateStyles.length) {
            dateStyles = java.util.Arrays.copyOf(dateStyles, Math.max(style + 1, dateStyles.length * 2));
        }
        if (dateStyles[style] == 0) {
            boolean date = false;
            if (style < styles.getNumCellStyles()) {
                XSSFCellStyle cellStyle = styles.getStyleAt(style);
                date = cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
            }
            dateStyles[style] = (byte) (date ? 1 : -1);
        }
        return dateStyles[style] == 1;
    }

    @Override
    public void close() throws IOException {
        if (open != null) {
            open.close();
        }
        try {
            strings.close();
        } finally {
            // read only: nothing to save
            workbook.revert();
        }
    }

    /** The rows of one sheet ({@code <sheetData><row><c>}, ECMA-376 Part 1, 18.3.1), pulled as asked for. */
    private final class SheetRows extends Lookahead<SheetRow> {
        private final XMLStreamReader xml;
        private final InputStream in;
        private final String sheet;
        private long lastRow;

        SheetRows(XMLStreamReader xml, InputStream in, String sheet) {
            this.xml = xml;
            this.in = in;
            this.sheet = sheet;
        }

        @Override
        protected SheetRow advance() {
            try {
                return readRow();
            } catch (XMLStreamException e) {
                end();
                throw malformed(sheet, e);
            }
        }

        /** The next row, or null (and the end) when the sheet has no more. */
        private SheetRow readRow() throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName()) && MAIN.equals(xml.getNamespaceURI())) {
                    String r = xml.getAttributeValue(null, "r");
                    lastRow = r == null ? lastRow + 1 : Long.parseLong(r);
                    return new SheetRow(lastRow, cells());
                }
            }
            end();
            return null;
        }

        /** The cells of the row the cursor stands on, up to its end tag. */
        private List<SheetCell> cells() throws XMLStreamException {
            List<SheetCell> cells = new ArrayList<>();
            int column = -1;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                    return cells;
                }
                if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                    String reference = xml.getAttributeValue(null, "r");
                    column = reference == null ? column + 1 : column(reference);
                    SheetCell cell = cell(column, xml.getAttributeValue(null, "t"), xml.getAttributeValue(null, "s"));
                    if (cell != null) {
                        cells.add(cell);
                    }
                }
            }
            return cells;
        }

        /** The cell the cursor stands on ({@code <c>}), read to its end tag; null when it holds no value. */
        private SheetCell cell(int column, String type, String style) throws XMLStreamException {
            String value = null;
            StringBuilder inline = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
                    break;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "v" -> value = xml.getElementText();
                        case "t" -> {
                            inline = inline == null ? new StringBuilder() : inline;
                            inline.append(xml.getElementText());
                        }
                        case "f" -> xml.getElementText();
                        default -> {
                            // <is> and <r> only wrap the <t> runs of an inline string
                        }
                    }
                }
            }
            if ("inlineStr".equals(type)) {
                return inline == null ? null : SheetCell.text(column, inline.toString());
            }
            if (value == null) {
                return null;
            }
            if (type == null || "n".equals(type)) {
                return SheetCell.number(column, value, style != null && dateStyled(Integer.parseInt(style)));
            }
            if ("s".equals(type)) {
                String shared = strings.get(Integer.parseInt(value.strip()));
                if (shared == null) {
                    throw new XMLStreamException("cell " + Headings.columnLetters(column) + lastRow + " names shared string " + value
                            + " of " + strings.count(), xml.getLocation());
                }
                return SheetCell.text(column, shared);
            }
            if ("b".equals(type)) {
                return SheetCell.text(column, "1".equals(value.strip()) ? "TRUE" : "FALSE");
            }
            // str (a formula's text), e (an error such as #N/A), d (an ISO 8601 date)
            return SheetCell.text(column, value);
        }

        private int column(String reference) {
            int letters = 0;
            while (letters < reference.length() && Character.isLetter(reference.charAt(letters))) {
                letters++;
            }
            return Headings.columnIndex(reference.substring(0, letters));
        }

        void close() {
            try {
                xml.close();
                in.close();
            } catch (XMLStreamException | IOException e) {
                // a part read from the ZIP: nothing to release that closing the package does not
            }
        }
    }
}
