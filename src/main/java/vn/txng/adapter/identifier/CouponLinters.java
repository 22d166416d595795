package vn.txng.adapter.identifier;

/**
 * North American coupon codes (AI 8110) and positive offer files (AI 8112): the length-prefixed numeric
 * fields of their mandatory part. The optional fields of 8110 are checked for digits only.
 */
final class CouponLinters {
    private CouponLinters() {
    }

    /** 8112: format 0|1, funder VLI 0-6 + 6+VLI digits, offer code 6, serial VLI 0-9 + 6+VLI digits. */
    static Linter.Violation positiveOffer(CharSequence v, int from, int to) {
        Linter.Violation digits = digitsOnly(v, from, to);
        if (digits != null) {
            return digits;
        }
        int at = from;
        if (v.charAt(at) > '1') {
            return bad(at, "coupon format code must be 0 or 1");
        }
        at = field(v, at + 1, to, 6, 6);
        at = at < 0 ? at : fixed(at, to, 6);
        at = at < 0 ? at : field(v, at, to, 9, 6);
        if (at < 0) {
            return bad(from, "ends before its funder ID, offer code and serial number are complete");
        }
        return at == to ? null : bad(at, "has characters after the serial number");
    }

    /** 8110: company prefix VLI 0-6 + 6+VLI digits, offer code 6, save value VLI 1-5, requirement VLI 1-5 + code + family. */
    static Linter.Violation couponCode(CharSequence v, int from, int to) {
        Linter.Violation digits = digitsOnly(v, from, to);
        if (digits != null) {
            return digits;
        }
        int at = field(v, from, to, 6, 6);
        at = at < 0 ? at : fixed(at, to, 6);
        at = at < 0 ? at : field(v, at, to, 5, 0);
        at = at < 0 ? at : field(v, at, to, 5, 0);
        at = at < 0 ? at : fixed(at, to, 4); // requirement code 1 digit + family code 3 digits
        return at < 0 ? bad(from, "ends before its mandatory fields (company prefix, offer code, save value, "
                + "purchase requirement, requirement code, family code) are complete") : null;
    }

    /** A VLI digit (at most {@code maxVli}) and the {@code base + VLI} digits it announces; -1 if cut short. */
    private static int field(CharSequence v, int at, int to, int maxVli, int base) {
        if (at >= to || v.charAt(at) - '0' > maxVli) {
            return -1;
        }
        return fixed(at + 1, to, base + v.charAt(at) - '0');
    }

    private static int fixed(int at, int to, int length) {
        return at + length <= to ? at + length : -1;
    }

    private static Linter.Violation digitsOnly(CharSequence v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Text.isDigit(v.charAt(i))) {
                return new Linter.Violation(ErrorCodes.NOT_NUMERIC, i, "has " + Text.show(v.charAt(i))
                        + "; a coupon code is made of digits only");
            }
        }
        return null;
    }

    private static Linter.Violation bad(int at, String problem) {
        return new Linter.Violation(ErrorCodes.BAD_VALUE, at, "is not a valid coupon code: " + problem);
    }
}
