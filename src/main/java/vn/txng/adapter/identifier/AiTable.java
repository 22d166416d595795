package vn.txng.adapter.identifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every GS1 AI (resource application-identifiers.txt), looked up by the characters of the input without
 * allocating: the first two digits fix the AI's length, the digits index a flat array.
 */
public final class AiTable {
    private static final AiTable INSTANCE = load();

    private final ApplicationIdentifier[] byKey = new ApplicationIdentifier[10_000];
    private final byte[] lengthByPrefix = new byte[100];
    private final Map<String, ApplicationIdentifier> byCode;

    private AiTable(Map<String, ApplicationIdentifier> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
        for (ApplicationIdentifier ai : byCode.values()) {
            int prefix = Integer.parseInt(ai.code().substring(0, 2));
            if (lengthByPrefix[prefix] != 0 && lengthByPrefix[prefix] != ai.code().length()) {
                throw new IllegalStateException("AIs starting " + ai.code().substring(0, 2) + " differ in length");
            }
            lengthByPrefix[prefix] = (byte) ai.code().length();
            byKey[key(ai.code(), 0, ai.code().length())] = ai;
        }
    }

    public static AiTable instance() {
        return INSTANCE;
    }

    /** The AI with exactly this code, or null. */
    public ApplicationIdentifier get(String code) {
        return byCode.get(code);
    }

    public Collection<ApplicationIdentifier> all() {
        return byCode.values();
    }

    /** Length of the AIs that start with the two digits at {@code at}, or 0 when no AI starts so. */
    int lengthAt(CharSequence s, int at) {
        if (at + 2 > s.length() || !Text.isDigit(s.charAt(at)) || !Text.isDigit(s.charAt(at + 1))) {
            return 0;
        }
        return lengthByPrefix[(s.charAt(at) - '0') * 10 + s.charAt(at + 1) - '0'];
    }

    /** The AI whose code is {@code s[at, at + length)}, or null. */
    ApplicationIdentifier at(CharSequence s, int at, int length) {
        return at + length <= s.length() && Text.allDigits(s, at, at + length) ? byKey[key(s, at, length)] : null;
    }

    /** Digits padded on the right to four: unique because the first two digits fix the length. */
    private static int key(CharSequence s, int at, int length) {
        int k = 0;
        for (int i = 0; i < 4; i++) {
            k = k * 10 + (i < length ? s.charAt(at + i) - '0' : 0);
        }
        return k;
    }

    private static AiTable load() {
        try (InputStream in = AiTable.class.getResourceAsStream("application-identifiers.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource application-identifiers.txt missing from the identifier package");
            }
            Map<String, ApplicationIdentifier> byCode = new LinkedHashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    for (ApplicationIdentifier ai : AiTableLine.parse(line)) {
                        byCode.put(ai.code(), ai);
                    }
                }
            }
            return new AiTable(byCode);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read application-identifiers.txt", e);
        }
    }

    /** Codes of all AIs, in table order (for tests and listings). */
    public List<String> codes() {
        return new ArrayList<>(byCode.keySet());
    }
}
