package vn.txng.adapter.identifier;

/** The ISO/IEC 15424 symbology identifiers a scanner may put in front of the data ("]" + letter + modifier). */
public enum SymbologyIdentifier {
    GS1_128("]C1", Carries.GS1_AI_DATA),
    GS1_DATABAR("]e0", Carries.GS1_AI_DATA),
    GS1_DATAMATRIX("]d2", Carries.GS1_AI_DATA),
    GS1_QR("]Q3", Carries.GS1_AI_DATA),
    GS1_DOTCODE("]J1", Carries.GS1_AI_DATA),
    EAN_13("]E0", Carries.PLAIN_GTIN),
    EAN_8("]E4", Carries.PLAIN_GTIN),
    CODE_128("]C0", Carries.PLAIN),
    DATAMATRIX("]d1", Carries.PLAIN),
    QR("]Q1", Carries.PLAIN),
    DOTCODE("]J0", Carries.PLAIN);

    /** What kind of data follows the identifier. */
    public enum Carries { GS1_AI_DATA, PLAIN_GTIN, PLAIN }

    private static final SymbologyIdentifier[] ALL = values(); // values() clones on every call

    private final String prefix;
    private final Carries carries;

    SymbologyIdentifier(String prefix, Carries carries) {
        this.prefix = prefix;
        this.carries = carries;
    }

    public String prefix() {
        return prefix;
    }

    public Carries carries() {
        return carries;
    }

    /** Whether a GS1 Digital Link URI may follow: only plain-data 2D symbols (]Q1, ]d1, ]J0), never ]C0 nor AI data. */
    public boolean carriesUri() {
        return carries == Carries.PLAIN && this != CODE_128;
    }

    /** The identifier at {@code s[at]}, or null when none of the known ones starts there. */
    public static SymbologyIdentifier at(CharSequence s, int at) {
        if (at + 3 > s.length() || s.charAt(at) != ']') {
            return null;
        }
        for (SymbologyIdentifier id : ALL) {
            if (s.charAt(at + 1) == id.prefix.charAt(1) && s.charAt(at + 2) == id.prefix.charAt(2)) {
                return id;
            }
        }
        return null;
    }
}
