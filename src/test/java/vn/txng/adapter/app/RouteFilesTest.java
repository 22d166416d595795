package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The build's check of routes/: every route file must match Camel's YAML DSL schema. */
class RouteFilesTest {

    private static JsonSchema yamlDsl;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream schema = org.apache.camel.dsl.yaml.YamlRoutesBuilderLoader.class.getResourceAsStream("/schema/camelYamlDsl.json")) {
            assertThat(schema).as("camel-yaml-dsl ships its JSON schema").isNotNull();
            yamlDsl = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema);
        }
    }

    @TestFactory
    Stream<DynamicTest> every_route_file_matches_the_yaml_dsl_schema() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of("routes"))) {
            files = listing.filter(p -> p.toString().endsWith(".camel.yaml")).sorted().toList();
        }
        assertThat(files).as("route files in routes/").isNotEmpty();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            JsonNode routes = yaml.readTree(file.toFile());
            Set<ValidationMessage> problems = yamlDsl.validate(routes);
            assertThat(problems).as(file + " against the Camel YAML DSL schema").isEmpty();
        }));
    }
}
