package vn.txng.adapter.ingest.sheet;

import java.nio.charset.Charset;
import java.util.Locale;

/** The charset a source declares for its CSV files: any the JDK knows ({@code windows-1258}), or {@code TCVN3}. */
public final class TextCharsets {

    private TextCharsets() {
    }

    /** The charset named {@code name}; empty or null: null. {@link IllegalArgumentException} for a name nobody knows. */
    public static Charset forName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String wanted = name.strip();
        String key = wanted.toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
        if (key.equals("TCVN3") || key.equals("XTCVN3") || key.equals("TCVN5712") || key.equals("ABC")) {
            return Tcvn3Charset.INSTANCE;
        }
        try {
            return Charset.forName(wanted);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("charset '" + wanted + "' is unknown; expected UTF-8, windows-1258, TCVN3 or"
                    + " another name the JDK knows", e);
        }
    }
}
