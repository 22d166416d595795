package vn.txng.adapter.ingest.edi;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.ingest.UnreadableFileException;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.LocationRecord;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.ProductRecord;
import vn.txng.adapter.model.SourcedRecord;

/** Reads a fixture of src/test/resources/edi through the reader, keeping what came out. */
final class EdiFixtures {

    /** What a file gave: {@code all} its records in order; {@link #records()} its products and lots only. */
    record Read(List<SourcedRecord> all, FileReport report, UnreadableFileException failure) {

        /** The products and lots, as read before despatch advices gave events and locations too. */
        List<SourcedRecord> records() {
            return all.stream().filter(r -> r.record() instanceof LotRecord || r.record() instanceof ProductRecord).toList();
        }

        List<EventRecord> events() {
            return all.stream().filter(r -> r.record() instanceof EventRecord).map(r -> (EventRecord) r.record()).toList();
        }

        List<LocationRecord> locations() {
            return all.stream().filter(r -> r.record() instanceof LocationRecord).map(r -> (LocationRecord) r.record()).toList();
        }

        List<LotRecord> lots() {
            return records().stream().map(r -> (LotRecord) r.record()).toList();
        }

        List<ProductRecord> products() {
            return records().stream().map(r -> (ProductRecord) r.record()).toList();
        }
    }

    private EdiFixtures() {
    }

    static Read edifact(String name) {
        return read(name, false, null);
    }

    /**
     * A DESADV D.01B interchange (UNOC) around {@code segments}, written one per line with {@code '}: UNH is the
     * message's segment 1, BGM 2, NAD+SF 3, CPS 4, so the first of {@code segments} is segment 5.
     */
    static String desadv(String... segments) {
        List<String> all = new ArrayList<>(List.of("UNH+1+DESADV:D:01B:UN:EAN007", "BGM+351+DES-T+9", "NAD+SF+8934563000103::9", "CPS+1"));
        all.addAll(List.of(segments));
        all.add("UNT+" + (all.size() + 1) + "+1");
        StringBuilder text = new StringBuilder("UNB+UNOC:3+8934563000004:14+8930000000001:14+261121:2300+000900'\n");
        all.forEach(segment -> text.append(segment).append("'\n"));
        return text.append("UNZ+1+000900'\n").toString();
    }

    /** Reads an EDIFACT interchange given as text (ISO-8859-1). */
    static Read text(String edifact) {
        return bytes(edifact.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), false, null);
    }

    /** Reads EDI given as bytes, as the reader gets a file's. */
    static Read bytes(byte[] content, boolean x12, Charset override) {
        return read("inline.edi", new java.io.ByteArrayInputStream(content), x12, override, DespatchEvents.DEFAULT);
    }

    /** Reads EDI given as text (ISO-8859-1), despatch advices made into events as {@code events} says. */
    static Read text(String edi, boolean x12, DespatchEvents events) {
        return read("inline.edi", new java.io.ByteArrayInputStream(edi.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)), x12, null, events);
    }

    static Read read(String name, boolean x12, Charset override) {
        return read(name, EdiFixtures.class.getResourceAsStream("/edi/" + name), x12, override, DespatchEvents.DEFAULT);
    }

    private static Read read(String name, InputStream content, boolean x12, Charset override, DespatchEvents events) {
        FileReport report = new FileReport(name, true);
        List<SourcedRecord> records = new ArrayList<>();
        InputStream in = new BufferedInputStream(content);
        try (EdiRecordReader reader = x12 ? EdiRecordReader.x12(in, name, report, override, events)
                : EdiRecordReader.edifact(in, name, report, override, events)) {
            while (reader.hasNext()) {
                records.add(reader.next());
            }
        } catch (UnreadableFileException e) {
            return new Read(records, report, e);
        }
        return new Read(records, report, null);
    }
}
