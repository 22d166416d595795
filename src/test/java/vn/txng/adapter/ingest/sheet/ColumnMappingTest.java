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
}
