package vn.txng.adapter.source;

/**
 * One parameter of a source template, as an integrator writes it in a {@code templatedRoute}.
 *
 * @param name         the parameter's name
 * @param defaultValue its default; null when the integrator must give it ({@code required}) or may leave it out ({@code optional})
 * @param required     true when the template refuses to start without it
 * @param secret       true for passwords, passphrases and tokens: never logged, printed in an endpoint URI or a report
 * @param description  one sentence for the README's table
 */
public record SourceParameter(String name, String defaultValue, boolean required, boolean secret, String description) {

    static SourceParameter required(String name, String description) {
        return new SourceParameter(name, null, true, false, description);
    }

    static SourceParameter withDefault(String name, String defaultValue, String description) {
        return new SourceParameter(name, defaultValue, false, false, description);
    }

    static SourceParameter optional(String name, String description) {
        return new SourceParameter(name, null, false, false, description);
    }

    static SourceParameter secret(String name, String description) {
        return new SourceParameter(name, null, false, true, description);
    }
}
