package vn.txng.adapter.identifier;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Percent-decoding of URI segments (RFC 3986), without java.net.URLDecoder's '+' as space. */
final class PercentDecoding {
    private PercentDecoding() {
    }

    static String decode(String s, int from, int to, List<IdentifierError> errors) {
        if (s.indexOf('%', from) < 0 || s.indexOf('%', from) >= to) {
            return s.substring(from, to);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != '%') {
                bytes.write(c);
            } else if (i + 2 < to) {
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    errors.add(bad(i));
                    return s.substring(from, to);
                }
                bytes.write(hi << 4 | lo);
                i += 2;
            } else {
                errors.add(bad(i));
                return s.substring(from, to);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static IdentifierError bad(int at) {
        return new IdentifierError(ErrorCodes.BAD_DIGITAL_LINK, at,
                "'%' at position " + at + " is not followed by two hexadecimal digits (URI percent-encoding)");
    }
}
