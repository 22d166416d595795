package vn.txng.adapter.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class IdentifiersCommandTest {
    private static final String GS = "\u001D";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StringWriter out = new StringWriter();
    private int exitCode;

    private String runWithInput(String stdin, String... args) {
        IdentifiersCommand command = new IdentifiersCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        exitCode = new CommandLine(command).setOut(new PrintWriter(out)).execute(args);
        return out.toString();
    }

    private String run(String... args) {
        return runWithInput("", args);
    }

    private List<JsonNode> jsonLines(String output) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : output.split("\n")) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    private JsonNode onlyJson(String... args) throws Exception {
        List<JsonNode> nodes = jsonLines(run(args));
        assertThat(nodes).hasSize(1);
        return nodes.get(0);
    }

    @Test
    void should_check_each_argument_in_a_table_row() {
        String table = run("8934563123451", "(414)8934563000004");

        assertThat(table.lines()).anySatisfy(l -> assertThat(l).contains("valid", "GTIN", "8934563123451", "08934563123451"));
        assertThat(table.lines()).anySatisfy(l -> assertThat(l).contains("valid", "GLN", "8934563000004"));
    }

    @Test
    void should_read_standard_input_skipping_empty_lines_and_trimming_spaces() throws Exception {
        String output = runWithInput("\n   8934563123451  \n\n \t \n(00)106141411234567897\n", "--json");

        List<JsonNode> nodes = jsonLines(output);
        assertThat(nodes).extracting(n -> n.get("input").asText()).containsExactly("8934563123451", "(00)106141411234567897");
        assertThat(nodes).extracting(n -> n.get("kind").asText()).containsExactly("GTIN", "SSCC");
    }

    @Test
    void should_keep_a_gs_character_of_a_scanned_line() throws Exception {
        String scan = "]d2" + "0108934563123451" + "10LOT42" + GS + "17261231";

        JsonNode node = jsonLines(runWithInput(scan + "\n", "--json")).get(0);

        assertThat(node.get("input").asText()).isEqualTo(scan);
        assertThat(node.get("valid").asBoolean()).isTrue();
        assertThat(node.get("normalized").asText()).isEqualTo("(01)08934563123451(10)LOT42(17)261231");
    }

    @Test
    void should_escape_the_gs_character_in_json() {
        String output = runWithInput("0108934563123451" + "10LOT42" + GS + "17261231\n", "--json");

        assertThat(output).contains("\"input\":\"010893456312345110LOT42\\u001D17261231\"");
    }

    @Test
    void should_show_the_gs_character_in_the_table() {
        String table = runWithInput("0108934563123451" + "10LOT42" + GS + "17261231\n");

        assertThat(table).contains("010893456312345110LOT42<GS>17261231").doesNotContain(GS);
    }

    @Test
    void should_give_a_gtin_in_json_as_its_14_digits_without_ais() throws Exception {
        JsonNode node = onlyJson("--json", "8934563123451");

        assertThat(fieldNames(node)).containsExactly("input", "valid", "kind", "normalized", "errors", "warnings");
        assertThat(node.get("kind").asText()).isEqualTo("GTIN");
        assertThat(node.get("normalized").asText()).isEqualTo("08934563123451");
        assertThat(node.get("errors")).isEmpty();
        assertThat(node.get("warnings")).isEmpty();
    }

    @Test
    void should_give_an_element_string_in_json_bracketed_with_its_ais_in_order() throws Exception {
        JsonNode node = onlyJson("--json", "(01)08934563123451(17)261231(10)LOT42(21)SN1");

        assertThat(node.get("kind").asText()).isEqualTo("GS1");
        assertThat(node.get("normalized").asText()).isEqualTo("(01)08934563123451(17)261231(10)LOT42(21)SN1");
        assertThat(fieldNames(node.get("ais"))).containsExactly("01", "17", "10", "21");
        assertThat(node.get("ais").get("10").asText()).isEqualTo("LOT42");
    }

    @Test
    void should_give_a_digital_link_in_json_with_the_path_before_the_query() throws Exception {
        JsonNode node = onlyJson("--json", "https://example.vn/01/08934563123451/10/LOT42?17=261231");

        assertThat(node.get("kind").asText()).isEqualTo("GS1");
        assertThat(node.get("normalized").asText()).isEqualTo("(01)08934563123451(10)LOT42(17)261231");
        assertThat(fieldNames(node.get("ais"))).containsExactly("01", "10", "17");
    }

    @Test
    void should_give_a_25t_identifier_in_json_without_25t_or_symbology() throws Exception {
        JsonNode node = onlyJson("--json", "]C025TLA5060220000012005101312345");

        assertThat(node.get("kind").asText()).isEqualTo("UII_25T");
        assertThat(node.get("normalized").asText()).isEqualTo("LA5060220000012005101312345");
        assertThat(node.get("warnings")).extracting(w -> w.get("code").asText()).containsExactly("LONG_IDENTIFIER");
        assertThat(node.has("ais")).isFalse();
    }

    @Test
    void should_give_an_invalid_value_in_json_with_code_message_and_position() throws Exception {
        JsonNode node = onlyJson("--json", "8933481001064");

        assertThat(node.get("valid").asBoolean()).isFalse();
        assertThat(node.get("normalized").isNull()).isTrue();
        JsonNode error = node.get("errors").get(0);
        assertThat(fieldNames(error)).containsExactly("code", "message", "position");
        assertThat(error.get("code").asText()).isEqualTo("BAD_CHECK_DIGIT");
        assertThat(error.get("position").asInt()).isEqualTo(12);
        assertThat(error.get("message").asText()).contains("should be 3");
    }

    @Test
    void should_give_warnings_in_the_shape_of_errors() throws Exception {
        JsonNode node = onlyJson("--json", "9520000000011");

        assertThat(node.get("valid").asBoolean()).isTrue();
        assertThat(fieldNames(node.get("warnings").get(0))).containsExactly("code", "message", "position");
        assertThat(node.get("warnings").get(0).get("code").asText()).isEqualTo("DEMO_PREFIX");
    }

    @Test
    void should_write_exactly_one_json_line_per_value() {
        String output = runWithInput("8934563123451\n8933481001064\n25TLA123\n", "--json");

        assertThat(output.lines()).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("{").endsWith("}"));
    }

    @Test
    void should_exit_0_when_every_value_is_valid() {
        run("8934563123451", "(414)8934563000004");

        assertThat(exitCode).isZero();
    }

    @Test
    void should_exit_1_when_any_value_is_invalid() {
        run("8934563123451", "8933481001064");

        assertThat(exitCode).isEqualTo(1);
    }

    @Test
    void should_reject_a_space_inside_a_value() throws Exception {
        JsonNode node = jsonLines(runWithInput("893456 3123451\n", "--json")).get(0);

        assertThat(exitCode).isEqualTo(1);
        assertThat(node.get("errors").get(0).get("code").asText()).isEqualTo("SPACE_IN_VALUE");
        assertThat(node.get("errors").get(0).get("position").asInt()).isEqualTo(6);
    }

    @Test
    void should_accept_spaces_around_the_brackets_of_the_bracketed_form() throws Exception {
        JsonNode node = onlyJson("--json", "(01) 08934563123451 (10) LOT42");

        assertThat(node.get("valid").asBoolean()).isTrue();
        assertThat(node.get("normalized").asText()).isEqualTo("(01)08934563123451(10)LOT42");
    }

    @Test
    void should_give_the_spaces_removed_from_a_typed_element_string_as_a_warning_in_json() throws Exception {
        JsonNode node = onlyJson("--json", "(01) 08934563123451 (17)281231");

        assertThat(exitCode).isZero();
        assertThat(node.get("warnings").get(0).get("code").asText()).isEqualTo("SPACES_REMOVED");
        assertThat(node.get("warnings").get(0).get("position").asInt()).isEqualTo(4);
    }

    @Test
    void should_print_a_possible_missing_separator_under_the_row_of_the_table() {
        String table = run("]d2" + "0109506000134352" + "10ABC1231726123121XYZ");

        assertThat(table).contains("valid", "warning POSSIBLE_MISSING_SEPARATOR at 27",
                "(01)09506000134352(10)ABC123(17)261231(21)XYZ");
    }

    @Test
    void should_name_the_problem_under_an_invalid_row_of_the_table() {
        String table = run("8933481001064");

        assertThat(table).contains("INVALID", "BAD_CHECK_DIGIT at 12");
    }

    @Test
    void should_print_an_sscc_element_string_in_its_bracketed_normal_form() throws Exception {
        JsonNode node = onlyJson("--json", "(00)106141411234567897");

        assertThat(node.get("kind").asText()).isEqualTo("SSCC");
        assertThat(node.get("normalized").asText()).isEqualTo("(00)106141411234567897");
    }

    @Test
    void should_print_a_gln_digital_link_in_its_bracketed_normal_form() throws Exception {
        JsonNode node = onlyJson("--json", "https://id.gs1.org/414/9520123456788");

        assertThat(node.get("normalized").asText()).isEqualTo("(414)9520123456788");
    }

    @Test
    void should_refuse_a_zero_suppressed_gtin_in_a_digital_link_by_default() throws Exception {
        JsonNode node = onlyJson("--json", "https://example.com/01/9520123456788");

        assertThat(node.get("valid").asBoolean()).isFalse();
        assertThat(node.get("errors").get(0).get("code").asText()).isEqualTo("BAD_LENGTH");
        assertThat(exitCode).isEqualTo(1);
    }

    @Test
    void should_accept_a_zero_suppressed_gtin_in_a_digital_link_with_the_option() throws Exception {
        JsonNode node = onlyJson("--json", "--permit-zero-suppressed-gtin", "https://example.com/01/9520123456788");

        assertThat(node.get("normalized").asText()).isEqualTo("(01)09520123456788");
        assertThat(exitCode).isZero();
    }

    @Test
    void should_read_a_list_that_starts_with_a_byte_order_mark() throws Exception {
        JsonNode node = jsonLines(runWithInput("\uFEFF8934563123451\r\n", "--json")).get(0);

        assertThat(node.get("input").asText()).isEqualTo("8934563123451");
        assertThat(node.get("valid").asBoolean()).isTrue();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
