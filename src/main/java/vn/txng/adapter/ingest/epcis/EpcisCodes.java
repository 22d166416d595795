package vn.txng.adapter.ingest.epcis;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import vn.txng.adapter.identifier.Checked;
import vn.txng.adapter.identifier.ElementString;
import vn.txng.adapter.identifier.IdentifierError;
import vn.txng.adapter.identifier.IdentifierNormalizer;

/**
 * The identifiers of an EPCIS event (EPCs, EPC classes, locations, parties) as GS1 element strings, checked like any
 * scan: an EPC URN ({@link EpcUrn}) or a GS1 Digital Link URI on any host. Also their constrained canonical Digital
 * Link (CBV 2.0 section 8.9, the event hash's normal form).
 */
final class EpcisCodes {

    private static final String CANONICAL_HOST = "https://id.gs1.org";

    /**
     * How many codes each memo keeps before it starts again. An event's codes are read twice (for its hash ID and for its
     * records), and a document names the same places, parties and lots in event after event: remembering the last few
     * thousand halves the identifier checks of an event and skips most of the rest, in bounded memory.
     */
    static final int MEMO_SIZE = 4096;

    private final IdentifierNormalizer identifiers;
    private final Map<String, Checked<ElementString>> readMemo = new ConcurrentHashMap<>();
    private final Map<String, String> canonicalMemo = new ConcurrentHashMap<>();

    EpcisCodes(IdentifierNormalizer identifiers) {
        this.identifiers = identifiers;
    }

    /** {@code compute} of {@code value}, remembered in {@code memo}; the memo is emptied when full (thread-safe: mappers are shared by sources). */
    private static <T> T remembered(Map<String, T> memo, String value, Function<String, T> compute) {
        T known = memo.get(value);
        if (known != null) {
            return known;
        }
        T computed = compute.apply(value);
        if (memo.size() >= MEMO_SIZE) {
            memo.clear();
        }
        memo.put(value, computed);
        return computed;
    }

    /**
     * The element string of {@code value}: checked (check digits, lengths, character sets) like any scan; a value that
     * is neither an EPC URN nor a Digital Link URI, or a URN of a scheme without a trace code, is an error.
     */
    Checked<ElementString> read(String value) {
        return value == null ? readUnremembered(null) : remembered(readMemo, value, this::readUnremembered);
    }

    private Checked<ElementString> readUnremembered(String value) {
        String text = value == null ? "" : value.strip();
        if (EpcUrn.isEpcUrn(text)) {
            String elementString;
            try {
                elementString = EpcUrn.elementString(text);
            } catch (IllegalArgumentException e) {
                return Checked.failed(new IdentifierError("BAD_EPC_URN", 0, e.getMessage()));
            }
            if (elementString == null) {
                return Checked.failed(new IdentifierError("UNSUPPORTED_EPC", 0, "'" + text
                        + "' is an EPC of a scheme without a trace code (the adapter reads sgtin, lgtin, sscc, sgln, pgln, gdti, giai)"));
            }
            return identifiers.elementString(elementString);
        }
        if (text.startsWith("http://") || text.startsWith("https://")) {
            return identifiers.elementString(text);
        }
        return Checked.failed(new IdentifierError("NOT_AN_EPC", 0, "'" + text
                + "' is neither an EPC URN (urn:epc:...) nor a GS1 Digital Link URI (https://.../01/...)"));
    }

    /**
     * The constrained canonical GS1 Digital Link of {@code value} (host {@code https://id.gs1.org}, no query, only the
     * finest key and qualifier: 00, 01, 01 21, 01 10, 01 235, 253, 255, 401, 402, 414, 414 254, 417, 8003, 8004, 8006,
     * 8006 21, 8006 10, 8010, 8010 8011, 8017, 8018), or {@code value} stripped when it is not a GS1 identifier.
     */
    String canonicalDigitalLink(String value) {
        return remembered(canonicalMemo, value, this::canonicalUnremembered);
    }

    private String canonicalUnremembered(String value) {
        String text = value.strip();
        if (!EpcUrn.isEpcUrn(text) && !text.startsWith("http://") && !text.startsWith("https://")) {
            return text;
        }
        Checked<ElementString> read = read(text);
        if (!read.valid()) {
            return text;
        }
        ElementString ais = read.value();
        for (List<String> keys : List.of(List.of("00"), List.of("01", "21", "10", "235"), List.of("253"), List.of("255"),
                List.of("401"), List.of("402"), List.of("414", "254"), List.of("417"), List.of("8003"), List.of("8004"),
                List.of("8006", "21", "10"), List.of("8010", "8011"), List.of("8017"), List.of("8018"))) {
            String key = ais.get(keys.get(0));
            if (key != null) {
                StringBuilder link = new StringBuilder(CANONICAL_HOST).append('/').append(keys.get(0)).append('/').append(encode(key));
                for (String qualifier : keys.subList(1, keys.size())) {
                    if (ais.get(qualifier) != null) {
                        link.append('/').append(qualifier).append('/').append(encode(ais.get(qualifier)));
                        break; // the finest qualifier only
                    }
                }
                return link.toString();
            }
        }
        return text;
    }

    /** GS1 Digital Link path encoding: everything but RFC 3986 unreserved characters is %XX. */
    private static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
