package vn.txng.adapter.portal.sandbox;

import java.util.List;
import java.util.Set;
import vn.txng.adapter.identifier.Checked;
import vn.txng.adapter.identifier.ElementString;
import vn.txng.adapter.identifier.IdentifierNormalizer;
import vn.txng.adapter.portal.PortalProfile;

/**
 * The shapes of trace codes in PORTAL-API.md section 5, checked by the identifier rules (GS1 check digits, CSET 82,
 * AI lengths, ISO/IEC 15459-6). Each method answers null for a good code, else a sentence naming the rule.
 */
final class TraceCodes {

    private static final IdentifierNormalizer GS1 = new IdentifierNormalizer();
    private static final String GLN_AI = "414";
    private static final String EXTENSION_AI = "254";
    private static final String GTIN_PREFIX = "(01)";
    private static final String SSCC_PREFIX = "(00)";
    /** "(01)" + 14 digits: where the lot's or serial's AI starts. */
    private static final int SECOND_AI = GTIN_PREFIX.length() + 14;

    private TraceCodes() {
    }

    /** A location trace code: {@code (414)<GLN>}, optionally followed by {@code (254)<extension>}, bracketed. */
    static String locationProblem(String code) {
        String rule = "must be (414)<GLN> or (414)<GLN>(254)<extension of 1 to 20 GS1 CSET 82 characters>";
        Checked<ElementString> parsed = GS1.elementString(code);
        if (!parsed.valid()) {
            return rule + ": " + firstError(parsed);
        }
        List<String> ais = List.copyOf(parsed.value().ais().keySet());
        boolean shape = ais.equals(List.of(GLN_AI)) || ais.equals(List.of(GLN_AI, EXTENSION_AI));
        return shape && parsed.value().bracketed().equals(code) ? null : rule + ", in brackets and nothing else";
    }

    /**
     * A lot's trace code as the lot carries it ({@code maTruyVet}): {@code (01)<GTIN-14>(10)<lot>} as the profile
     * writes it (a '(' in the lot unescaped), or {@code 25T} and the identifier the lot table allows.
     */
    static String lotProblem(String code) {
        if (code.startsWith(PortalProfile.UII_DATA_IDENTIFIER)) {
            // the lot table's own 25T rule: an event names a lot by the code the lot was stored with
            return SandboxFieldRules.UII_25T.matcher(code).matches() ? null
                    : "must be 25T followed by 1 to 50 of A-Z0-9, as the lot's maTruyVet";
        }
        String problem = gtinAndThen(code, "10");
        return problem == null ? null : "must be (01)<GTIN-14>(10)<lot> or 25T<identifier>: " + problem;
    }

    /**
     * An input of processing ({@code dauVao}): {@code (01)<GTIN-14>(10)<lot>}, {@code (01)<GTIN-14>(21)<serial>},
     * {@code (00)<SSCC>}, or {@code 25T} and an ISO/IEC 15459-6 identifier.
     */
    static String inputProblem(String code) {
        String rule = "must be (01)<GTIN-14>(10)<lot>, (01)<GTIN-14>(21)<serial>, (00)<SSCC> or 25T<identifier>: ";
        if (code.startsWith(PortalProfile.UII_DATA_IDENTIFIER)) {
            Checked<String> uii = GS1.uii25T(code);
            return uii.valid() ? null : rule + firstError(uii);
        }
        if (code.startsWith(SSCC_PREFIX)) {
            Checked<ElementString> parsed = GS1.elementString(code);
            if (!parsed.valid()) {
                return rule + firstError(parsed);
            }
            return parsed.value().ais().keySet().equals(Set.of("00")) && parsed.value().bracketed().equals(code)
                    ? null : rule + "an SSCC is (00) and its 18 digits alone";
        }
        String problem = gtinAndThen(code, code.startsWith("(21)", SECOND_AI) ? "21" : "10");
        return problem == null ? null : rule + problem;
    }

    /** {@code (01)<GTIN-14>(ai)<value>}: the GTIN's check digit, and the value's characters and length for its AI. */
    private static String gtinAndThen(String code, String ai) {
        String second = "(" + ai + ")";
        if (!code.startsWith(GTIN_PREFIX) || !code.startsWith(second, SECOND_AI) || code.length() == SECOND_AI + second.length()) {
            return "'" + code + "' is not (01), 14 digits, " + second + " and a value";
        }
        // the profile writes the value as it is; the bracketed reader wants a '(' inside a value escaped
        String value = code.substring(SECOND_AI + second.length());
        Checked<ElementString> parsed = GS1.elementString(code.substring(0, SECOND_AI) + second + value.replace("(", "\\("));
        return parsed.valid() ? null : firstError(parsed);
    }

    private static String firstError(Checked<?> checked) {
        return checked.errors().get(0).message();
    }
}
