package vn.txng.adapter.ingest.sheet;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;

/**
 * TCVN3 (TCVN 5712:1993, the "ABC" code of the .Vn fonts), which old Vietnamese accounting packages still write and
 * the JDK does not know. One byte a character: ASCII below 0x80, the Vietnamese letters above, as TCVN 5712:1993
 * places them (0xA1 to 0xFF as VN3 has them; 0x80 to 0x9F the capitals VN1 adds, which VN3 leaves unused); 0xB0 to
 * 0xB4 are the combining tone marks. Decoding only: the adapter never writes TCVN3.
 */
final class Tcvn3Charset extends Charset {

    static final Tcvn3Charset INSTANCE = new Tcvn3Charset();

    private static final String HIGH =
            "\u00c0\u1ea2\u00c3\u00c1\u1ea0\u1eb6\u1eac\u00c8" + // 80-87
            "\u1eba\u1ebc\u00c9\u1eb8\u1ec6\u00cc\u1ec8\u0128" + // 88-8F
            "\u00cd\u1eca\u00d2\u1ece\u00d5\u00d3\u1ecc\u1ed8" + // 90-97
            "\u1edc\u1ede\u1ee0\u1eda\u1ee2\u00d9\u1ee6\u0168" + // 98-9F
            "\u00a0\u0102\u00c2\u00ca\u00d4\u01a0\u01af\u0110" + // A0-A7
            "\u0103\u00e2\u00ea\u00f4\u01a1\u01b0\u0111\u1eb0" + // A8-AF
            "\u0300\u0309\u0303\u0301\u0323\u00e0\u1ea3\u00e3" + // B0-B7
            "\u00e1\u1ea1\u1eb2\u1eb1\u1eb3\u1eb5\u1eaf\u1eb4" + // B8-BF
            "\u1eae\u1ea6\u1ea8\u1eaa\u1ea4\u1ec0\u1eb7\u1ea7" + // C0-C7
            "\u1ea9\u1eab\u1ea5\u1ead\u00e8\u1ec2\u1ebb\u1ebd" + // C8-CF
            "\u00e9\u1eb9\u1ec1\u1ec3\u1ec5\u1ebf\u1ec7\u00ec" + // D0-D7
            "\u1ec9\u1ec4\u1ebe\u1ed2\u0129\u00ed\u1ecb\u00f2" + // D8-DF
            "\u1ed4\u1ecf\u00f5\u00f3\u1ecd\u1ed3\u1ed5\u1ed7" + // E0-E7
            "\u1ed1\u1ed9\u1edd\u1edf\u1ee1\u1edb\u1ee3\u00f9" + // E8-EF
            "\u1ed6\u1ee7\u0169\u00fa\u1ee5\u1eeb\u1eed\u1eef" + // F0-F7
            "\u1ee9\u1ef1\u1ef3\u1ef7\u1ef9\u00fd\u1ef5\u1ed0"; // F8-FF

    private Tcvn3Charset() {
        super("x-TCVN3", new String[] {"TCVN3", "TCVN-3", "TCVN5712"});
    }

    @Override
    public boolean contains(Charset other) {
        return other == this || "US-ASCII".equals(other.name());
    }

    @Override
    public boolean canEncode() {
        return false;
    }

    @Override
    public CharsetDecoder newDecoder() {
        return new CharsetDecoder(this, 1f, 1f) {
            @Override
            protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
                while (in.hasRemaining()) {
                    if (!out.hasRemaining()) {
                        return CoderResult.OVERFLOW;
                    }
                    int b = in.get() & 0xFF;
                    out.put(b < 0x80 ? (char) b : HIGH.charAt(b - 0x80));
                }
                return CoderResult.UNDERFLOW;
            }
        };
    }

    @Override
    public CharsetEncoder newEncoder() {
        throw new UnsupportedOperationException("TCVN3 is read, never written");
    }
}
