package vn.txng.adapter.identifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The ISO/IEC 15459-2 Issuing Agency Codes (resource issuing-agencies.tsv), matched by longest prefix. */
public final class IssuingAgencyRegister {
    private static final IssuingAgencyRegister INSTANCE = load();

    private final Map<String, String> agencies;
    private final int longest;

    private IssuingAgencyRegister(Map<String, String> agencies) {
        this.agencies = Map.copyOf(agencies);
        this.longest = agencies.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    public static IssuingAgencyRegister instance() {
        return INSTANCE;
    }

    /** The longest IAC that {@code s[from, to)} starts with, or null. */
    public String match(CharSequence s, int from, int to) {
        for (int n = Math.min(longest, to - from); n >= 1; n--) {
            String candidate = s.subSequence(from, from + n).toString();
            if (agencies.containsKey(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The issuing agency of an IAC, or null. */
    public String agency(String iac) {
        return agencies.get(iac);
    }

    /** Short listing for messages: "0-9 (GS1), LA (JIPDEC/CII (Japan)), ...". */
    public String describe() {
        StringBuilder sb = new StringBuilder("0-9 (GS1)");
        agencies.entrySet().stream().filter(e -> !Text.isDigit(e.getKey().charAt(0)))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> sb.append(", ").append(e.getKey()).append(" (").append(e.getValue()).append(')'));
        return sb.toString();
    }

    private static IssuingAgencyRegister load() {
        try (InputStream in = IssuingAgencyRegister.class.getResourceAsStream("issuing-agencies.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource issuing-agencies.tsv missing from the identifier package");
            }
            Map<String, String> agencies = new LinkedHashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t", 2);
                    agencies.put(f[0].trim(), f[1].trim());
                }
            }
            return new IssuingAgencyRegister(agencies);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read issuing-agencies.tsv", e);
        }
    }
}
