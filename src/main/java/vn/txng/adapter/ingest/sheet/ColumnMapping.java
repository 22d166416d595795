package vn.txng.adapter.ingest.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import vn.txng.adapter.model.RecordKind;

/**
 * Which column of a sheet or CSV file gives which {@link SheetField}, per record kind: a properties file (UTF-8) an
 * integrator writes per client, or one of the two shipped in the jar ({@link #ENGLISH}, {@link #VIETNAMESE}). Its keys:
 * <pre>
 * lot.sheet=Lô hàng              # the sheet read as lots (beside the sheets named for a kind: Lô hàng, Lots...)
 * lot.heading-row=3              # the row of the headings; none: the first row that is not empty
 * lot.Gtin=Mã hàng               # a column by its heading, case and accent insensitive
 * lot.LotNumber=column:C         # a column by its letter
 * </pre>
 * The kinds are {@code product}, {@code lot}, {@code location}, {@code event}; the fields are the English headings of
 * {@link SheetField}. A configured mapping is strict: a heading it names that a file lacks fails the file. A heading
 * may name other headings of the same column after {@code |} ({@code lot.QuantityUnit=Đơn vị số lượng | Đơn vị tính}):
 * the first the file has is taken; the first is the one the template writes.
 */
public final class ColumnMapping {

    /**
     * A mapped column: by heading ({@code index} -1; {@code otherKeys} the keys of the other headings it may have) or
     * by letter ({@code heading} null).
     */
    public record Column(String heading, String key, int index, List<String> otherKeys) {

        public Column {
            otherKeys = otherKeys == null ? List.of() : List.copyOf(otherKeys);
        }

        /** The keys of every heading the column may have, its own first. */
        public List<String> keys() {
            List<String> keys = new java.util.ArrayList<>(1 + otherKeys.size());
            keys.add(key);
            keys.addAll(otherKeys);
            return keys;
        }

        /** How a person finds the column: its heading in quotes, or its letter. */
        public String describe() {
            return heading != null ? "\"" + heading + "\"" : "column " + Headings.columnLetters(index);
        }
    }

    /** The columns of one record kind; {@code headingRow} 0: the first row that is not empty. */
    public record KindColumns(RecordKind kind, String sheet, int headingRow, Map<SheetField, Column> columns) {
    }

    private static final String BY_LETTER = "column:";
    /** The English headings: each field's XML element name. */
    public static final ColumnMapping ENGLISH = ready("english", "mapping-english.properties");
    /** The Vietnamese headings of the template in {@code samples/}. */
    public static final ColumnMapping VIETNAMESE = ready("vietnamese", "mapping-vietnamese.properties");

    private final String name;
    private final boolean strict;
    private final Map<RecordKind, KindColumns> kinds;

    private ColumnMapping(String name, boolean strict, Map<RecordKind, KindColumns> kinds) {
        this.name = name;
        this.strict = strict;
        this.kinds = Collections.unmodifiableMap(kinds);
    }

