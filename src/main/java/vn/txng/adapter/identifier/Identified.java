package vn.txng.adapter.identifier;

import java.util.List;
import java.util.Map;

/**
 * The verdict on a value of unknown kind, as the {@code identifiers} command reports it.
 *
 * @param input      the value as given
 * @param kind       GTIN, GLN, SSCC, GS1 (element string or Digital Link) or UII_25T
 * @param normalized the normal form (a bare GTIN: 14 digits; anything read as AIs, a lone GLN or SSCC too: the
 *                   bracketed element string; 25T: the identifier); null when invalid
 * @param ais        AI to value for GS1 kinds, empty otherwise
 * @param errors     problems that make it invalid
 * @param warnings   problems that do not
 */
public record Identified(String input, String kind, String normalized, Map<String, String> ais,
                         List<IdentifierError> errors, List<IdentifierError> warnings) {
    public boolean valid() {
        return errors.isEmpty();
    }
}
