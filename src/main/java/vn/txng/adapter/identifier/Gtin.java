package vn.txng.adapter.identifier;

import java.util.ArrayList;
import java.util.List;

/** GTIN-8/12/13/14: check digit, normal 14-digit form, the portal's short form and prefix rules. */
public final class Gtin {
    private static final String ZEROS = "000000";

    private Gtin() {
    }

    /** Allocation-free check: 8, 12, 13 or 14 digits with a correct GS1 mod-10 check digit. */
    public static boolean isValid(CharSequence s) {
        int n = s.length();
        return (n == 8 || n == 12 || n == 13 || n == 14) && CheckDigit.isValidMod10(s, 0, n);
    }

    /** Full check of a raw GTIN (surrounding blanks trimmed), normalised to 14 digits. */
    static Checked<String> check(String raw) {
        if (raw == null) {
            return Checked.failed(new IdentifierError(ErrorCodes.EMPTY, -1, "GTIN is missing; give 8, 12, 13 or 14 digits"));
        }
        int from = Text.firstNonBlank(raw);
        int to = Text.endNonBlank(raw, from);
        if (from == to) {
            return Checked.failed(new IdentifierError(ErrorCodes.EMPTY, raw.isEmpty() ? -1 : 0,
                    "GTIN is empty; give 8, 12, 13 or 14 digits"));
        }
        IdentifierError syntax = syntax(raw, from, to, "GTIN");
        if (syntax != null) {
            return Checked.failed(syntax);
        }
        String gtin14 = ZEROS.substring(0, 14 - (to - from)) + raw.substring(from, to);
        List<IdentifierError> errors = new ArrayList<>(1);
        List<IdentifierError> warnings = new ArrayList<>(1);
        prefixRules(gtin14, from, errors, warnings);
        return Checked.of(gtin14, errors, warnings);
    }

    /** Digits, length and check digit of {@code raw[from, to)}; null when all hold. */
    static IdentifierError syntax(CharSequence raw, int from, int to, String what) {
        for (int i = from; i < to; i++) {
            if (!Text.isDigit(raw.charAt(i))) {
                return new IdentifierError(ErrorCodes.NOT_NUMERIC, i, what + " must contain digits only, but has "
                        + Text.show(raw.charAt(i)) + " at position " + i);
            }
        }
        int n = to - from;
        if (n != 8 && n != 12 && n != 13 && n != 14) {
            return new IdentifierError(ErrorCodes.BAD_LENGTH, from, what + " must have 8, 12, 13 or 14 digits, but has " + n);
        }
        return checkDigit(raw, from, to, what);
    }

    /** The mod-10 verdict on {@code raw[from, to)}, digits already known; null when correct. */
    static IdentifierError checkDigit(CharSequence raw, int from, int to, String what) {
        int expected = CheckDigit.mod10(raw, from, to - 1);
        int actual = raw.charAt(to - 1) - '0';
        if (expected == actual) {
            return null;
        }
        return new IdentifierError(ErrorCodes.BAD_CHECK_DIGIT, to - 1,
                what + " check digit is " + actual + " but should be " + expected + " (GS1 mod-10)");
    }

    /** Prefix classification: restricted circulation blocks the portal, the rest only warns. */
    static void prefixRules(String gtin14, int position, List<IdentifierError> errors, List<IdentifierError> warnings) {
        GtinPrefix prefix = GtinPrefixTable.instance().classify(gtin14);
        switch (prefix.kind()) {
            case RESTRICTED_CIRCULATION -> errors.add(new IdentifierError(ErrorCodes.RESTRICTED_CIRCULATION, position,
                    about(gtin14, prefix) + ", a restricted circulation number valid only inside a company or region; "
                            + "it is not accepted by the portal: use the product's GS1-allocated GTIN"));
            case DEMO -> warnings.add(new IdentifierError(ErrorCodes.DEMO_PREFIX, position,
                    about(gtin14, prefix) + ", reserved for demonstrations and examples; a real product cannot carry it"));
            case COUPON, REFUND_RECEIPT -> warnings.add(new IdentifierError(ErrorCodes.NOT_A_TRADE_ITEM, position,
                    about(gtin14, prefix) + " (" + prefix.allocatedTo()
                            + "), which identifies a coupon or receipt, not a trade item"));
            case RESERVED, UNKNOWN -> warnings.add(new IdentifierError(ErrorCodes.UNALLOCATED_PREFIX, position,
                    about(gtin14, prefix) + " (" + prefix.allocatedTo()
                            + "), which GS1 has not allocated to anyone; check the number"));
            default -> {
            }
        }
    }

    // built only when there is something to report: most GTINs pass and this is on every scan's path
    private static String about(String gtin14, GtinPrefix prefix) {
        return "GTIN " + gtin14 + " has GS1 prefix " + prefix.prefix();
    }

    /** The GS1 prefix classification of a valid 14-digit GTIN. */
    public static GtinPrefix prefix(String gtin14) {
        return GtinPrefixTable.instance().classify(gtin14);
    }

    /**
     * The portal's shortest registered form: GTIN-8 from 000000 + 8 digits, else drop one leading 0 (GTIN-13,
     * and GTIN-12 as its 13-digit form), else all 14 digits.
     */
    public static String portalForm(String gtin14) {
        if (gtin14 == null || gtin14.length() != 14) {
            throw new IllegalArgumentException("portal form needs a 14-digit GTIN, got " + gtin14);
        }
        if (gtin14.startsWith(ZEROS)) {
            return gtin14.substring(6);
        }
        return gtin14.charAt(0) == '0' ? gtin14.substring(1) : gtin14;
    }
}
