package vn.txng.adapter.ingest.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.SAXException;
import vn.txng.adapter.identifier.IdentifierNormalizer;
import vn.txng.adapter.ingest.ConfiguredLocations;
import vn.txng.adapter.ingest.FileIngestion;
import vn.txng.adapter.ingest.ProductDefaults;
import vn.txng.adapter.ingest.ProfileCodes;
import vn.txng.adapter.ingest.RecordChunk;
import vn.txng.adapter.ingest.RecordNormalizer;
import vn.txng.adapter.ingest.StagedRecords;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.LocationRecord;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcedRecord;
import vn.txng.adapter.portal.PortalProfile;

/** Location and Event elements of urn:txng:erp:v1, streamed like Product and Lot, checked before staging. */
class XmlJourneyTest {

    private static final Path JOURNEY = Path.of("samples/journey-2026-11-21.xml");
    private static final RecordNormalizer NORMALIZER = new RecordNormalizer(new IdentifierNormalizer(), ProductDefaults.NONE,
            StagedRecords.NONE, new ProfileCodes(PortalProfile.LOCATION_KINDS, PortalProfile.STAGES, PortalProfile.DOCUMENT_TYPES,
                    PortalProfile.STAGE_SHIPPING, PortalProfile.STAGE_PROCESSING),
            ConfiguredLocations.NONE, Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path dir;

    private static String event(String id, String stage, String time, String more) {
        return """
                  <Event>
                    <EventId>%s</EventId>
                    <Stage>%s</Stage>
                    <Time>%s</Time>
                    <LocationGln>8934563000103</LocationGln>
                    %s
                    <Lot><Gtin>8934563123451</Gtin><LotNumber>L2609-15A</LotNumber></Lot>
                  </Event>
                """.formatted(id, stage, time, more);
    }

    private Path write(String name, String... records) throws IOException {
        return Files.writeString(dir.resolve(name), XmlRecordReaderTest.HEADER + String.join("", records) + "</TraceabilityMessage>\n",
                StandardCharsets.UTF_8);
    }

    /** The file's records as the reader hands them on, and its report's rejections, after the checks. */
    private static Checked check(Path file) {
        List<SourcedRecord> kept = new ArrayList<>();
        try (FileIngestion ingestion = FileIngestion.open(file, file.getFileName().toString(), false, 10)) {
            for (RecordChunk chunk : ingestion) {
                kept.addAll(NORMALIZER.normalize(chunk).records());
            }
            return new Checked(kept, ingestion.report().rejections(), ingestion.report().summary());
        }
    }

    private record Checked(List<SourcedRecord> records, List<Rejection> rejections, String summary) {
    }

    @Test
    void should_read_the_samples_locations_and_events_each_at_its_line() {
        Checked journey = check(JOURNEY);

        assertThat(journey.rejections()).isEmpty();
        assertThat(journey.records()).extracting(r -> r.record().kind()).containsExactly(RecordKind.LOCATION, RecordKind.LOCATION,
                RecordKind.EVENT, RecordKind.EVENT, RecordKind.EVENT);
        assertThat(journey.records().get(0).position().line()).isEqualTo(12);
        assertThat(journey.records().get(4).position().locator()).isEqualTo("Event #3");
        assertThat(journey.summary()).endsWith("checked: 2 locations, 3 events");
    }

    @Test
    void should_map_every_element_of_a_shipping_event() {
        EventRecord shipping = (EventRecord) check(JOURNEY).records().get(4).record();

        assertThat(shipping.eventId()).isEqualTo("ERP-SHIP-2026-11-21-0007");
        assertThat(shipping.time()).hasToString("2026-11-21T08:30+07:00");
        assertThat(shipping.destinationKey()).isEqualTo("(414)8930000999993");
        assertThat(shipping.lots()).extracting(lot -> lot.traceCode()).containsExactly("(01)08934563123451(10)L2609-15A",
                "(01)08934563123468(10)TX261001", "(01)08934563123451(10)L2610-02B");
        assertThat(shipping.lots().get(0).quantityUnit()).isEqualTo("Chai");
        assertThat(shipping.documents()).singleElement().satisfies(d -> assertThat(d.type()).isEqualTo("DON_HANG"));
        assertThat(shipping.performer()).isEqualTo("Tổ vận chuyển 2");
        assertThat(shipping.evidenceImageUrls()).containsExactly("https://erp.example.vn/evidence/ship-0007.jpg");
    }

    @Test
    void should_map_a_location_with_its_coordinates() {
        LocationRecord site = (LocationRecord) check(JOURNEY).records().get(0).record();

        assertThat(site.businessKey()).isEqualTo("(414)8934563000103");
        assertThat(site.locationKind()).isEqualTo("CO_SO_SAN_XUAT");
        assertThat(site.latitude()).isEqualByComparingTo("10.8412");
    }

    @Test
    void should_reject_an_event_time_without_an_offset_naming_file_position_and_field() throws IOException {
        Path file = write("local-time.xml", event("E-1", "SAN_XUAT", "2026-09-15T07:00:00", ""));

        Checked checked = check(file);

        assertThat(checked.records()).isEmpty();
        assertThat(checked.rejections()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("TIME_WITHOUT_OFFSET");
            assertThat(r.field()).isEqualTo("Time");
            assertThat(r.position().file()).isEqualTo("local-time.xml");
            assertThat(r.position().locator()).isEqualTo("Event #1");
            assertThat(r.message()).contains("2026-09-15T07:00:00").contains("+07:00");
        });
    }

    @Test
    void should_hand_on_the_good_events_of_a_file_whose_other_events_are_rejected() throws IOException {
        Path file = write("mixed.xml",
                event("E-1", "SAN_XUAT", "2026-09-15T07:00:00+07:00", ""),
                event("E-2", "GIAO_HANG", "2026-09-15T07:00:00+07:00", ""),
                event("E-3", "SAN_XUAT", "2026-09-15T07:00:00+07:00", "<DestinationGln>8930000999993</DestinationGln>"),
                event("E-4", "VAN_CHUYEN", "2026-11-21T08:30:00+07:00", "<DestinationGln>8930000999993</DestinationGln>"));

        Checked checked = check(file);

        assertThat(checked.records()).extracting(r -> r.record().businessKey()).containsExactly("E-1", "E-4");
        assertThat(checked.rejections()).extracting(Rejection::code).containsExactly("UNKNOWN_STAGE", "DESTINATION_NOT_SHIPPING");
        assertThat(checked.rejections()).extracting(r -> r.position().locator()).containsExactly("Event #2", "Event #3");
    }

    private static Schema schema() throws SAXException {
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(Path.of(MessageSchema.XSD).toFile());
    }

    @ParameterizedTest
    @ValueSource(strings = {"samples/products-2026-11-21.xml", "samples/lots-2026-11-21.xml", "samples/journey-2026-11-21.xml"})
    void should_keep_the_sample_messages_valid_against_the_schema(String sample) throws Exception {
        schema().newValidator().validate(new StreamSource(Path.of(sample).toFile()));
    }

    @Test
    void should_refuse_an_event_time_without_an_offset_by_the_schema() throws Exception {
        Path file = write("local-time.xml", event("E-1", "SAN_XUAT", "2026-09-15T07:00:00", ""));

        assertThatThrownBy(() -> schema().newValidator().validate(new StreamSource(file.toFile())))
                .isInstanceOf(SAXException.class).hasMessageContaining("2026-09-15T07:00:00");
    }
}
