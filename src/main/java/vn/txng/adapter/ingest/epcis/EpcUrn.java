package vn.txng.adapter.ingest.epcis;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import vn.txng.adapter.identifier.CheckDigit;

/**
 * EPC URNs (GS1 EPC Tag Data Standard 2.0, sections 6 and 7) as the GS1 element strings of the same identifiers:
 * {@code urn:epc:id:sgtin:0614141.107346.2017} -> {@code (01)10614141073464(21)2017},
 * {@code urn:epc:class:lgtin:4012345.012345.998877} -> {@code (01)04012345123456(10)998877},
 * {@code urn:epc:idpat:sgtin:4012345.066666.*} -> {@code (01)04012345666663},
 * {@code urn:epc:id:sscc:0614141.1234567890} -> {@code (00)106141412345678908},
 * {@code urn:epc:id:sgln:0614141.12345.400} -> {@code (414)0614141123452(254)400} (extension {@code 0}: none),
 * {@code urn:epc:id:pgln:} -> {@code (417)}, {@code urn:epc:id:gdti:} -> {@code (253)}, {@code urn:epc:id:giai:} ->
 * {@code (8004)}. The company prefix's length is where the first dot is; the check digit is computed (a URN has none).
 * Serials and lots are un-escaped (TDS section 5: {@code %2F} ...). Values are not checked here beyond the URN's
 * own layout: the element string is checked like any scan afterwards.
 */
final class EpcUrn {

    private EpcUrn() {
    }

    /** True when {@code value} is an EPC URN of any scheme ({@code urn:epc:id:}, {@code urn:epc:class:}, {@code urn:epc:idpat:}). */
    static boolean isEpcUrn(String value) {
        return value.startsWith("urn:epc:id:") || value.startsWith("urn:epc:class:") || value.startsWith("urn:epc:idpat:");
    }

    /**
     * The bracketed element string of an EPC URN, or null when its scheme is one the adapter does not convert
     * (GRAI, GSRN, ...: no trace code of the portal's).
     *
     * @throws IllegalArgumentException saying what is wrong with the URN's layout
     */
    static String elementString(String urn) {
        int schemeEnd = urn.indexOf(':', urn.indexOf(':', 4) + 1);
        int bodyStart = urn.indexOf(':', schemeEnd + 1);
        if (schemeEnd < 0 || bodyStart < 0) {
            throw new IllegalArgumentException("'" + urn + "' is no EPC URN (urn:epc:id:<scheme>:<company prefix>.<reference>...)");
        }
        String scheme = urn.substring(0, bodyStart + 1);
        String[] parts = urn.substring(bodyStart + 1).split("\\.", -1);
        return switch (scheme) {
            case "urn:epc:id:sgtin:" -> "(01)" + gtin(urn, parts, 3) + "(21)" + escapedValue(unescape(parts[2]));
            case "urn:epc:class:lgtin:" -> "(01)" + gtin(urn, parts, 3) + "(10)" + escapedValue(unescape(parts[2]));
            case "urn:epc:idpat:sgtin:" -> {
                if (parts.length != 3 || !"*".equals(parts[2])) {
                    throw new IllegalArgumentException("'" + urn + "' is no class pattern: it needs <company prefix>.<item reference>.*");
                }
                yield "(01)" + gtin(urn, parts, 3);
            }
            case "urn:epc:id:sscc:" -> "(00)" + indicatorKey(urn, parts, 2, 17);
            case "urn:epc:id:sgln:" -> {
                String gln = key(urn, parts, 3, 12);
                String extension = unescape(parts[2]);
                yield "(414)" + gln + ("0".equals(extension) ? "" : "(254)" + escapedValue(extension));
            }
            case "urn:epc:id:pgln:" -> "(417)" + key(urn, parts, 2, 12);
            case "urn:epc:id:gdti:" -> "(253)" + key(urn, parts, 3, 12) + escapedValue(unescape(parts[2]));
            case "urn:epc:id:giai:" -> {
                digits(urn, parts, 2, 0);
                yield "(8004)" + parts[0] + escapedValue(unescape(parts[1]));
            }
            default -> null;
        };
    }

    /** GTIN-14 of an SGTIN/LGTIN: the indicator (first digit of the item reference) goes in front. */
    private static String gtin(String urn, String[] parts, int count) {
        return indicatorKey(urn, parts, count, 13);
    }

    /** A key whose first digit of the reference leads (GTIN indicator, SSCC extension digit), with its check digit. */
    private static String indicatorKey(String urn, String[] parts, int count, int digits) {
        digits(urn, parts, count, digits);
        String body = parts[1].charAt(0) + parts[0] + parts[1].substring(1);
        return body + CheckDigit.mod10(body, 0, body.length());
    }

    /** A key of company prefix then reference (GLN, GDTI's document type), with its check digit. */
    private static String key(String urn, String[] parts, int count, int digits) {
        digits(urn, parts, count, digits);
        String body = parts[0] + parts[1];
        return body + CheckDigit.mod10(body, 0, body.length());
    }

    /** The URN has {@code count} parts and the first two are digits, {@code digits} together (0: any length). */
    private static void digits(String urn, String[] parts, int count, int digits) {
        if (parts.length != count) {
            throw new IllegalArgumentException("'" + urn + "' has " + parts.length + " dot-separated parts after its scheme; "
                    + "it needs " + count);
        }
        String prefix = parts[0];
        if (prefix.length() < 6 || prefix.length() > 12 || !allDigits(prefix)) {
            throw new IllegalArgumentException("'" + urn + "': the GS1 company prefix '" + prefix + "' must be 6 to 12 digits");
        }
        if (digits > 0 && (!allDigits(parts[1]) || prefix.length() + parts[1].length() != digits)) {
            throw new IllegalArgumentException("'" + urn + "': company prefix and reference '" + prefix + "." + parts[1]
                    + "' must be " + digits + " digits together");
        }
    }

    private static boolean allDigits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** A value inside a bracketed element string: an '(' is escaped so it does not open an AI. */
    private static String escapedValue(String value) {
        return value.replace("(", "\\(");
    }

    /** TDS 2.0 section 5: a serial or lot in a URN escapes '"', '%', '&', '/', '<', '>', '?' as %XX. */
    private static String unescape(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length()) {
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high >= 0 && low >= 0) {
                    bytes.write(high * 16 + low);
                    i += 2;
                    continue;
                }
            }
            bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
