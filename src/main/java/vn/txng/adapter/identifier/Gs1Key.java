package vn.txng.adapter.identifier;

/** The GS1 identification keys, each with the AI that carries it. */
public enum Gs1Key {
    GTIN("01"),
    GLN("414"),
    SSCC("00"),
    GSIN("402"),
    GSRN_PROVIDER("8017"),
    GSRN_RECIPIENT("8018"),
    GDTI("253"),
    GRAI("8003"),
    GIAI("8004"),
    GCN("255"),
    CPID("8010"),
    GINC("401"),
    GMN("8013"),
    ITIP("8006");

    private final String ai;

    Gs1Key(String ai) {
        this.ai = ai;
    }

    /** The AI whose value is this key. */
    public String ai() {
        return ai;
    }
}
