package vn.txng.adapter.portal;

import vn.txng.adapter.identifier.CheckDigit;
import vn.txng.adapter.identifier.IdentifierNormalizer;

/**
 * The GTIN forms the portal profile and its sandbox need, on top of the identifier rules. Public
 * only because the sandbox (a subpackage) validates with it.
 */
public final class GtinForms {

    private GtinForms() {
    }

    /** True when {@code digits} is all ASCII digits and its last digit is the GS1 mod-10 check digit. */
    public static boolean hasValidCheckDigit(String digits) {
        return digits != null && CheckDigit.isValidMod10(digits, 0, digits.length());
    }

    /** A GTIN-8/12/13/14 padded to 14 digits, or null when it is not 8, 12, 13 or 14 digits. */
    public static String gtin14(String gtin) {
        if (gtin == null || !allDigits(gtin)) {
            return null;
        }
        return switch (gtin.length()) {
            case 8, 12, 13, 14 -> "0".repeat(14 - gtin.length()) + gtin;
            default -> null;
        };
    }

    /** The portal's shortest registered form of a 14-digit GTIN (see {@link IdentifierNormalizer#portalGtin}). */
    public static String shortestForm(String gtin14) {
        if (gtin14 == null || gtin14.length() != 14 || !allDigits(gtin14)) {
            throw new IllegalArgumentException("not a 14-digit GTIN: " + gtin14);
        }
        return IdentifierNormalizer.portalGtin(gtin14);
    }

    /** True for a 13-digit GLN with a correct check digit. */
    public static boolean isValidGln(String gln) {
        return gln != null && gln.length() == 13 && hasValidCheckDigit(gln);
    }

    static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !text.isEmpty();
    }
}
