package vn.txng.adapter.identifier;

import java.util.ArrayList;
import java.util.List;

/**
 * ISO/IEC 15459-6 lot identifiers behind ASC MH10 data identifier 25T, in every form: bare, "25T" + id,
 * a scanned "]C0" prefix, and the ISO/IEC 15434 format-06 envelope.
 */
final class Uii25TParser {
    static final int MAX_LENGTH = 50;
    static final int PREFERRED_LENGTH = 20;
    private static final String DATA_IDENTIFIER = "25T";

    private Uii25TParser() {
    }

    static Checked<String> parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Checked.failed(new IdentifierError(ErrorCodes.EMPTY, -1, "the 25T lot identifier is empty"));
        }
        int from = Text.firstNonBlank(raw);
        int to = Text.endNonBlank(raw, from);
        SymbologyIdentifier symbology = SymbologyIdentifier.at(raw, from);
        if (symbology != null && symbology.carries() != SymbologyIdentifier.Carries.PLAIN) {
            return Checked.failed(new IdentifierError(ErrorCodes.UNKNOWN_SYMBOLOGY, from, "symbology identifier "
                    + symbology.prefix() + " announces GS1 data; a 25T identifier is scanned as ]C0, ]d1 or ]Q1"));
        }
        int data = symbology == null ? from : from + 3;
        if (Format06Envelope.startsAt(raw, data)) {
            int[] element = new int[2];
            IdentifierError e = Format06Envelope.find25T(raw, data, to, element);
            return e != null ? Checked.failed(e) : identifier(raw, element[0], element[1]);
        }
        boolean prefixed = raw.startsWith(DATA_IDENTIFIER, data);
        if (symbology != null && !prefixed) {
            // scanned data is whatever the symbol holds: only the data identifier says it is a 25T lot identifier
            return Checked.failed(new IdentifierError(ErrorCodes.MISSING_25T, data, "the " + symbology.prefix()
                    + " scan holds '" + raw.substring(data, Math.min(to, data + 20)) + "' without the data identifier"
                    + " 25T, so it is no lot identifier (and " + symbology.prefix() + " carries no GS1 AIs either);"
                    + " a scanned 25T reads " + symbology.prefix() + "25T followed by the identifier"));
        }
        return identifier(raw, prefixed ? data + 3 : data, to);
    }

    /** The identifier itself: 1..50 of A-Z 0-9, a registered IAC first; a warning above 20 characters. */
    static Checked<String> identifier(String raw, int from, int to) {
        if (from >= to) {
            return Checked.failed(new IdentifierError(ErrorCodes.EMPTY, from, "the 25T lot identifier is empty; "
                    + "it needs an Issuing Agency Code, a company number and a lot number"));
        }
        List<IdentifierError> warnings = new ArrayList<>(1);
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return Checked.failed(new IdentifierError(ErrorCodes.LOWER_CASE, i, "the 25T lot identifier has lower-case "
                        + Text.show(c) + " at position " + i + "; ISO/IEC 15459-6 allows only upper-case A-Z and "
                        + "digits, and the adapter does not change the case for you"));
            }
            if (!Text.isDigit(c) && (c < 'A' || c > 'Z')) {
                return Checked.failed(new IdentifierError(ErrorCodes.BAD_CHARACTER, i, "the 25T lot identifier has "
                        + Text.show(c) + " at position " + i + "; ISO/IEC 15459-6 allows only upper-case A-Z and digits"));
            }
        }
        int length = to - from;
        if (length > MAX_LENGTH) {
            return Checked.failed(new IdentifierError(ErrorCodes.BAD_LENGTH, from + MAX_LENGTH, "the 25T lot identifier has "
                    + length + " characters; ISO/IEC 15459-6 allows at most " + MAX_LENGTH));
        }
        IssuingAgencyRegister register = IssuingAgencyRegister.instance();
        String iac = register.match(raw, from, to);
        if (iac == null) {
            return Checked.failed(new IdentifierError(ErrorCodes.UNKNOWN_IAC, from, "the 25T lot identifier does not start "
                    + "with an Issuing Agency Code from the ISO/IEC 15459-2 register (known: " + register.describe() + ")"));
        }
        if (length == iac.length()) {
            return Checked.failed(new IdentifierError(ErrorCodes.BAD_LENGTH, to, "the 25T lot identifier holds only the "
                    + "Issuing Agency Code " + iac + "; the company number and lot number must follow it"));
        }
        if (length > PREFERRED_LENGTH) {
            warnings.add(new IdentifierError(ErrorCodes.LONG_IDENTIFIER, from + PREFERRED_LENGTH, "the 25T lot identifier"
                    + " has " + length + " characters; ISO/IEC 15459-6 asks for at most " + PREFERRED_LENGTH
                    + " where possible, so some carriers may not hold it"));
        }
        return Checked.ok(raw.substring(from, to), warnings);
    }
}
