package vn.txng.adapter.jar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks and CSV files through the packaged jar, as a producer without an ERP export gives them. */
class SheetsJarIT {

    private static final Path TEMPLATE = Path.of("samples", "mau-nhap-lieu.xlsx").toAbsolutePath();
    /** Excel's "CSV (semicolon)" in Vietnamese: a byte-order mark, CRLF, the decimal comma, dates day/month/year. */
    private static final String EXCEL_CSV = "\uFEFFMã GTIN;Số lô;Ngày sản xuất;Hạn sử dụng;Số lượng;Đơn vị số lượng\r\n"
            + "8934563123475;L2611-21A;21/11/2026;21/11/2028;1.250,5;Chai\r\n";

    @TempDir
    Path work;
    private final List<JarProcess> processes = new ArrayList<>();

    @AfterEach
    void stop() {
        processes.forEach(JarProcess::close);
    }

    private JarProcess adapter(String folder) throws IOException {
        JarProcess process = JarProcess.in(Files.createDirectories(work.resolve(folder)));
        processes.add(process);
        return process;
    }

    @Test
    void should_validate_the_template_and_an_excel_csv_clean() throws IOException {
        Path csv = Files.writeString(work.resolve("lo-hang.csv"), EXCEL_CSV, StandardCharsets.UTF_8);
        JarProcess validate = adapter("validate");

        int exit = validate.run("validate", TEMPLATE.toString(), csv.toString());

        assertThat(exit).as(validate.out() + validate.errTail()).isZero();
        assertThat(validate.out()).contains("mau-nhap-lieu.xlsx: 4 records read, 4 valid").contains("lo-hang.csv: 1 records read, 1 valid")
                .doesNotContain("rejected ").doesNotContain("warning ");
    }

    @Test
    void should_name_the_cell_of_a_gtin_excel_showed_in_scientific_notation() throws IOException {
        Path csv = Files.writeString(work.resolve("lo-hang.csv"), EXCEL_CSV.replace("8934563123475;", "8,93456E+12;"), StandardCharsets.UTF_8);
        JarProcess validate = adapter("validate-bad");

        int exit = validate.run("validate", csv.toString());

        assertThat(exit).as(validate.out() + validate.errTail()).isEqualTo(1);
        assertThat(validate.out()).contains("rejected lo-hang.csv:2 (column \"Mã GTIN\") Gtin: SCIENTIFIC_NOTATION: '8,93456E+12'")
                .contains("Format the column as Text");
    }

    @Test
    void should_stage_the_template_and_a_csv_dropped_in_the_inbox() throws IOException {
        JarProcess stage = adapter("stage");
        Path inbox = Files.createDirectories(work.resolve("stage").resolve("inbox"));
        Files.copy(TEMPLATE, inbox.resolve("mau-nhap-lieu.xlsx"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(inbox.resolve("lo-hang.csv"), EXCEL_CSV, StandardCharsets.UTF_8);

        int exit = stage.run("run", "--once", "--no-push");

        assertThat(exit).as(stage.out() + stage.errTail()).isZero();
        JsonNode workbook = report(work.resolve("stage"), "mau-nhap-lieu.xlsx");
        assertThat(workbook.path("format").asText()).isEqualTo("XLSX");
        assertThat(workbook.path("accepted").asLong()).isEqualTo(4);
        assertThat(workbook.path("rejected").asLong()).isZero();
        JsonNode csv = report(work.resolve("stage"), "lo-hang.csv");
        assertThat(csv.path("format").asText()).isEqualTo("CSV");
        assertThat(csv.path("accepted").asLong()).isEqualTo(1);
    }

    private static JsonNode report(Path folder, String file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> reports = Files.list(folder.resolve("data").resolve("reports"))) {
            for (Path report : reports.toList()) {
                JsonNode node = json.readTree(report.toFile());
                if (node.path("file").asText().equals(file)) {
                    return node;
                }
            }
        }
        throw new AssertionError("no report for " + file + " under " + folder);
    }
}
