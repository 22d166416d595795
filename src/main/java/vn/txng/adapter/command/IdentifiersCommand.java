package vn.txng.adapter.command;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.txng.adapter.identifier.Identified;
import vn.txng.adapter.identifier.IdentifierError;
import vn.txng.adapter.identifier.IdentifierNormalizer;

/** Checks identifiers given as arguments or one per line on standard input, as a table or one JSON object a line. */
@Command(name = "identifiers", mixinStandardHelpOptions = true,
        description = {"Checks and normalises identifiers: GTIN (8, 12, 13 or 14 digits), GLN (414), SSCC (00), "
                + "GS1 element strings (bracketed, with GS separators, with a symbology identifier), "
                + "GS1 Digital Link URIs and ISO/IEC 15459-6 25T lot identifiers.",
                "Without VALUE arguments, reads one value per line from standard input (empty lines skipped).",
                "Exit status: 0 when every value is valid, 1 when any is not."})
public final class IdentifiersCommand implements Callable<Integer> {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII) // JSON lines stay exact whatever the console's encoding
            .build();
    private static final int INPUT_WIDTH = 34;

    @Parameters(paramLabel = "VALUE", arity = "0..*", description = "Values to check; standard input when none.")
    List<String> values = List.of();

    @Option(names = "--json", description = "One JSON object per value instead of a table.")
    boolean json;

    @Option(names = "--permit-zero-suppressed-gtin", description = "Accept a GTIN-8, -12 or -13 in a Digital Link "
            + "path (legacy links such as /01/9520123456788), read as its 14 digits; refused by default, as GS1's "
            + "Barcode Syntax Engine does.")
    boolean zeroSuppressedGtin;

    @Spec
    CommandSpec spec;

    private final InputStream stdin;

    public IdentifiersCommand() {
        this(System.in);
    }

    /** For tests: the stream read when no values are given. */
    IdentifiersCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        IdentifierNormalizer normalizer = zeroSuppressedGtin
                ? IdentifierNormalizer.permittingZeroSuppressedGtinInDigitalLinks() : new IdentifierNormalizer();
        boolean allValid = true;
        if (!values.isEmpty()) {
            for (String value : values) {
                allValid &= report(normalizer, value, out);
            }
        } else {
            BufferedReader lines = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                // a list saved by a Windows tool starts with a byte-order mark, which is no part of the first value
                allValid &= report(normalizer, line.startsWith("\uFEFF") ? line.substring(1) : line, out);
            }
        }
        out.flush();
        return allValid ? 0 : 1;
    }

    /** Checks one value (blanks around it dropped, empty skipped) and prints the verdict; true unless it is invalid. */
    private boolean report(IdentifierNormalizer normalizer, String given, PrintWriter out) {
        String value = trimBlanks(given);
        if (value.isEmpty()) {
            return true;
        }
        Identified id = normalizer.identify(value);
        if (json) {
            out.println(toJson(id));
        } else {
            printRow(id, out);
        }
        out.flush(); // a line at a time, so a pipe sees each verdict as soon as it is made
        return id.valid();
    }

    /** Spaces and tabs around the value only: String.trim() would also drop a leading GS (FNC1 in first position). */
    static String trimBlanks(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isBlank(s.charAt(from))) {
            from++;
        }
        while (to > from && isBlank(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\r' || c == '\n';
    }

    static String toJson(Identified id) {
        ObjectNode node = JSON.createObjectNode();
        node.put("input", id.input());
        node.put("valid", id.valid());
        node.put("kind", id.kind());
        node.put("normalized", id.normalized());
        if (readAsAis(id)) {
            ObjectNode ais = node.putObject("ais");
            for (Map.Entry<String, String> ai : id.ais().entrySet()) {
                ais.put(ai.getKey(), ai.getValue());
            }
        }
        problems(node.putArray("errors"), id.errors());
        problems(node.putArray("warnings"), id.warnings());
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write a JSON tree of strings", e);
        }
    }

    /** Element strings and Digital Links (GLN and SSCC come by their AI too) carry an "ais" object. */
    private static boolean readAsAis(Identified id) {
        return switch (id.kind()) {
            case "GS1", "GLN", "SSCC" -> true;
            default -> false;
        };
    }

    private static void problems(ArrayNode array, List<IdentifierError> problems) {
        for (IdentifierError p : problems) {
            ObjectNode o = array.addObject();
            o.put("code", p.code());
            o.put("message", p.message());
            if (p.position() >= 0) {
                o.put("position", p.position());
            } else {
                o.putNull("position"); // the problem is with the value as a whole
            }
        }
    }

    private void printRow(Identified id, PrintWriter out) {
        String input = visible(id.input());
        String status = id.valid() ? "valid" : "INVALID";
        String normalized = id.normalized() == null ? "-" : visible(id.normalized());
        out.printf("%-8s %-8s %-" + INPUT_WIDTH + "s %s%n", status, id.kind(), input, normalized);
        for (IdentifierError e : id.errors()) {
            out.println(problemLine("error", e));
        }
        for (IdentifierError w : id.warnings()) {
            out.println(problemLine("warning", w));
        }
    }

    private static String problemLine(String what, IdentifierError e) {
        String at = e.position() >= 0 ? " at " + e.position() : "";
        return "         " + what + " " + e.code() + at + ": " + visible(e.message());
    }

    /** Control characters spelled out, e.g. GS (FNC1) as {@code <GS>}, so that a table shows what was scanned. */
    static String visible(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 0x04 -> sb.append("<EOT>");
                case 0x1C -> sb.append("<FS>");
                case 0x1D -> sb.append("<GS>");
                case 0x1E -> sb.append("<RS>");
                case 0x1F -> sb.append("<US>");
                default -> {
                    if (Character.isISOControl(c)) {
                        sb.append(String.format("<U+%04X>", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
