package vn.txng.adapter.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.txng.adapter.ingest.xml.SecureXml;
import vn.txng.adapter.model.SourcePosition;

/** The formats a file can hold, told apart by its first bytes (and an XML file by its root element), never by its name. */
public enum InboundFormat {
    /** The adapter's own message, {@code urn:txng:erp:v1} (or any XML that is not EPCIS: its reader names the wrong root). */
    XML,
    EDIFACT,
    X12,
    /** A GS1 EPCIS 2.0 {@code EPCISDocument} or {@code EPCISQueryDocument} in JSON-LD: any file starting with '{'. */
    EPCIS_JSON,
    /** A GS1 EPCIS 2.0 or 1.2 {@code EPCISDocument} or {@code EPCISQueryDocument} in XML, told by its root element. */
    EPCIS_XML,
    /** An Excel workbook (Office Open XML, {@code .xlsx}): a ZIP archive, starting {@code PK 03 04}. */
    XLSX,
    /** Delimited text: comma-, semicolon- or tab-separated, its first lines (up to 10 not empty, or Excel's sep= line) holding one of them. */
    CSV;

    /** How far a file is looked at: a CSV file's first line may run long before its first delimiter. */
    private static final int SNIFF_BYTES = 4096;
    /** How far into an XML file its root element is looked for (past the prolog, comments, a DOCTYPE). */
    private static final int ROOT_BYTES = 1 << 16;
    /** The namespaces of EPCIS 1.x and 2.0 documents and query documents (GS1 EPCIS 2.0, section 12; EPCIS 1.2, section 9). */
    public static final Set<String> EPCIS_NAMESPACES = Set.of("urn:epcglobal:epcis:xsd:1", "urn:epcglobal:epcis:xsd:2",
            "urn:epcglobal:epcis-query:xsd:1", "urn:epcglobal:epcis-query:xsd:2");
    /** The root elements of EPCIS documents the adapter reads. */
    public static final Set<String> EPCIS_ROOTS = Set.of("EPCISDocument", "EPCISQueryDocument");
    /** A ZIP archive's local file header: an XLSX workbook is one. */
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** An OLE2 compound file: an Excel 97-2003 workbook (.xls). */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    /** How much of a file {@link #blank} reads at most, past which it calls the file not blank. */
    private static final int BLANK_BYTES = 1 << 16;

    /**
     * True when {@code in} (which must support mark/reset, past its byte-order mark) holds nothing but
     * white space: 0 bytes, or a line break an ERP wrote for a day with nothing to export. Leaves
     * {@code in} where it was.
     */
    public static boolean blank(InputStream in) throws IOException {
        in.mark(BLANK_BYTES);
        try {
            for (int i = 0; i < BLANK_BYTES; i++) {
                int b = in.read();
                if (b < 0) {
                    return true;
                }
                if (!Character.isWhitespace(b)) {
                    return false;
                }
            }
            return false;
        } finally {
            in.reset();
        }
    }

    /**
     * Looks at the start of {@code in} (which must support mark/reset) past a byte-order mark (which
     * {@link ByteOrderMark#skip} takes away before the file is read) and white space: {@code <} is XML (EPCIS XML when its
     * root element is an EPCIS document in an EPCIS namespace), {@code {} EPCIS JSON-LD, {@code UNA}/{@code UNB} EDIFACT,
     * {@code ISA} X12. XML may also be UTF-16 (with its byte-order mark, or starting {@code <} as 00 3C): the XML parser
     * reads its encoding itself.
     */
    public static InboundFormat sniff(InputStream in, String fileName) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        if (startsWith(head, ZIP)) {
            return XLSX;
        }
        if (startsWith(head, OLE2)) {
            throw new UnreadableFileException("XLS_NOT_SUPPORTED", SourcePosition.of(fileName, 0, null),
                    "the file is an Excel 97-2003 workbook (.xls); save it as an Excel workbook (.xlsx) or as CSV UTF-8", null);
        }
        String text = decode(head).stripLeading();
        String start = text.substring(0, Math.min(3, text.length()));
        if (start.startsWith("<")) {
            return epcisRoot(in) ? EPCIS_XML : XML;
        }
        if (start.startsWith("{")) {
            return EPCIS_JSON;
        }
        if (start.equals("UNA") || start.equals("UNB")) {
            return EDIFACT;
        }
        if (start.equals("ISA")) {
            return X12;
        }
        if (delimitedLine(text)) {
            return CSV;
        }
        throw new UnreadableFileException("UNKNOWN_FORMAT", SourcePosition.of(fileName, 1, null),
                "the file is neither XML (starts with '<') nor EPCIS JSON-LD ('{') nor EDIFACT (UNA/UNB) nor X12 (ISA) nor an"
                        + " Excel workbook (.xlsx) nor CSV (first lines with commas, semicolons or tabs); check the export format",
                null);
    }

    /**
     * True when the first element within the first {@value #ROOT_BYTES} bytes is an EPCIS document's root; leaves {@code in}
     * where it was. A file that breaks before its root is left to the XML reader, which names the break.
     */
    private static boolean epcisRoot(InputStream in) throws IOException {
        in.mark(ROOT_BYTES);
        byte[] head = in.readNBytes(ROOT_BYTES);
        in.reset();
        XMLStreamReader xml = null;
        try {
            xml = SecureXml.inputFactory().createXMLStreamReader(new ByteArrayInputStream(head));
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    return EPCIS_ROOTS.contains(xml.getLocalName()) && EPCIS_NAMESPACES.contains(xml.getNamespaceURI());
                }
            }
            return false;
        } catch (XMLStreamException e) {
            return false;
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // a reader over bytes in memory: nothing to release
                }
            }
        }
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (head[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /** True when the first lines (as far as the sniffed bytes reach) hold a delimiter: a tab, a semicolon or a comma. */
    private static boolean delimitedLine(String text) {
        return vn.txng.adapter.ingest.sheet.Delimiters.of(text) != 0;
    }

    /** The first bytes as characters: UTF-16 when its byte-order mark or a 00 3C start says so, else byte for byte. */
    private static String decode(byte[] head) {
        int length = head.length;
        if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new String(head, 2, length - 2, StandardCharsets.UTF_16BE);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new String(head, 2, length - 2, StandardCharsets.UTF_16LE);
        }
        if (length >= 2 && head[0] == 0 && head[1] == '<') {
            return new String(head, StandardCharsets.UTF_16BE);
        }
        int from = length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        return new String(head, from, length - from, StandardCharsets.ISO_8859_1);
    }
}
