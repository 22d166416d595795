package vn.txng.adapter.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The templates' declared parameters and the README's tables say the same. */
class SourceTemplateTest {

    @Test
    void should_document_every_parameter_of_every_template_in_the_readme() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        for (SourceTemplate template : SourceTemplate.values()) {
            assertThat(readme).as("the README names " + template.id()).contains("`" + template.id() + "`");
            for (SourceParameter parameter : template.parameters()) {
                assertThat(readme).as(template.id() + " " + parameter.name()).contains("| `" + parameter.name() + "` |");
            }
        }
    }

    @Test
    void should_mark_every_password_passphrase_and_token_as_a_secret() {
        java.util.List<SourceParameter> secrets = java.util.Arrays.stream(SourceTemplate.values())
                .flatMap(t -> t.parameters().stream())
                .filter(p -> p.name().toLowerCase().matches(".*(password|passphrase|token).*")).toList();
        assertThat(secrets).extracting(SourceParameter::name)
                .contains("password", "privateKeyPassphrase", "trustStorePassword", "bearerToken", "token");
        assertThat(secrets).allMatch(SourceParameter::secret);
    }
}
