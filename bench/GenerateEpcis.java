import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the same N EPCIS 2.0 ObjectEvents (ADD, commissioning, one class-level quantity and an ILMD lot number each) as
 * a JSON-LD EPCISDocument and as an XML one, for the EPCIS benchmark.
 * Run with the JDK's single-file launcher: java bench/GenerateEpcis.java N out.jsonld out.xml
 */
public class GenerateEpcis {

    public static void main(String[] args) throws IOException {
        long n = Long.parseLong(args[0]);
        try (BufferedWriter json = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8);
             BufferedWriter xml = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            json.write("{\n  \"@context\": [\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\"],\n"
                    + "  \"type\": \"EPCISDocument\",\n  \"schemaVersion\": \"2.0\",\n  \"creationDate\": \"2026-11-21T08:00:00+07:00\",\n"
                    + "  \"epcisBody\": {\n    \"eventList\": [\n");
            xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<epcis:EPCISDocument xmlns:epcis=\"urn:epcglobal:epcis:xsd:2\""
                    + " xmlns:cbvmda=\"urn:epcglobal:cbv:mda\" schemaVersion=\"2.0\" creationDate=\"2026-11-21T08:00:00+07:00\">\n"
                    + "  <EPCISBody>\n    <EventList>\n");
            for (long i = 0; i < n; i++) {
                int day = 1 + (int) (i % 28);
                String time = "2026-09-" + (day < 10 ? "0" : "") + day + "T07:30:00+07:00";
                String lot = "B" + i;
                String quantity = String.valueOf(1000 + i % 500);
                json.write((i == 0 ? "" : ",\n") + "      {\"type\": \"ObjectEvent\", \"eventTime\": \"" + time + "\", \"eventTimeZoneOffset\": \"+07:00\","
                        + " \"epcList\": [], \"action\": \"ADD\", \"bizStep\": \"commissioning\","
                        + " \"bizLocation\": {\"id\": \"urn:epc:id:sgln:8934563.00010.0\"},"
                        + " \"quantityList\": [{\"epcClass\": \"urn:epc:class:lgtin:8934563.012345." + lot + "\", \"quantity\": " + quantity + ", \"uom\": \"H87\"}],"
                        + " \"ilmd\": {\"cbvmda:lotNumber\": \"" + lot + "\"}}");
                xml.write("      <ObjectEvent><eventTime>" + time + "</eventTime><eventTimeZoneOffset>+07:00</eventTimeZoneOffset>"
                        + "<epcList/><action>ADD</action><bizStep>urn:epcglobal:cbv:bizstep:commissioning</bizStep>"
                        + "<bizLocation><id>urn:epc:id:sgln:8934563.00010.0</id></bizLocation>"
                        + "<quantityList><quantityElement><epcClass>urn:epc:class:lgtin:8934563.012345." + lot + "</epcClass>"
                        + "<quantity>" + quantity + "</quantity><uom>H87</uom></quantityElement></quantityList>"
                        + "<ilmd><cbvmda:lotNumber>" + lot + "</cbvmda:lotNumber></ilmd></ObjectEvent>\n");
            }
            json.write("\n    ]\n  }\n}\n");
            xml.write("    </EventList>\n  </EPCISBody>\n</epcis:EPCISDocument>\n");
        }
    }
}
