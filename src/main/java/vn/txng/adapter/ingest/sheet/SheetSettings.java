package vn.txng.adapter.ingest.sheet;

import java.nio.charset.Charset;

/**
 * How a source's workbooks and CSV files are read: {@code mapping} (null: whichever ready mapping the headings match),
 * {@code textCharset} of CSV files without a byte-order mark (null: UTF-8), {@code decimalMark} of numbers written as
 * text (null: by the CSV file's delimiter, the decimal comma with {@code ;}).
 */
public record SheetSettings(ColumnMapping mapping, Charset textCharset, DecimalMark decimalMark) {

    /** No mapping, UTF-8, the decimal mark by delimiter. */
    public static final SheetSettings DEFAULT = new SheetSettings(null, null, null);

    /** These settings with a source's own where it gives them (null: keep these). */
    public SheetSettings with(ColumnMapping ownMapping, Charset ownCharset, DecimalMark ownMark) {
        return new SheetSettings(ownMapping != null ? ownMapping : mapping, ownCharset != null ? ownCharset : textCharset,
                ownMark != null ? ownMark : decimalMark);
    }
}
