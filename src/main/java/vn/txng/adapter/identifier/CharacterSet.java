package vn.txng.adapter.identifier;

/** The character sets of the GS1 syntax dictionary: N (digits), X (CSET 82), Y (CSET 39), Z (base64url). */
public enum CharacterSet {
    N("digits 0-9"),
    X("GS1 AI encodable character set 82"),
    Y("GS1 AI encodable character set 39"),
    Z("base64url (A-Z a-z 0-9 - _ =)");

    // CSET 82 in its defined order: the order gives each character its csumalpha value
    private static final String CSET82 =
            "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
    private static final String CSET39 = "#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=";
    private static final byte[] CSET82_INDEX = index(CSET82);
    private static final byte[] CSET39_INDEX = index(CSET39);
    private static final byte[] BASE64URL_INDEX = index(BASE64URL);

    private final String description;

    CharacterSet(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public boolean contains(char c) {
        return switch (this) {
            case N -> c >= '0' && c <= '9';
            case X -> cset82Index(c) >= 0;
            case Y -> c < 128 && CSET39_INDEX[c] >= 0;
            case Z -> c < 128 && BASE64URL_INDEX[c] >= 0;
        };
    }

    /** Offset of the first character in {@code [from, to)} outside this set, or -1 if all belong. */
    public int firstInvalid(CharSequence s, int from, int to) {
        if (this == N) { // digits need no table; the others look each character up in theirs
            for (int i = from; i < to; i++) {
                if (!Text.isDigit(s.charAt(i))) {
                    return i;
                }
            }
            return -1;
        }
        byte[] index = this == X ? CSET82_INDEX : this == Y ? CSET39_INDEX : BASE64URL_INDEX;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 128 || index[c] < 0) {
                return i;
            }
        }
        return -1;
    }

    /** Position of {@code c} in CSET 82 (its csumalpha value), or -1 if it is not in CSET 82. */
    public static int cset82Index(char c) {
        return c < 128 ? CSET82_INDEX[c] : -1;
    }

    public static CharacterSet of(char letter) {
        return valueOf(String.valueOf(letter));
    }

    private static byte[] index(String chars) {
        byte[] index = new byte[128];
        java.util.Arrays.fill(index, (byte) -1);
        for (int i = 0; i < chars.length(); i++) {
            index[chars.charAt(i)] = (byte) i;
        }
        return index;
    }
}
