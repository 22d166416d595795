package vn.txng.adapter.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes source instances into a routes folder, as an integrator would: one YAML file per source. */
final class SourceInstances {

    private final Path routes;

    /** A routes folder holding the project's jobs (the inbox, the push flow and its schedule), as a deployment's does. */
    SourceInstances(Path routes) throws IOException {
        this.routes = Files.createDirectories(routes);
        try (var jobs = Files.list(Path.of("routes"))) {
            for (Path job : jobs.filter(f -> f.getFileName().toString().endsWith(".camel.yaml")).toList()) {
                Files.copy(job, routes.resolve(job.getFileName()));
            }
        }
    }

    Path routes() {
        return routes;
    }

    /** {@code routes/<sourceId>.camel.yaml} instantiating {@code template} with {@code parameters} (sourceId added). */
    Path add(String template, String sourceId, Map<String, String> parameters) throws IOException {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("sourceId", sourceId);
        all.putAll(parameters);
        StringBuilder yaml = new StringBuilder("""
                - templatedRoute:
                    routeTemplateRef: %s
                    routeId: %s
                    parameters:
                """.formatted(template, sourceId));
        all.forEach((name, value) -> yaml.append("      - { name: ").append(name).append(", value: \"")
                .append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append("\" }\n"));
        return Files.writeString(routes.resolve(sourceId + ".camel.yaml"), yaml);
    }
}
