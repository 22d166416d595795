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
    void should_mark_every_password_and_passphrase_as_a_secret() {
        for (SourceTemplate template : SourceTemplate.values()) {
            assertThat(template.parameters()).filteredOn(p -> p.name().toLowerCase().contains("password")
                    || p.name().toLowerCase().contains("passphrase")).isNotEmpty().allMatch(SourceParameter::secret);
        }
    }
}
