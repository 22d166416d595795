package vn.txng.adapter.command;

import vn.txng.adapter.ingest.epcis.EpcisEventMapper;

import vn.txng.adapter.ingest.edi.DespatchEvents;

import java.util.Optional;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.txng.adapter.ingest.FileIngestion;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.ingest.RecordChunk;
import vn.txng.adapter.ingest.RecordNormalizer;
import vn.txng.adapter.ingest.EventLots;
import vn.txng.adapter.ingest.KnownLots;
import vn.txng.adapter.ingest.StagedRecords;
import vn.txng.adapter.ingest.UnreadableFileException;
import vn.txng.adapter.app.IngestChecks;
import vn.txng.adapter.app.OutboxLots;
import vn.txng.adapter.app.Settings;
import vn.txng.adapter.ingest.sheet.SheetSettings;

@Command(name = "validate", description = {"Reads and checks files and prints their reports; stages nothing, sends nothing.",
        "A product or location lacking only fields another file can supply is shown as would be held;",
        "an event naming a lot that none of the files nor the outbox has is a warning.",
        "Exit 1 if any record is rejected or any file cannot be read."})
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "XML, EDI (EDIFACT, X12), EPCIS, XLSX or CSV files to check")
    List<Path> files;

    @Option(names = "--edi-charset", description = "decode EDI with this charset whatever it declares (default: txng.inbox.edi-charset)")
    Charset ediCharset;

    @Option(names = "--sheet-mapping", description = "read workbooks and CSV files with this column mapping file (default: txng.inbox.sheet-mapping)")
    Path sheetMapping;

    @Override
    public Integer call() {
        Settings settings = Settings.load();
        // nothing is staged here, so a product is checked as it stands, with the defaults only;
        // held products do not fail validation: a catalogue is often completed by another file
        RecordNormalizer normalizer = IngestChecks.normalizer(settings, StagedRecords.NONE);
        // an event's lot may come from an earlier file: the outbox, when there is one, is asked for those the file lacks
        KnownLots outboxLots = OutboxLots.of(settings);
        Charset charset = ediCharset != null ? ediCharset : settings.ediCharset();
        boolean clean = true;
        SheetSettings sheets = settings.sheetSettings();
        if (sheetMapping != null) {
            sheets = sheets.with(settings.columnMapping(sheetMapping.toString()), null, null);
        }
        for (FileReport report : validate(files, normalizer, charset, outboxLots, settings.despatchEvents(),
                IngestChecks.epcisMapper(settings, traceCode -> Optional.empty()), sheets)) {
            System.out.println(report.summary());
            report.rejections().forEach(r -> System.out.println("  rejected " + r));
            report.holds().forEach(h -> System.out.println("  would be held " + h));
            report.mergedLots().forEach(m -> System.out.println("  merged " + m));
            report.warnings().forEach(w -> System.out.println("  warning " + w));
            clean &= !report.failed() && report.rejected() == 0;
        }
        return clean ? 0 : 1;
    }

    public static FileReport validate(Path file, RecordNormalizer normalizer, Charset ediCharset) {
        return validate(file, normalizer, ediCharset, KnownLots.NONE);
    }

    /** As {@link #validate(List, RecordNormalizer, Charset, KnownLots)} for one file. */
    public static FileReport validate(Path file, RecordNormalizer normalizer, Charset ediCharset, KnownLots knownLots) {
        return validate(List.of(file), normalizer, ediCharset, knownLots).get(0);
    }

    /**
     * The files' reports, in the order given. An event naming a lot that none of the files nor {@code knownLots} has
     * gets a warning line naming the event, its position and the lot: the files of one call are checked as if they
     * arrived together, so a lot given by a later file counts.
     */
    public static List<FileReport> validate(List<Path> files, RecordNormalizer normalizer, Charset ediCharset, KnownLots knownLots) {
        return validate(files, normalizer, ediCharset, knownLots, DespatchEvents.DEFAULT, FileIngestion.DEFAULT_EPCIS_MAPPER);
    }

    /** As above, with how despatch advices give events and how EPCIS events map to records (the settings'). */
    public static List<FileReport> validate(List<Path> files, RecordNormalizer normalizer, Charset ediCharset, KnownLots knownLots,
            DespatchEvents events, EpcisEventMapper epcis) {
        return validate(files, normalizer, ediCharset, knownLots, events, epcis, SheetSettings.DEFAULT);
    }

    /** As above; {@code sheets}: how workbooks and CSV files are read. */
    public static List<FileReport> validate(List<Path> files, RecordNormalizer normalizer, Charset ediCharset, KnownLots knownLots,
            DespatchEvents events, EpcisEventMapper epcis, SheetSettings sheets) {
        List<FileReport> reports = new ArrayList<>(files.size());
        List<EventLots> eventLots = new ArrayList<>(files.size());
        for (Path file : files) {
            EventLots lots = new EventLots();
            reports.add(check(file, normalizer, ediCharset, lots, events, epcis, sheets));
            eventLots.add(lots);
        }
        KnownLots known = lotKeys -> {
            Set<String> found = new HashSet<>();
            List<String> rest = new ArrayList<>();
            lotKeys.forEach(key -> (eventLots.stream().anyMatch(lots -> lots.gives(key)) ? found : rest).add(key));
            if (!rest.isEmpty()) {
                found.addAll(knownLots.known(rest));
            }
            return found;
        };
        for (int i = 0; i < files.size(); i++) {
            eventLots.get(i).unknown(known).forEach(reports.get(i)::warn);
        }
        return reports;
    }

    /** Reads and checks one file, its lots and its events' lots into {@code eventLots}. */
    private static FileReport check(Path file, RecordNormalizer normalizer, Charset ediCharset, EventLots eventLots,
            DespatchEvents events, EpcisEventMapper epcis, SheetSettings sheets) {
        if (!Files.isRegularFile(file)) {
            FileReport missing = new FileReport(file.toString(), true);
            missing.fail(new vn.txng.adapter.model.Rejection("FILE_NOT_FOUND", vn.txng.adapter.model.SourcePosition.of(file.toString(), 0, null),
                    null, "no such file"));
            return missing;
        }
        FileIngestion ingestion;
        try {
            ingestion = FileIngestion.open(file, file.getFileName().toString(), true, FileIngestion.DEFAULT_CHUNK_SIZE, ediCharset,
                    events, epcis, sheets);
        } catch (UnreadableFileException e) {
            FileReport failed = new FileReport(file.getFileName().toString(), true);
            failed.fail(new vn.txng.adapter.model.Rejection(e.code(), e.position(), null, FileIngestion.reason(e)));
            return failed;
        }
        try (ingestion) {
            for (RecordChunk chunk : ingestion) {
                RecordChunk checked = normalizer.normalize(chunk);
                ingestion.report().passed(checked.records().size());
                checked.records().forEach(eventLots::add);
            }
        } catch (UnreadableFileException e) {
            // the report already holds the fatal error
        }
        ingestion.report().finish();
        return ingestion.report();
    }
}
