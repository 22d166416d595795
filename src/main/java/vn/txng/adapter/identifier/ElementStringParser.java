package vn.txng.adapter.identifier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Reads a raw scan or typed element string in any of its forms and checks it completely. */
final class ElementStringParser {
    private static final ApplicationIdentifier GTIN = AiTable.instance().get("01"); // compared by identity per entry
    private ElementStringParser() {
    }

    static Checked<ElementString> parse(String raw, boolean zeroSuppressedGtinInUri) {
        if (raw == null || raw.isEmpty()) {
            return Checked.failed(new IdentifierError(ErrorCodes.EMPTY, -1, "the GS1 element string is empty"));
        }
        int from = Text.firstNonBlank(raw);
        int to = Text.endNonBlank(raw, from);
        if (from == to) {
            return Checked.failed(new IdentifierError(ErrorCodes.EMPTY, 0, "the GS1 element string is blank"));
        }
        List<AiEntry> entries = new ArrayList<>(6);
        List<IdentifierError> errors = new ArrayList<>(2);
        List<IdentifierError> warnings = new ArrayList<>(1);
        SymbologyIdentifier symbology = SymbologyIdentifier.at(raw, from);
        int data = symbology == null ? from : from + 3;
        if (symbology == null && raw.charAt(from) == ']') {
            return Checked.failed(new IdentifierError(ErrorCodes.UNKNOWN_SYMBOLOGY, from, "symbology identifier "
                    + raw.substring(from, Math.min(to, from + 3)) + " is not one that carries GS1 data; expected ]C1, "
                    + "]e0, ]d2, ]Q3, ]J1 (GS1 AIs), ]E0/]E4 (EAN/UPC) or ]Q1/]d1 with a Digital Link URI"));
        }
        List<int[]> blanks = new ArrayList<>(0);
        boolean scanned = false;
        boolean uri = DigitalLinkParser.looksLikeUri(raw, data, to);
        if (uri && symbology != null && !symbology.carriesUri()) {
            return Checked.failed(uriAfter(symbology, from));
        }
        if (uri) {
            DigitalLinkParser.parse(raw, data, to, zeroSuppressedGtinInUri, entries, errors);
        } else if (symbology != null && symbology.carries() == SymbologyIdentifier.Carries.PLAIN_GTIN) {
            plainGtin(raw, data, to, entries, errors);
        } else if (symbology != null && symbology.carries() == SymbologyIdentifier.Carries.PLAIN) {
            return Checked.failed(new IdentifierError(ErrorCodes.UNKNOWN_SYMBOLOGY, from, "symbology identifier "
                    + symbology.prefix() + " marks plain data, not GS1 Application Identifiers; "
                    + (symbology == SymbologyIdentifier.CODE_128 ? "a ]C0 Code 128 has no FNC1 in first position, so it "
                    + "carries no AIs (a ]C0 25T lot identifier belongs in Uii25T)" : "only a Digital Link URI may follow it")));
        } else if (symbology == null && raw.charAt(data) == '(') {
            BracketedParser.parse(raw, data, to, entries, errors, blanks);
        } else {
            UnbracketedParser.parse(raw, data, to, symbology != null, entries, errors);
            scanned = true;
        }
        Checked<ElementString> checked = check(entries, errors, warnings);
        if (!checked.valid() || (blanks.isEmpty() && !scanned)) {
            return checked;
        }
        if (!blanks.isEmpty()) {
            warnings.add(BracketedParser.spacesRemoved(blanks, checked.value()));
        }
        if (scanned) {
            LostSeparators.warn(entries, warnings); // brackets say where a value ends; only raw data can lose a GS
        }
        return Checked.of(checked.value(), errors, warnings);
    }

    /** ISO/IEC 15424: ]Q3, ]d2 ... announce FNC1 in first position, i.e. AI data; a URI is plain data (]Q1, ]d1). */
    private static IdentifierError uriAfter(SymbologyIdentifier symbology, int at) {
        return new IdentifierError(ErrorCodes.UNKNOWN_SYMBOLOGY, at, "symbology identifier " + symbology.prefix()
                + " announces " + (symbology.carries() == SymbologyIdentifier.Carries.GS1_AI_DATA
                ? "GS1 Application Identifier data" : symbology == SymbologyIdentifier.CODE_128 ? "plain Code 128 data"
                : "a bare GTIN") + ", never a URI; a Digital Link is scanned as ]Q1 (QR Code) or ]d1 (Data Matrix)");
    }

    /** ]E0 / ]E4: the symbol holds a bare GTIN-13 / GTIN-8 (or UPC-A as 13 digits), read as AI (01). */
    private static void plainGtin(String raw, int from, int to, List<AiEntry> entries, List<IdentifierError> errors) {
        IdentifierError e = Gtin.syntax(raw, from, to, "GTIN");
        if (e != null) {
            errors.add(e);
            return;
        }
        String gtin14 = "000000".substring(0, 14 - (to - from)) + raw.substring(from, to);
        entries.add(new AiEntry(AiTable.instance().get("01"), gtin14, from, from));
    }

    /** Values, repeats and pairings of the entries, into the verdict. */
    static Checked<ElementString> check(List<AiEntry> entries, List<IdentifierError> errors,
                                        List<IdentifierError> warnings) {
        if (entries.isEmpty() && errors.isEmpty()) {
            errors.add(new IdentifierError(ErrorCodes.EMPTY, -1, "the element string holds no Application Identifier"));
        }
        LinkedHashMap<String, String> ais = new LinkedHashMap<>();
        boolean repeats = false;
        for (int i = 0; i < entries.size(); i++) {
            AiEntry entry = entries.get(i);
            int before = errors.size();
            AiValueRules.check(entry.ai(), entry.value(), entry.valuePosition(), errors);
            if (before == errors.size() && entry.ai() == GTIN) {
                Gtin.prefixRules(entry.value(), entry.valuePosition(), errors, warnings); // same portal rules as gtin()
            }
            String earlier = ais.putIfAbsent(entry.ai().code(), entry.value());
            if (earlier != null && !earlier.equals(entry.value())) {
                errors.add(new IdentifierError(ErrorCodes.DUPLICATE_AI, entry.position(), AiValueRules.name(entry.ai())
                        + " appears twice with different values (" + earlier + " and " + entry.value()
                        + "); an item can carry only one"));
            }
            repeats |= earlier != null;
        }
        if (errors.isEmpty()) {
            PairingRules.check(repeats ? firstOfEach(entries) : entries, errors);
        }
        // a repeat with the same value is kept in its place (two carriers of one label, read together)
        return Checked.of(errors.isEmpty() ? new ElementString(ais, repeats ? occurrences(entries) : null) : null,
                errors, warnings);
    }

    private static List<String> occurrences(List<AiEntry> entries) {
        List<String> all = new ArrayList<>(entries.size() * 2);
        for (AiEntry entry : entries) {
            all.add(entry.ai().code());
            all.add(entry.value());
        }
        return all;
    }

    /** The entries without repeats of an AI (only built when a scan repeats one, which is rare). */
    private static List<AiEntry> firstOfEach(List<AiEntry> entries) {
        List<AiEntry> distinct = new ArrayList<>(entries.size());
        for (AiEntry entry : entries) {
            if (distinct.stream().noneMatch(d -> d.ai() == entry.ai())) {
                distinct.add(entry);
            }
        }
        return distinct;
    }
}
