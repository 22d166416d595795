package vn.txng.adapter.ingest.edi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The terminator goes after the last segment's last character, wherever the file's reads happen to split it. */
class LastTerminatorTest {

    /** A file that hands out one byte a read, so every boundary falls between reads. */
    private static InputStream trickling(String text) {
        ByteArrayInputStream bytes = new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
        return new InputStream() {
            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return bytes.read(b, off, Math.min(len, 1));
            }
        };
    }

    private static String through(LastTerminator end) throws IOException {
        return new String(end.readAllBytes(), StandardCharsets.ISO_8859_1);
    }

    @Test
    void should_add_the_terminator_before_the_blank_lines_after_a_last_segment_read_a_byte_at_a_time() throws IOException {
        LastTerminator end = new LastTerminator(trickling("UNB+1'\nUNZ+1+9\r\n \n"), '\'');

        assertThat(through(end)).isEqualTo("UNB+1'\nUNZ+1+9'\r\n \n");
        assertThat(end.added()).isTrue();
    }

    @Test
    void should_pass_a_file_ending_with_its_terminator_and_blank_lines_unchanged() throws IOException {
        LastTerminator end = new LastTerminator(trickling("UNB+1'\nUNZ+1+9'\n\n"), '\'');

        assertThat(through(end)).isEqualTo("UNB+1'\nUNZ+1+9'\n\n");
        assertThat(end.added()).isFalse();
    }

    @Test
    void should_add_a_line_break_terminator_at_the_very_end() throws IOException {
        LastTerminator end = new LastTerminator(trickling("GE*1*1\nIEA*1*000000049"), '\n');

        assertThat(through(end)).isEqualTo("GE*1*1\nIEA*1*000000049\n");
        assertThat(end.added()).isTrue();
    }

    @Test
    void should_add_nothing_to_a_file_of_blanks() throws IOException {
        LastTerminator end = new LastTerminator(trickling(" \r\n"), '\'');

        assertThat(through(end)).isEqualTo(" \r\n");
        assertThat(end.added()).isFalse();
    }
}
