package vn.txng.adapter.ingest.sheet;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.txng.adapter.ingest.xml.SecureXml;

/**
 * A workbook's shared strings ({@code xl/sharedStrings.xml}, ECMA-376 Part 1, 18.4), spilled to two temporary files
 * and read back through memory maps. Why not POI's {@code ReadOnlySharedStringsTable}: it holds every string on the
 * heap, and Excel stores each distinct cell text there, so a million lot numbers would be a million strings in memory;
 * here the heap holds nothing per string (the maps live outside it), so a sheet of any length reads in flat memory.
 * A phonetic run ({@code rPh}) is no part of the text; the runs of rich text are joined.
 */
final class SharedStringsFile implements Closeable {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private final Path texts;
    private final Path offsets;
    private final int count;
    private final MappedByteBuffer textMap;
    private final MappedByteBuffer offsetMap;

    private SharedStringsFile(Path texts, Path offsets, int count) throws IOException {
        this.texts = texts;
        this.offsets = offsets;
        this.count = count;
        this.textMap = map(texts);
        this.offsetMap = map(offsets);
    }

    /** No shared strings: a workbook whose cells are all numbers or inline strings. */
    static SharedStringsFile none() throws IOException {
        return new SharedStringsFile(null, null, 0);
    }

    /** Reads the part {@code in} (closing it) into temporary files. */
    static SharedStringsFile read(InputStream in) throws IOException, XMLStreamException {
        Path texts = Files.createTempFile("txng-sst-", ".txt");
        Path offsets = Files.createTempFile("txng-sst-", ".idx");
        int count = 0;
        try (in; DataOutputStream text = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(texts), 1 << 16));
             DataOutputStream index = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(offsets), 1 << 16))) {
            XMLStreamReader xml = SecureXml.inputFactory().createXMLStreamReader(in);
            try {
                StringBuilder item = new StringBuilder();
                long written = 0;
                int phonetic = 0;
                boolean inItem = false;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT && MAIN.equals(xml.getNamespaceURI())) {
                        switch (xml.getLocalName()) {
                            case "si" -> {
                                inItem = true;
                                item.setLength(0);
                            }
                            case "rPh" -> phonetic++;
                            case "t" -> {
                                String part = xml.getElementText();
                                if (inItem && phonetic == 0) {
                                    item.append(part);
                                }
                            }
                            default -> {
                                // run properties and the like: no text of the cell
                            }
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT && MAIN.equals(xml.getNamespaceURI())) {
                        if (xml.getLocalName().equals("rPh")) {
                            phonetic--;
                        } else if (xml.getLocalName().equals("si")) {
                            byte[] bytes = item.toString().getBytes(StandardCharsets.UTF_8);
                            index.writeLong(written);
                            text.write(bytes);
                            written += bytes.length;
                            count++;
                            inItem = false;
                        }
                    }
                }
                index.writeLong(written);
            } finally {
                xml.close();
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            Files.deleteIfExists(texts);
            Files.deleteIfExists(offsets);
            throw e;
        }
        return new SharedStringsFile(texts, offsets, count);
    }

    private static MappedByteBuffer map(Path file) throws IOException {
        if (file == null) {
            return null;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() > Integer.MAX_VALUE) {
                throw new IOException("the workbook's shared strings take more than 2 GB");
            }
            // the map outlives the channel, and lives outside the heap
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        }
    }

    int count() {
        return count;
    }

    /** The string at {@code index}, or null when the workbook has none there. */
    String get(int index) {
        if (index < 0 || index >= count) {
            return null;
        }
        int from = (int) offsetMap.getLong(index * 8);
        int to = (int) offsetMap.getLong(index * 8 + 8);
        byte[] bytes = new byte[to - from];
        textMap.get(from, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        if (texts != null) {
            delete(texts);
            delete(offsets);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Windows keeps a mapped file until the map is collected: gone when the JVM exits
            file.toFile().deleteOnExit();
        }
    }
}
