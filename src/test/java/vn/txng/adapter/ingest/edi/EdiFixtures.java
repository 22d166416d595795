package vn.txng.adapter.ingest.edi;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.ingest.UnreadableFileException;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.ProductRecord;
import vn.txng.adapter.model.SourcedRecord;

/** Reads a fixture of src/test/resources/edi through the reader, keeping what came out. */
final class EdiFixtures {

    record Read(List<SourcedRecord> records, FileReport report, UnreadableFileException failure) {

        List<LotRecord> lots() {
            return records.stream().map(r -> (LotRecord) r.record()).toList();
        }

        List<ProductRecord> products() {
            return records.stream().map(r -> (ProductRecord) r.record()).toList();
        }
    }

    private EdiFixtures() {
    }

    static Read edifact(String name) {
        return read(name, false, null);
    }

    static Read read(String name, boolean x12, Charset override) {
        FileReport report = new FileReport(name, true);
        List<SourcedRecord> records = new ArrayList<>();
        InputStream in = new BufferedInputStream(EdiFixtures.class.getResourceAsStream("/edi/" + name));
        try (EdiRecordReader reader = x12 ? EdiRecordReader.x12(in, name, report, override) : EdiRecordReader.edifact(in, name, report, override)) {
            while (reader.hasNext()) {
                records.add(reader.next());
            }
        } catch (UnreadableFileException e) {
            return new Read(records, report, e);
        }
        return new Read(records, report, null);
    }
}
