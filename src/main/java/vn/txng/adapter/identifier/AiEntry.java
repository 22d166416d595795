package vn.txng.adapter.identifier;

/**
 * One AI and its raw value as found in the input, before the value is checked.
 *
 * @param ai            the AI definition
 * @param value         the value as given (unescaped / percent-decoded)
 * @param position      offset of the AI in the raw input
 * @param valuePosition offset of the value in the raw input
 */
record AiEntry(ApplicationIdentifier ai, String value, int position, int valuePosition) {
}
