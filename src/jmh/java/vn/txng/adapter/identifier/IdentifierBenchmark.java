package vn.txng.adapter.identifier;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the identifier rules on one core (issue 3: GTIN-13 check >= 20 M/s without allocation,
 * a 4-AI element string parsed and fully validated >= 2 M/s). Run with bench/identifier-bench.sh.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IdentifierBenchmark {
    private static final char GS = 0x1D;

    // fields, not constants, so that the JIT cannot fold the work away
    private String gtin13 = "8934563123451";
    private String bracketed4Ai = "(01)08934563123451(17)261231(10)LOT42A(21)SN000123";
    private String gs4Ai = "]d2" + "0108934563123451" + "17261231" + "10LOT42A" + GS + "21SN000123";
    private String digitalLink4Ai = "https://id.gs1.org/01/08934563123451/10/LOT42A/21/SN000123?17=261231";
    private String uii25T = "]C025TLA5060220000012005101312345";
    private IdentifierNormalizer normalizer;

    @Setup
    public void setUp() {
        normalizer = new IdentifierNormalizer();
        requireValid(normalizer.elementString(bracketed4Ai), bracketed4Ai);
        requireValid(normalizer.elementString(gs4Ai), gs4Ai);
        requireValid(normalizer.elementString(digitalLink4Ai), digitalLink4Ai);
        requireValid(normalizer.uii25T(uii25T), uii25T);
        if (!IdentifierNormalizer.isValidGtin(gtin13)) {
            throw new IllegalStateException("benchmark GTIN is invalid: " + gtin13);
        }
    }

    /** The allocation-free hot path: length, digits and mod-10 check digit. */
    @Benchmark
    public boolean gtin13Check() {
        return IdentifierNormalizer.isValidGtin(gtin13);
    }

    /** The full GTIN verdict: normal 14-digit form and prefix rules (allocates its result). */
    @Benchmark
    public Checked<String> gtin13Normalize() {
        return normalizer.gtin(gtin13);
    }

    @Benchmark
    public Checked<ElementString> elementString4AiBracketed() {
        return normalizer.elementString(bracketed4Ai);
    }

    @Benchmark
    public Checked<ElementString> elementString4AiScannedGs() {
        return normalizer.elementString(gs4Ai);
    }

    @Benchmark
    public Checked<ElementString> digitalLink4Ai() {
        return normalizer.elementString(digitalLink4Ai);
    }

    @Benchmark
    public Checked<String> uii25TScanned() {
        return normalizer.uii25T(uii25T);
    }

    private static void requireValid(Checked<?> checked, String input) {
        if (!checked.valid()) {
            throw new IllegalStateException("benchmark input is invalid: " + input + " " + checked.errors());
        }
    }
}
