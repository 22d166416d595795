package vn.txng.adapter.portal;

/**
 * GS1 mod-10 check digits and the GTIN forms the portal profile needs. Public only because the
 * sandbox (a subpackage) validates with it.
 */
// TODO: use identifier.IdentifierNormalizer once merged
public final class GtinForms {

    private GtinForms() {
    }

    /** True when {@code digits} is all ASCII digits and its last digit is the GS1 mod-10 check digit. */
    public static boolean hasValidCheckDigit(String digits) {
        if (digits == null || digits.length() < 2 || !allDigits(digits)) {
            return false;
        }
        int last = digits.length() - 1;
        return checkDigit(digits.substring(0, last)) == digits.charAt(last) - '0';
    }

    /** The GS1 mod-10 check digit of {@code body} (weights 3,1,3,... from the right). */
    public static int checkDigit(String body) {
        int sum = 0;
        for (int i = body.length() - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (body.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10;
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

    /**
     * The shortest registered form of a 14-digit GTIN: drop the leading {@code 000000} of a
     * GTIN-8, else drop one leading {@code 0} (GTIN-13, and GTIN-12 as its 13-digit form), else
     * keep all 14.
     */
    public static String shortestForm(String gtin14) {
        if (gtin14 == null || gtin14.length() != 14 || !allDigits(gtin14)) {
            throw new IllegalArgumentException("not a 14-digit GTIN: " + gtin14);
        }
        if (gtin14.startsWith("000000")) {
            return gtin14.substring(6);
        }
        return gtin14.charAt(0) == '0' ? gtin14.substring(1) : gtin14;
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
