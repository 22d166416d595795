package vn.txng.adapter.identifier;

/** IBAN (ISO 13616, AI 8007): country, two check digits, upper-case letters and digits, mod-97 = 1. */
final class Iban {
    private Iban() {
    }

    static Linter.Violation check(CharSequence v, int from, int to) {
        if (to - from < 5) {
            return new Linter.Violation(ErrorCodes.BAD_LENGTH, from, "is too short for an IBAN (at least 5 characters)");
        }
        if (!CountryCodes.isAlpha2(v.subSequence(from, from + 2).toString())) {
            return new Linter.Violation(ErrorCodes.BAD_COUNTRY, from, "starts with " + v.subSequence(from, from + 2)
                    + ", which is not an ISO 3166-1 alpha-2 country code as an IBAN must");
        }
        if (!Text.allDigits(v, from + 2, from + 4)) {
            return new Linter.Violation(ErrorCodes.NOT_NUMERIC, from + 2, "must have two check digits after the country code");
        }
        int remainder = 0;
        for (int k = 0; k < to - from; k++) {
            int i = from + (k + 4) % (to - from); // the first four characters move to the end
            char c = v.charAt(i);
            if (Text.isDigit(c)) {
                remainder = (remainder * 10 + (c - '0')) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            } else {
                return new Linter.Violation(ErrorCodes.BAD_CHARACTER, i, "has " + Text.show(c)
                        + "; an IBAN holds only upper-case letters and digits");
            }
        }
        return remainder == 1 ? null : new Linter.Violation(ErrorCodes.BAD_CHECK_DIGIT, from + 2,
                "has IBAN check digits " + v.subSequence(from + 2, from + 4) + " that do not match (ISO 13616 mod-97)");
    }
}
