package vn.txng.adapter.app;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.apache.camel.Ordered;
import org.apache.camel.spi.LoadablePropertiesSource;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.spi.PropertiesSource;

/**
 * The process's environment variables or {@code -D} system properties as a source of Camel's properties
 * component that can be listed: Camel Main's auto-configuration lists the {@code camel.*} keys of such
 * sources, so that it takes {@code CAMEL_MANAGEMENT_PORT} and {@code -Dcamel.management.port} from where,
 * and in the order in which, a placeholder lookup takes them. {@code lookup} answers a key; {@code listing}
 * gives every key the source holds, filtered.
 */
record ProcessSource(String name, int order, UnaryOperator<String> lookup, Function<Predicate<String>, Properties> listing)
        implements LoadablePropertiesSource, Ordered {

    /**
     * Environment variables, each listed under the key it names by {@link Settings#environmentName}: each
     * key another source of {@code component} lists ({@code camel.management.port} in the packed defaults
     * -> {@code CAMEL_MANAGEMENT_PORT}); a {@code CAMEL_*} variable that names no such key is listed as
     * Camel Main reads one (lower case, {@code _} to {@code .}), except the shapes Kubernetes gives its
     * service links ({@code *_SERVICE_HOST}, {@code *_SERVICE_PORT}, {@code *_PORT}, {@code *_PORT_*}),
     * which Camel Main skips too.
     */
    static ProcessSource environment(String name, int order, Map<String, String> variables, PropertiesComponent component) {
        return new ProcessSource(name, order, key -> variables.get(Settings.environmentName(key)), filter -> {
            Properties answer = new Properties();
            Set<String> named = new HashSet<>();
            for (PropertiesSource source : component.getPropertiesSources()) {
                if (!name.equals(source.getName()) && source instanceof LoadablePropertiesSource other) {
                    for (String key : other.loadProperties().stringPropertyNames()) {
                        String variable = Settings.environmentName(key);
                        if (variables.containsKey(variable) && named.add(variable) && filter.test(key)) {
                            answer.setProperty(key, variables.get(variable));
                        }
                    }
                }
            }
            variables.forEach((variable, value) -> {
                String key = variable.toLowerCase(Locale.ROOT).replace('_', '.');
                if (variable.startsWith("CAMEL_") && !named.contains(variable) && !serviceLink(variable) && filter.test(key)) {
                    answer.setProperty(key, value);
                }
            });
            return answer;
        });
    }

    /** System properties, the {@code camel.*} and {@code txng.*} ones, read at each call. */
    static ProcessSource systemProperties(String name, int order, Properties properties) {
        return new ProcessSource(name, order, properties::getProperty, filter -> {
            Properties answer = new Properties();
            for (String key : properties.stringPropertyNames()) {
                if ((key.startsWith("camel.") || key.startsWith("txng.")) && filter.test(key)) {
                    answer.setProperty(key, properties.getProperty(key));
                }
            }
            return answer;
        });
    }

    private static boolean serviceLink(String variable) {
        return variable.endsWith("_SERVICE_HOST") || variable.endsWith("_SERVICE_PORT") || variable.endsWith("_PORT")
                || variable.contains("_PORT_");
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public int getOrder() {
        return order;
    }

    @Override
    public String getProperty(String key) {
        return lookup.apply(key);
    }

    @Override
    public Properties loadProperties() {
        return listing.apply(key -> true);
    }

    @Override
    public Properties loadProperties(Predicate<String> filter) {
        return listing.apply(filter);
    }

    @Override
    public void reloadProperties(String location) {
        // read at each listing
    }
}
