package vn.txng.adapter.ingest.edi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An interchange gives the same records, positions and report whether its segments stand one per
 * line, one per line with CRLF, or all on one line: EDIFACT and X12 end a segment with its
 * terminator, and a line break after it is no part of the interchange. A position names the
 * segment's number in the file (given as its line), so it is the same in every layout.
 */
class EdiLayoutTest {

    /** The fixtures are written one segment per line, each line ending in the segment terminator. */
    private static final List<String> FIXTURES = List.of(
            "edi/desadv-d01b-two-batches-in-pci-groups.edi",
            "edi/desadv-d96a-custom-una-two-messages.edi",
            "edi/desadv-unt-count-wrong-in-first-message.edi",
            "edi/pricat-d01b-unow-vietnamese-release-characters.edi",
            "samples/desadv-2026-11-21.edi",
            "samples/incomplete/pricat-2026-11-21.edi",
            "edi/x12-856-ship-notice-two-items.edi",
            "edi/x12-832-catalog-two-items.edi",
            "edi/x12-856-se-count-wrong.edi");

    private record Layout(String name, UnaryOperator<byte[]> rewrite) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Layout> LAYOUTS = List.of(
            new Layout("CRLF after each segment", bytes -> replaceLineFeeds(bytes, new byte[] {'\r', '\n'})),
            new Layout("all segments on one line", bytes -> replaceLineFeeds(bytes, new byte[0])),
            new Layout("all on one line ending in a line break", bytes -> append(replaceLineFeeds(bytes, new byte[0]), '\n')));

    static Stream<Arguments> fixturesInLayouts() {
        return FIXTURES.stream().flatMap(fixture -> LAYOUTS.stream().map(layout -> Arguments.of(fixture, layout)));
    }

    private static byte[] replaceLineFeeds(byte[] bytes, byte[] replacement) {
        // every fixture is UTF-8, ISO-8859-1 or ASCII: byte 0A is a line feed and nothing else
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 2);
        for (byte b : bytes) {
            if (b == '\n') {
                out.writeBytes(replacement);
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    private static byte[] append(byte[] bytes, char last) {
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        longer[bytes.length] = (byte) last;
        return longer;
    }

    private static byte[] fixture(String name) throws IOException {
        if (name.startsWith("samples/")) {
            return Files.readAllBytes(Path.of(name));
        }
        try (InputStream in = EdiLayoutTest.class.getResourceAsStream("/" + name)) {
            return in.readAllBytes();
        }
    }

    private static EdiFixtures.Read read(String name, byte[] bytes) {
        return EdiFixtures.bytes(bytes, name.contains("x12-"), null);
    }

    /** What a reading gave, as text that compares whole: each record with its position, then the report. */
    private static List<String> outcome(EdiFixtures.Read read) {
        List<String> lines = new ArrayList<>();
        read.records().forEach(r -> lines.add(r.position() + " " + r.record()));
        lines.add(read.report().summary());
        read.report().rejections().forEach(r -> lines.add("rejected " + r));
        read.report().mergedLots().forEach(m -> lines.add("merged " + m));
        read.report().warnings().forEach(w -> lines.add("warning " + w));
        lines.add("failure " + (read.failure() == null ? null : read.failure().getMessage()));
        return lines;
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("fixturesInLayouts")
    void should_read_the_same_records_at_the_same_segments_whatever_the_line_breaks(String fixture, Layout layout) throws IOException {
        byte[] onePerLine = fixture(fixture);
        EdiFixtures.Read reference = read(fixture, onePerLine);

        EdiFixtures.Read read = read(fixture, layout.rewrite().apply(onePerLine));

        assertThat(reference.report().read()).as("records read one segment per line").isPositive();
        assertThat(reference.failure()).isNull();
        assertThat(outcome(read)).containsExactlyElementsOf(outcome(reference));
    }
}
