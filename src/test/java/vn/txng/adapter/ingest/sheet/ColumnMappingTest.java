package vn.txng.adapter.ingest.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.model.RecordKind;

class ColumnMappingTest {

    private static ColumnMapping parse(String text) throws Exception {
        return ColumnMapping.parse("client.mapping.properties", true, new StringReader(text));
    }

    @Test
    void should_name_the_line_and_the_fields_of_the_kind_when_a_field_is_unknown() {
        assertThatThrownBy(() -> parse("lot.Batch=Lô\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("column mapping client.mapping.properties: lot.Batch is not understood; expected the fields of a lot are Gtin, LotNumber");
    }

    @Test
    void should_read_a_column_letter_after_column_colon() throws Exception {
        ColumnMapping.Column column = parse("lot.Gtin=column:AB\n").of(RecordKind.LOT).columns().get(SheetField.LOT_GTIN);

        assertThat(column.index()).isEqualTo(27);
        assertThat(column.describe()).isEqualTo("column AB");
    }

    @Test
    void should_map_every_field_in_both_ready_mappings() {
        for (ColumnMapping ready : new ColumnMapping[] {ColumnMapping.ENGLISH, ColumnMapping.VIETNAMESE}) {
            long mapped = ready.kinds().stream().mapToLong(kind -> kind.columns().size()).sum();
            assertThat(mapped).as(ready.name()).isEqualTo(SheetField.values().length);
        }
    }

    @Test
    void should_give_every_english_heading_as_the_field_name() {
        for (SheetField field : SheetField.values()) {
            assertThat(ColumnMapping.ENGLISH.of(field.kind()).columns().get(field).heading()).isEqualTo(field.heading());
        }
    }

    @Test
    void should_compare_headings_without_case_accents_or_punctuation() {
        assertThat(Headings.key("Địa điểm (GLN)")).isEqualTo(Headings.key("dia diem gln")).isEqualTo("dia diem gln");
    }

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @Test
    void should_find_a_relative_mapping_in_the_working_folder_when_the_routes_folder_lacks_it() throws Exception {
        java.nio.file.Path work = java.nio.file.Files.createDirectories(dir.resolve("work"));
        java.nio.file.Files.writeString(work.resolve("client-b.mapping.properties"), "lot.Gtin=Mã hàng\n");

        java.nio.file.Path found = ColumnMapping.locate("./client-b.mapping.properties", dir.resolve("work/routes"), work);

        assertThat(found).isEqualTo(work.resolve("client-b.mapping.properties").normalize());
    }

    @Test
    void should_prefer_the_routes_folder_for_a_relative_mapping() throws Exception {
        java.nio.file.Path routes = java.nio.file.Files.createDirectories(dir.resolve("routes"));
        java.nio.file.Files.writeString(routes.resolve("client-b.mapping.properties"), "lot.Gtin=Mã hàng\n");
        java.nio.file.Files.writeString(dir.resolve("client-b.mapping.properties"), "lot.Gtin=Mã hàng\n");

        assertThat(ColumnMapping.locate("client-b.mapping.properties", routes, dir)).isEqualTo(routes.resolve("client-b.mapping.properties"));
    }

    @Test
    void should_name_both_folders_tried_when_neither_holds_the_mapping() {
        assertThatThrownBy(() -> ColumnMapping.locate("client-b.mapping.properties", dir.resolve("routes"), dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the column mapping client-b.mapping.properties is neither in the routes folder (" + dir.resolve("routes")
                        + ") nor in the working folder (" + dir + ")");
    }
}
