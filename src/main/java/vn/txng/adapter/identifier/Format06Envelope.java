package vn.txng.adapter.identifier;

/** ISO/IEC 15434 message envelope, format 06 (ASC MH10 data identifiers): "[)>" RS "06" GS data... RS EOT. */
final class Format06Envelope {
    static final char RS = 0x1E;
    static final char GS = 0x1D;
    static final char EOT = 0x04;
    private static final String HEADER = "[)>" + RS;

    private Format06Envelope() {
    }

    static boolean startsAt(String s, int at) {
        return s.startsWith(HEADER, at);
    }

    /** Finds the 25T data element; writes its identifier bounds (after "25T") into {@code bounds}; null when found. */
    static IdentifierError find25T(String s, int from, int to, int[] bounds) {
        int format = from + HEADER.length();
        if (!s.startsWith("06" + GS, format)) {
            return new IdentifierError(ErrorCodes.BAD_ENVELOPE, format, "the ISO/IEC 15434 envelope must hold format 06 "
                    + "(\"06\" then GS) for data identifiers such as 25T");
        }
        int end = s.indexOf(RS, format);
        if (end < 0 || end >= to) {
            return new IdentifierError(ErrorCodes.BAD_ENVELOPE, to, "the ISO/IEC 15434 format 06 envelope is not closed"
                    + " by RS after its data elements");
        }
        if (end + 1 >= to || s.charAt(end + 1) != EOT) {
            return new IdentifierError(ErrorCodes.BAD_ENVELOPE, end + 1, "the ISO/IEC 15434 envelope must end with RS EOT");
        }
        int element = format + 3;
        while (element < end) {
            int next = s.indexOf(GS, element);
            next = next < 0 || next > end ? end : next;
            if (s.startsWith("25T", element)) {
                bounds[0] = element + 3;
                bounds[1] = next;
                return null;
            }
            element = next + 1;
        }
        return new IdentifierError(ErrorCodes.MISSING_25T, format + 3, "the ISO/IEC 15434 format 06 envelope has no data"
                + " element with data identifier 25T (lot identifier)");
    }
}
