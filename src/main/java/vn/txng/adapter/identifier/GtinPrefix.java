package vn.txng.adapter.identifier;

/**
 * The GS1 prefix of a GTIN and what it is allocated to.
 *
 * @param prefix      the prefix digits as matched (for a GTIN-8, its own leading digits)
 * @param kind        the classification
 * @param allocatedTo the allocation as GS1 publishes it, e.g. "GS1 Vietnam"
 */
public record GtinPrefix(String prefix, GtinKind kind, String allocatedTo) {
}