    /** The mapping in {@code file}; {@link IllegalArgumentException} names the line that is wrong. */
    public static ColumnMapping load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(file.getFileName().toString(), true, reader);
        } catch (IOException e) {
            throw new IllegalArgumentException("the column mapping " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Where the mapping file {@code name} is: itself when absolute; else in {@code routes} when it is there, else in
     * {@code workDir} (the working folder), the same for the settings, a source's {@code sheetMapping} and
     * {@code validate --sheet-mapping}. {@link IllegalArgumentException} names both folders tried.
     */
    public static Path locate(String name, Path routes, Path workDir) {
        Path file = Path.of(name.strip());
        if (file.isAbsolute()) {
            return file;
        }
        Path inRoutes = routes.resolve(file).normalize();
        if (Files.isRegularFile(inRoutes)) {
            return inRoutes;
        }
        Path inWork = workDir.resolve(file).normalize();
        if (Files.isRegularFile(inWork)) {
            return inWork;
        }
        throw new IllegalArgumentException("the column mapping " + name.strip() + " is neither in the routes folder (" + routes
                + ") nor in the working folder (" + workDir + ")");
    }

    private static ColumnMapping ready(String name, String resource) {
        try (InputStream in = ColumnMapping.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + resource);
            }
            return parse(name, false, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ColumnMapping parse(String name, boolean strict, Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        Map<RecordKind, String> sheets = new EnumMap<>(RecordKind.class);
        Map<RecordKind, Integer> headingRows = new EnumMap<>(RecordKind.class);
        Map<RecordKind, Map<SheetField, Column>> columns = new EnumMap<>(RecordKind.class);
        for (String key : properties.stringPropertyNames().stream().sorted().toList()) {
            String value = properties.getProperty(key).strip();
            int dot = key.indexOf('.');
            RecordKind kind = dot < 0 ? null : kind(key.substring(0, dot));
            if (kind == null) {
                throw bad(name, key, "a key starts with product., lot., location. or event.");
            }
            String rest = key.substring(dot + 1);
            if (rest.equals("sheet")) {
                sheets.put(kind, value);
            } else if (rest.equals("heading-row")) {
                headingRows.put(kind, headingRow(name, key, value));
            } else {
                SheetField field = SheetField.of(kind, rest);
                if (field == null) {
                    throw bad(name, key, "the fields of a " + kind.name().toLowerCase(Locale.ROOT) + " are "
                            + Arrays.stream(SheetField.values()).filter(f -> f.kind() == kind).map(SheetField::heading)
                                    .collect(Collectors.joining(", ")));
                }
                columns.computeIfAbsent(kind, k -> new EnumMap<>(SheetField.class)).put(field, column(name, key, value));
            }
        }
        Map<RecordKind, KindColumns> kinds = new EnumMap<>(RecordKind.class);
        columns.forEach((kind, mapped) -> kinds.put(kind,
                new KindColumns(kind, sheets.get(kind), headingRows.getOrDefault(kind, 0), Collections.unmodifiableMap(mapped))));
        return new ColumnMapping(name, strict, kinds);
    }

    private static Column column(String name, String key, String value) {
        if (value.regionMatches(true, 0, BY_LETTER, 0, BY_LETTER.length())) {
            int index = Headings.columnIndex(value.substring(BY_LETTER.length()));
            if (index < 0) {
                throw bad(name, key, "column: is followed by a column's letters (A to XFD)");
            }
            return new Column(null, null, index, List.of());
        }
        if (value.isEmpty()) {
            throw bad(name, key, "a heading or column:<letter>");
        }
        List<String> headings = Arrays.stream(value.split("\\|")).map(String::strip).filter(h -> !h.isEmpty()).toList();
        if (headings.isEmpty()) {
            throw bad(name, key, "a heading or column:<letter>");
        }
        return new Column(headings.get(0), Headings.key(headings.get(0)), -1,
                headings.subList(1, headings.size()).stream().map(Headings::key).toList());
    }

    private static int headingRow(String name, String key, String value) {
        try {
            int row = Integer.parseInt(value);
            if (row >= 1) {
                return row;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw bad(name, key, "a row number from 1");
    }

    private static RecordKind kind(String text) {
        return switch (text) {
            case "product" -> RecordKind.PRODUCT;
            case "lot" -> RecordKind.LOT;
            case "location" -> RecordKind.LOCATION;
            case "event" -> RecordKind.EVENT;
            default -> null;
        };
    }

    private static IllegalArgumentException bad(String name, String key, String expected) {
        return new IllegalArgumentException("column mapping " + name + ": " + key + " is not understood; expected " + expected);
    }

    public String name() {
        return name;
    }

    /** A configured mapping: every heading it names must be in the file. */
    public boolean strict() {
        return strict;
    }

    /** The kinds this mapping maps, in portal order. */
    public List<KindColumns> kinds() {
        return List.copyOf(kinds.values());
    }

    /** The columns of {@code kind}, or null when this mapping does not map it. */
    public KindColumns of(RecordKind kind) {
        return kinds.get(kind);
    }

    @Override
    public String toString() {
        return name;
    }
}
