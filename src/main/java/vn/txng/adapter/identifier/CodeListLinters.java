package vn.txng.adapter.identifier;

import java.util.Currency;
import java.util.Set;

/** Values that must come from a code list: countries, currencies, media types and the small enumerations. */
final class CodeListLinters {
    private static final java.util.BitSet CURRENCIES = currencies();

    private CodeListLinters() {
    }

    static Linter.Violation iso3166(CharSequence v, int from, int to) {
        return CountryCodes.isNumeric(v, from) ? null : badCountry(v, from, to, "");
    }

    static Linter.Violation iso3166or999(CharSequence v, int from, int to) {
        boolean unknown = v.charAt(from) == '9' && v.charAt(from + 1) == '9' && v.charAt(from + 2) == '9';
        return unknown || CountryCodes.isNumeric(v, from) ? null : badCountry(v, from, to, " or 999 (country unknown)");
    }

    private static Linter.Violation badCountry(CharSequence v, int from, int to, String alternative) {
        return new Linter.Violation(ErrorCodes.BAD_COUNTRY, from, "has country code " + v.subSequence(from, to)
                + ", which is not an ISO 3166-1 numeric country code" + alternative + " (704 is Viet Nam)");
    }

    static Linter.Violation iso3166alpha2(CharSequence v, int from, int to) {
        return CountryCodes.isAlpha2(v.subSequence(from, to).toString()) ? null
                : new Linter.Violation(ErrorCodes.BAD_COUNTRY, from, "has country code " + v.subSequence(from, to)
                + ", which is not an ISO 3166-1 alpha-2 country code (VN is Viet Nam)");
    }

    static Linter.Violation iso4217(CharSequence v, int from, int to) {
        if (CURRENCIES.get(Integer.parseInt(v, from, to, 10))) {
            return null;
        }
        return new Linter.Violation(ErrorCodes.BAD_CURRENCY, from, "has currency code " + v.subSequence(from, to)
                + ", which is not an ISO 4217 numeric currency code (704 is the Vietnamese dong)");
    }

    static Linter.Violation iso5218(CharSequence v, int from, int to) {
        return oneOf(v, from, to, Set.of("0", "1", "2", "9"), "an ISO/IEC 5218 sex code (0, 1, 2 or 9)");
    }

    static Linter.Violation mediaType(CharSequence v, int from, int to) {
        int n = Integer.parseInt(v, from, to, 10);
        return (n >= 1 && n <= 10) || n >= 80 ? null : new Linter.Violation(ErrorCodes.BAD_VALUE, from,
                "has AIDC media type " + v.subSequence(from, to) + "; the defined types are 01-10 and 80-99");
    }

    /** UN/ECE Recommendation 21 package type: checked for shape only (2-3 upper-case letters or digits). */
    static Linter.Violation packageType(CharSequence v, int from, int to) {
        boolean shape = to - from >= 2 && to - from <= 3;
        for (int i = from; shape && i < to; i++) {
            char c = v.charAt(i);
            shape = (c >= 'A' && c <= 'Z') || Text.isDigit(c);
        }
        return shape ? null : new Linter.Violation(ErrorCodes.BAD_VALUE, from, "has package type "
                + v.subSequence(from, to) + "; a UN/ECE Recommendation 21 code is 2-3 upper-case letters or digits");
    }

    static Linter.Violation yesNo(CharSequence v, int from, int to) {
        return oneOf(v, from, to, Set.of("0", "1"), "0 (no) or 1 (yes)");
    }

    static Linter.Violation winding(CharSequence v, int from, int to) {
        return oneOf(v, from, to, Set.of("0", "1", "9"), "a winding direction: 0 (face out), 1 (face in) or 9 (undefined)");
    }

    static Linter.Violation zero(CharSequence v, int from, int to) {
        return oneOf(v, from, to, Set.of("0"), "the digit 0");
    }

    static Linter.Violation hyphen(CharSequence v, int from, int to) {
        return oneOf(v, from, to, Set.of("-"), "a hyphen '-' (meaning a negative temperature)");
    }

    static Linter.Violation nonZero(CharSequence v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (v.charAt(i) != '0') {
                return null;
            }
        }
        return new Linter.Violation(ErrorCodes.BAD_VALUE, from, "has " + v.subSequence(from, to)
                + " where the value must not be zero");
    }

    /** ISO 4217 numeric codes as the JDK knows them (its currency data follows the ISO maintenance agency). */
    private static java.util.BitSet currencies() {
        java.util.BitSet codes = new java.util.BitSet(1000);
        for (Currency c : Currency.getAvailableCurrencies()) {
            if (c.getNumericCode() > 0) {
                codes.set(c.getNumericCode());
            }
        }
        return codes;
    }

    private static Linter.Violation oneOf(CharSequence v, int from, int to, Set<String> allowed, String what) {
        String s = v.subSequence(from, to).toString();
        return allowed.contains(s) ? null
                : new Linter.Violation(ErrorCodes.BAD_VALUE, from, "has '" + s + "' where it must be " + what);
    }
}
