package vn.txng.adapter.identifier;

/**
 * GS1 check characters, computed straight on the characters (no allocation: this is the hot path).
 */
public final class CheckDigit {
    // csumalpha: the 32 characters a GMN check pair may use, and the weights (primes, right to left)
    private static final String CHECK_PAIR_CHARS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int[] PRIMES = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71,
            73, 79, 83, 89, 97, 101, 103, 107, 109, 113};

    private CheckDigit() {
    }

    /**
     * GS1 mod-10 check digit of the digits in {@code [from, to)}: weights 3 and 1 alternate from the
     * rightmost digit, the check digit brings the sum to a multiple of 10. Returns -1 on a non-digit.
     */
    public static int mod10(CharSequence s, int from, int to) {
        int sum = 0;
        boolean three = true;
        for (int i = to - 1; i >= from; i--) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            sum += three ? 3 * d : d;
            three = !three;
        }
        return (10 - sum % 10) % 10;
    }

    /** True when {@code [from, to)} is all digits and its last digit is the mod-10 check of the others. */
    public static boolean isValidMod10(CharSequence s, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        int expected = mod10(s, from, to - 1);
        return expected >= 0 && s.charAt(to - 1) - '0' == expected;
    }

    /**
     * The GS1 csumalpha check pair (AI 8013 GMN, 8014 MUDI) of {@code [from, to)}, as two characters packed in an int
     * ({@code first << 16 | second}), or -1 if a character is outside CSET 82.
     */
    public static int checkPair(CharSequence s, int from, int to) {
        int sum = 0;
        int weight = 0;
        for (int i = to - 1; i >= from; i--, weight++) {
            int v = CharacterSet.cset82Index(s.charAt(i));
            if (v < 0 || weight >= PRIMES.length) {
                return -1;
            }
            sum += v * PRIMES[weight];
        }
        sum %= 1021;
        return CHECK_PAIR_CHARS.charAt(sum >> 5) << 16 | CHECK_PAIR_CHARS.charAt(sum & 31);
    }

    /** True when the last two characters of {@code [from, to)} are the csumalpha pair of the others. */
    public static boolean isValidCheckPair(CharSequence s, int from, int to) {
        if (to - from < 3) {
            return false;
        }
        int pair = checkPair(s, from, to - 2);
        return pair >= 0 && s.charAt(to - 2) == (char) (pair >>> 16) && s.charAt(to - 1) == (char) (pair & 0xFFFF);
    }
}
