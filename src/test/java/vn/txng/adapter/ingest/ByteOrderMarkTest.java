package vn.txng.adapter.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.model.SourcedRecord;

/** A UTF-8 byte-order mark (EF BB BF, as Windows tools write) before the content is read as if it were not there. */
class ByteOrderMarkTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private List<SourcedRecord> readWithBom(String sample, Charset ediCharset) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.write(BOM);
        content.write(Files.readAllBytes(Path.of(sample)));
        Path file = dir.resolve(Path.of(sample).getFileName());
        Files.write(file, content.toByteArray());
        List<SourcedRecord> records = new ArrayList<>();
        try (FileIngestion ingestion = FileIngestion.open(file, file.getFileName().toString(), true, 100, ediCharset)) {
            for (RecordChunk chunk : ingestion) {
                // the products and lots: a despatch advice's shipping event and locations are not at issue here
                chunk.records().stream().filter(r -> r.record().kind() == vn.txng.adapter.model.RecordKind.PRODUCT
                        || r.record().kind() == vn.txng.adapter.model.RecordKind.LOT).forEach(records::add);
            }
            assertThat(ingestion.report().failed()).isFalse();
            assertThat(ingestion.report().rejections()).isEmpty();
        }
        return records;
    }

    @Test
    void should_read_an_edifact_file_that_starts_with_a_byte_order_mark() throws IOException {
        assertThat(readWithBom("samples/desadv-2026-11-21.edi", null)).hasSize(3);
    }

    @Test
    void should_read_an_edifact_file_with_a_byte_order_mark_under_a_charset_override() throws IOException {
        assertThat(readWithBom("samples/desadv-2026-11-21.edi", Charset.forName("windows-1258"))).hasSize(3);
    }

    @Test
    void should_read_an_x12_file_that_starts_with_a_byte_order_mark() throws IOException {
        assertThat(readWithBom("src/test/resources/edi/x12-856-ship-notice-two-items.edi", null)).hasSize(2);
    }

    @Test
    void should_read_an_xml_file_that_starts_with_a_byte_order_mark() throws IOException {
        assertThat(readWithBom("samples/lots-2026-11-21.xml", null)).hasSize(3);
    }

    @Test
    void should_keep_the_first_segment_intact_after_a_byte_order_mark() throws IOException {
        List<SourcedRecord> records = readWithBom("samples/desadv-2026-11-21.edi", null);

        assertThat(records.get(0).position().locator()).startsWith("UNB 000777 / UNH 1 DESADV");
    }
}
