package vn.txng.adapter.epcis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Assumptions;
import org.xml.sax.SAXException;

/**
 * GS1's EPCIS 2.0 JSON Schema (draft-07, formats asserted) and XSD (with its imports), read from
 * {@code ../shared/reference/epcis/} beside the project: {@link #problemsOfJson} and {@link #problemsOfXml} list what a
 * document breaks (empty: it passes). Without that folder the calling test is skipped, saying so.
 */
public final class EpcisSchemas {

    public static final Path FOLDER = Path.of("..", "shared", "reference", "epcis");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema jsonSchema;
    private static Schema xsd;

    private EpcisSchemas() {
    }

    /** Skips the calling test when GS1's schemas are not beside the project. */
    public static void assumePresent() {
        Assumptions.assumeTrue(Files.isRegularFile(FOLDER.resolve("EPCIS-JSON-Schema.json"))
                        && Files.isRegularFile(FOLDER.resolve("EPCglobal-epcis-2_0.xsd")),
                "skipped: GS1's EPCIS 2.0 schemas are not in " + FOLDER.toAbsolutePath().normalize());
    }

    /** What the JSON-LD document breaks in GS1's JSON Schema. */
    public static synchronized List<String> problemsOfJson(byte[] document) throws IOException {
        assumePresent();
        if (jsonSchema == null) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            try (InputStream schema = Files.newInputStream(FOLDER.resolve("EPCIS-JSON-Schema.json"))) {
                jsonSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema, config);
            }
        }
        Set<ValidationMessage> problems = jsonSchema.validate(JSON.readTree(document));
        return problems.stream().map(ValidationMessage::toString).toList();
    }

    /** What the XML document breaks in GS1's XSD: its first error (the validator stops there), or nothing. */
    public static synchronized List<String> problemsOfXml(byte[] document) throws IOException {
        assumePresent();
        try {
            if (xsd == null) {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                xsd = factory.newSchema(FOLDER.resolve("EPCglobal-epcis-2_0.xsd").toFile());
            }
            Validator validator = xsd.newValidator();
            validator.validate(new StreamSource(new ByteArrayInputStream(document)));
            return List.of();
        } catch (SAXException e) {
            return List.of(e.getMessage());
        }
    }
}
