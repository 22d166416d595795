package vn.txng.adapter.model;

import java.util.Set;

/**
 * UN/ECE Recommendation 20 codes for the net content of a consumer product: mass, volume,
 * length, area and counts. The portal's {@code weightUnit} takes one of these.
 */
public final class MeasureUnits {

    private static final Set<String> REC20 = Set.of(
            // mass
            "MGM", "GRM", "KGM", "TNE", "ONZ", "LBR",
            // volume
            "MLT", "CLT", "DLT", "LTR", "MTQ", "CMQ", "MMQ", "DMQ", "GLL", "OZA",
            // length and area
            "MMT", "CMT", "DMT", "MTR", "MTK", "CMK",
            // counts
            "H87", "C62", "EA", "PR", "SET", "NMP");

    private MeasureUnits() {
    }

    public static boolean isRec20(String code) {
        return code != null && REC20.contains(code);
    }
}
