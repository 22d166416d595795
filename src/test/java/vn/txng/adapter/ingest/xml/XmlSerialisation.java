package vn.txng.adapter.ingest.xml;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One way an ERP's XML writer may lay out the same {@code urn:txng:erp:v1} message: line ends,
 * indentation, a namespace prefix, comments and processing instructions between elements, CDATA
 * or character references in values, the declared encoding. Writing a message gives its bytes and
 * the line each record's start tag is written on, counted while writing.
 */
record XmlSerialisation(String name, boolean declaration, Charset charset, boolean byteOrderMark, String newline,
                        String indent, String prefix, String between, boolean cdata, boolean characterReferences) {

    /** An element of the message: a value, or children; attributes in the order given. */
    record Element(String name, Map<String, String> attributes, String text, List<Element> children) {

        static Element value(String name, String text) {
            return new Element(name, Map.of(), text, List.of());
        }

        static Element measure(String name, String unit, String amount) {
            return new Element(name, Map.of("unit", unit), amount, List.of());
        }

        static Element of(String name, Element... children) {
            return new Element(name, Map.of(), null, List.of(children));
        }
    }

    /** The bytes of a message and the line (1-based) of each record's start tag, in file order. */
    record Written(byte[] bytes, List<Long> recordLines) {
    }

    static XmlSerialisation indented() {
        return new XmlSerialisation("indented, UTF-8", true, StandardCharsets.UTF_8, false, "\n", "  ", null, null, false, false);
    }

    XmlSerialisation named(String newName) {
        return new XmlSerialisation(newName, declaration, charset, byteOrderMark, newline, indent, prefix, between, cdata, characterReferences);
    }

    XmlSerialisation onOneLine() {
        return new XmlSerialisation(name, declaration, charset, byteOrderMark, null, "", prefix, between, cdata, characterReferences);
    }

    XmlSerialisation withoutDeclaration() {
        return new XmlSerialisation(name, false, charset, byteOrderMark, newline, indent, prefix, between, cdata, characterReferences);
    }

    XmlSerialisation lineEnds(String lineEnd) {
        return new XmlSerialisation(name, declaration, charset, byteOrderMark, lineEnd, indent, prefix, between, cdata, characterReferences);
    }

    XmlSerialisation prefixed(String namespacePrefix) {
        return new XmlSerialisation(name, declaration, charset, byteOrderMark, newline, indent, namespacePrefix, between, cdata, characterReferences);
    }

    XmlSerialisation markupBetween(String markup) {
        return new XmlSerialisation(name, declaration, charset, byteOrderMark, newline, indent, prefix, markup, cdata, characterReferences);
    }

    XmlSerialisation inCdata() {
        return new XmlSerialisation(name, declaration, charset, byteOrderMark, newline, indent, prefix, between, true, characterReferences);
    }

    XmlSerialisation asCharacterReferences() {
        return new XmlSerialisation(name, declaration, charset, byteOrderMark, newline, indent, prefix, between, cdata, true);
    }

    XmlSerialisation encoded(Charset encoding, boolean mark) {
        return new XmlSerialisation(name, declaration, encoding, mark, newline, indent, prefix, between, cdata, characterReferences);
    }

    @Override
    public String toString() {
        return name;
    }

    /** Writes {@code TraceabilityMessage} around {@code children} (the Header first, then records). */
    Written write(List<Element> children) {
        Writer out = new Writer();
        if (declaration) {
            out.text("<?xml version=\"1.0\" encoding=\"" + charset.name() + "\"?>");
            out.newline();
        }
        String xmlns = prefix == null ? " xmlns=\"" + MessageSchema.NAMESPACE + "\"" : " xmlns:" + prefix + "=\"" + MessageSchema.NAMESPACE + "\"";
        out.text("<" + qualified("TraceabilityMessage") + xmlns + ">");
        for (int i = 0; i < children.size(); i++) {
            Element child = children.get(i);
            if (i > 0 && between != null) {
                out.newline();
                out.indent(1);
                out.text(between);
            }
            out.newline();
            out.indent(1);
            if (!child.name().equals("Header")) {
                out.recordStarts();
            }
            element(out, child, 1);
        }
        out.newline();
        out.text("</" + qualified("TraceabilityMessage") + ">");
        out.newline();
        byte[] text = out.text.toString().getBytes(charset);
        byte[] bytes = text;
        if (byteOrderMark && charset.equals(StandardCharsets.UTF_8)) {
            bytes = new byte[text.length + 3];
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            System.arraycopy(text, 0, bytes, 3, text.length);
        }
        // Java's "UTF-16" encoder writes the big-endian byte-order mark itself, as XML 1.0 asks of UTF-16 entities
        return new Written(bytes, out.recordLines);
    }

    private void element(Writer out, Element element, int depth) {
        StringBuilder start = new StringBuilder("<").append(qualified(element.name()));
        element.attributes().forEach((key, value) -> start.append(' ').append(key).append("=\"").append(escaped(value)).append('"'));
        out.text(start.append('>').toString());
        if (element.text() != null) {
            out.text(value(element.text()));
        } else {
            for (int i = 0; i < element.children().size(); i++) {
                if (i > 0 && between != null) {
                    out.text(between);
                }
                out.newline();
                out.indent(depth + 1);
                element(out, element.children().get(i), depth + 1);
            }
            out.newline();
            out.indent(depth);
        }
        out.text("</" + qualified(element.name()) + ">");
    }

    private String qualified(String local) {
        return prefix == null ? local : prefix + ":" + local;
    }

    private String value(String text) {
        return cdata ? "<![CDATA[" + text + "]]>" : escaped(text);
    }

    /** Markup characters as entities; characters the charset cannot hold (or all non-ASCII, and 8) as character references. */
    private String escaped(String text) {
        CharsetEncoder encoder = charset.newEncoder();
        StringBuilder escaped = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == '&') {
                escaped.append("&amp;");
            } else if (c == '<') {
                escaped.append("&lt;");
            } else if (c == '"') {
                escaped.append("&quot;");
            } else if (characterReferences && c == '8') {
                escaped.append("&#x38;");
            } else if ((characterReferences && c > 0x7F) || !encoder.canEncode(Character.toString(c))) {
                escaped.append("&#").append(c).append(';');
            } else {
                escaped.appendCodePoint(c);
            }
        });
        return escaped.toString();
    }

    /** The text written so far and the line it has reached. */
    private final class Writer {

        final StringBuilder text = new StringBuilder();
        final List<Long> recordLines = new ArrayList<>();
        long line = 1;

        void text(String markup) {
            text.append(markup);
            line += markup.chars().filter(c -> c == '\n').count();
        }

        void newline() {
            if (newline != null) {
                text(newline);
            }
        }

        void indent(int depth) {
            if (newline != null) {
                text(indent.repeat(depth));
            }
        }

        void recordStarts() {
            recordLines.add(line);
        }
    }
}
