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

    /** The parameters of a {@code txng-sftp-source} on {@code server} (password login, polled every 200 ms). */
    static Map<String, String> sftpParameters(vn.txng.adapter.source.SftpServerFixture server, String password) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("host", "127.0.0.1");
        p.put("port", Integer.toString(server.port()));
        p.put("username", vn.txng.adapter.source.SftpServerFixture.USER);
        p.put("password", password);
        p.put("knownHostsFile", server.knownHosts().toString());
        p.put("delay", "200");
        return p;
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
