package vn.txng.adapter.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The file reports under {@code <data>/reports/} ({@code [<source>.]<file>.<yyyyMMdd-HHmmss-SSS>.json}, as
 * FileReportWriter writes them): the newest first, a page at a time; only the page's reports are opened.
 */
public final class ReportFiles {

    /** A report file: its name (the page's address) and its parsed JSON. */
    public record Report(String name, JsonNode json) {
        public String text(String field) {
            JsonNode value = json.get(field);
            return value == null || value.isNull() ? "" : value.asText();
        }

        public long count(String field) {
            return json.path(field).asLong();
        }
    }

    /** A page of reports and whether an older page exists. */
    public record ReportPage(List<Report> reports, boolean more) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;

    ReportFiles(Path dir) {
        this.dir = dir;
    }

    /** Reports {@code page * size} to {@code (page + 1) * size} in the order of their time stamp, newest first. */
    ReportPage page(int page, int size) {
        if (!Files.isDirectory(dir)) {
            return new ReportPage(List.of(), false);
        }
        List<Path> names;
        try (Stream<Path> files = Files.list(dir)) {
            // the name ends with the stamp: sort by it, so every source's files mix in time order
            names = files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .sorted(Comparator.comparing(ReportFiles::stamp).reversed())
                    .skip((long) page * size).limit(size + 1L).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the reports folder " + dir + ": " + e.getMessage(), e);
        }
        boolean more = names.size() > size;
        return new ReportPage(names.stream().limit(size).map(this::read).flatMap(Optional::stream).toList(), more);
    }

    /** The report of this name, when it is one of the folder's (a name with a path in it is none). */
    Optional<Report> report(String name) {
        if (name == null || !name.matches("[A-Za-z0-9._-]+\\.json") || name.startsWith(".")) {
            return Optional.empty();
        }
        return read(dir.resolve(name));
    }

    /** The name of the newest report about a file of this name (from any source), when one is kept. */
    Optional<String> latestOf(String file) {
        if (file == null || !Files.isDirectory(dir)) {
            return Optional.empty();
        }
        String safe = vn.txng.adapter.ingest.FileReportWriter.safeName(file);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                if (!name.endsWith(".json")) {
                    return false;
                }
                String stem = name.substring(0, Math.max(0, name.length() - ".json".length() - stamp(f).length() - 1));
                return stem.equals(safe) || stem.endsWith("." + safe);
            }).max(Comparator.comparing(ReportFiles::stamp)).map(f -> f.getFileName().toString());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<Report> read(Path file) {
        try {
            return Optional.of(new Report(file.getFileName().toString(), JSON.readTree(file.toFile())));
        } catch (IOException e) {
            // a report being written or removed meanwhile is left out
            return Optional.empty();
        }
    }

    private static String stamp(Path file) {
        String name = file.getFileName().toString();
        int end = name.length() - ".json".length();
        int dot = name.lastIndexOf('.', end - 1);
        return dot < 0 ? name : name.substring(dot + 1, end);
    }
}
