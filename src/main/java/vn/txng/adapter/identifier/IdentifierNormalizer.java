package vn.txng.adapter.identifier;

/**
 * The facade: checks and normalises every identifier the adapter meets. Stateless, thread-safe, cheap to construct.
 * Hand-written: no maintained Java library implements the GS1 syntax-dictionary rules together with 25T.
 */
public final class IdentifierNormalizer {
    private final boolean zeroSuppressedGtinInDigitalLinks;

    /** The default rules, those of GS1's Barcode Syntax Engine with its default settings. */
    public IdentifierNormalizer() {
        this(false);
    }

    private IdentifierNormalizer(boolean zeroSuppressedGtinInDigitalLinks) {
        this.zeroSuppressedGtinInDigitalLinks = zeroSuppressedGtinInDigitalLinks;
    }

    /**
     * The default rules, except that a Digital Link path may carry a zero-suppressed GTIN-8, -12 or -13 (legacy
     * links such as {@code /01/9520123456788}), read as its 14 digits; the Barcode Syntax Engine's
     * "permit zero-suppressed GTIN in DL URIs" option.
     */
    public static IdentifierNormalizer permittingZeroSuppressedGtinInDigitalLinks() {
        return new IdentifierNormalizer(true);
    }

    /** GTIN-8/12/13/14, surrounding blanks trimmed, as 14 digits; restricted circulation is an error, demo a warning. */
    public Checked<String> gtin(String raw) {
        return Gtin.check(raw);
    }

    /** Allocation-free GTIN verdict for hot paths: 8, 12, 13 or 14 digits with a correct check digit. */
    public static boolean isValidGtin(CharSequence s) {
        return Gtin.isValid(s);
    }

    /** GLN: 13 digits with a GS1 mod-10 check digit. */
    public Checked<String> gln(String raw) {
        return key(Gs1Key.GLN, raw);
    }

    /** Any GS1 key, checked as the value of its AI (length, characters, check digit or check pair). */
    public Checked<String> key(Gs1Key key, String raw) {
        String name = key.name().replace('_', ' ');
        if (raw == null || raw.isBlank()) {
            return Checked.failed(new IdentifierError(ErrorCodes.EMPTY, raw == null || raw.isEmpty() ? -1 : 0,
                    name + " is empty"));
        }
        if (key == Gs1Key.GTIN) {
            return gtin(raw);
        }
        int from = Text.firstNonBlank(raw);
        String value = raw.substring(from, Text.endNonBlank(raw, from));
        IdentifierError e = AiValueRules.firstProblem(AiTable.instance().get(key.ai()), value, from);
        return e == null ? Checked.ok(value) : Checked.failed(relabel(e, name, key.ai()));
    }

    /** GS1 AI (10) batch/lot: 1 to 20 characters of CSET 82, returned unchanged. */
    public Checked<String> lotNumber(String raw) {
        return cset82Value(raw, "10", "lot number");
    }

    /** GS1 AI (254) GLN extension component, naming a sub-location of a GLN: 1 to 20 characters of CSET 82, returned unchanged. */
    public Checked<String> glnExtension(String raw) {
        return cset82Value(raw, "254", "GLN extension");
    }

    private static Checked<String> cset82Value(String raw, String ai, String name) {
        if (raw == null || raw.isEmpty()) {
            return Checked.failed(new IdentifierError(ErrorCodes.EMPTY, -1, name + " is empty; it needs 1 to 20 "
                    + "characters of GS1 character set 82"));
        }
        IdentifierError e = AiValueRules.firstProblem(AiTable.instance().get(ai), raw, 0);
        return e == null ? Checked.ok(raw) : Checked.failed(relabel(e, name, ai));
    }

    /**
     * A raw scan or typed element string: bracketed, unbracketed with GS, with a symbology identifier, or Digital Link.
     * Blanks around the whole are trimmed silently; blanks around the brackets are dropped with a
     * {@link ErrorCodes#SPACES_REMOVED} warning, and a blank inside a value is an error where the AI's character set
     * has none. A scanned (unbracketed) lot or serial that holds a valid date AI and what follows it gets a
     * {@link ErrorCodes#POSSIBLE_MISSING_SEPARATOR} warning and is kept as scanned.
     */
    public Checked<ElementString> elementString(String raw) {
        return ElementStringParser.parse(raw, zeroSuppressedGtinInDigitalLinks);
    }

    /** ISO/IEC 15459-6 lot identifier (bare, "25T"+id, "]C0"+"25T"+id, or a format-06 envelope), without "25T". */
    public Checked<String> uii25T(String raw) {
        return Uii25TParser.parse(raw);
    }

    /** Any value of unknown kind (the {@code identifiers} command): GTIN, GLN/SSCC by their AI, GS1, or 25T. */
    public Identified identify(String raw) {
        return KindDetector.identify(this, raw);
    }

    /** The portal's shortest registered form of a 14-digit GTIN (see {@link Gtin#portalForm}). */
    public static String portalGtin(String gtin14) {
        return Gtin.portalForm(gtin14);
    }

    /** What a valid 14-digit GTIN's GS1 prefix says about it. */
    public static GtinPrefix gtinPrefix(String gtin14) {
        return Gtin.prefix(gtin14);
    }

    /** Messages of a single-key check name the key, e.g. "GLN", rather than its AI. */
    private static IdentifierError relabel(IdentifierError e, String name, String ai) {
        String prefix = AiValueRules.name(AiTable.instance().get(ai));
        String message = e.message().startsWith(prefix) ? name + " (GS1 AI " + ai + ")" + e.message().substring(prefix.length())
                : e.message();
        return new IdentifierError(e.code(), e.position(), message);
    }
}
