import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an EANCOM DESADV interchange (D.01B, UNOC) of N line groups (LIN, QTY+12, GIN+BX, DTM+94,
 * DTM+36) in messages of 10,000 lines (UNT's count, n..6, cannot go past 999,999 segments), for
 * the EDI benchmark. Run with: java bench/GenerateDesadv.java N out.edi
 */
public class GenerateDesadv {

    private static final long PER_MESSAGE = 10_000;

    public static void main(String[] args) throws IOException {
        long n = Long.parseLong(args[0]);
        Path out = Path.of(args[1]);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.ISO_8859_1)) {
            w.write("UNA:+.? '\nUNB+UNOC:3+8934563000004:14+8930000000001:14+261121:2300+000999'\n");
            long messages = 0;
            for (long first = 0; first < n; first += PER_MESSAGE) {
                long last = Math.min(n, first + PER_MESSAGE);
                messages++;
                w.write("UNH+" + messages + "+DESADV:D:01B:UN:EAN007'\nBGM+351+BENCH-" + messages + "+9'\nNAD+SF+8934563000103::9'\nCPS+1'\n");
                lines(w, first, last);
                w.write("UNT+" + (5 + 5 * (last - first)) + "+" + messages + "'\n");
            }
            w.write("UNZ+" + messages + "+000999'\n");
        }
    }

    private static void lines(BufferedWriter w, long first, long last) throws IOException {
        {
            for (long i = first; i < last; i++) {
                int day = 1 + (int) (i % 28);
                String dd = (day < 10 ? "0" : "") + day;
                w.write("LIN+" + (i - first + 1) + "++8934563123451:SRV'\nQTY+12:" + (1000 + i % 500) + ":PCE'\nGIN+BX+B" + i
                        + "'\nDTM+94:202609" + dd + ":102'\nDTM+36:202809" + dd + ":102'\n");
            }
        }
    }
}
