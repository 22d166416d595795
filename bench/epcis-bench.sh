#!/usr/bin/env bash
# EPCIS benchmark (not a test): generates N ObjectEvents with class-level quantities as one JSON-LD and one XML
# EPCISDocument (bench/GenerateEpcis.java), then times on each, with -Xmx256m:
#   0. a bare streaming pass: Jackson's token stream (JSON) / StAX (XML), counting events, building nothing
#   1. our reader alone (EpcisJsonReader / EpcisXmlReader, each event built and shape-checked, handed to a mapper
#      that keeps nothing): the >= 0.5x target of issue 21 is its rate over 0's
#   2. `validate` of the file (sniff, read, map, check; nothing staged)
# and prints events per second, peak heap and each run's time over the bare pass's.
# Usage: bench/epcis-bench.sh [N]   (default 1000000; builds the jar if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/timed.sh "$@"
java bench/GenerateEpcis.java "$n" "$work/events.jsonld" "$work/events.xml"
records=$n
echo "files: $n ObjectEvents, JSON-LD $(du -m "$work/events.jsonld" | cut -f1) MiB, XML $(du -m "$work/events.xml" | cut -f1) MiB; JVM $heap; $(nproc) cores"

cat > "$work/BarePass.java" <<'JAVA'
import com.fasterxml.jackson.core.*;
import java.io.*;
import javax.xml.stream.*;
public class BarePass {
    public static void main(String[] a) throws Exception {
        long events = 0;
        try (InputStream in = new BufferedInputStream(new FileInputStream(a[0]), 1 << 16)) {
            if (a[0].endsWith(".jsonld")) {
                try (JsonParser json = new JsonFactory().createParser(in)) {
                    JsonToken token;
                    while ((token = json.nextToken()) != null) {
                        JsonStreamContext list = json.getParsingContext().getParent();
                        // an event: an object straight in the array held by "eventList" (not a quantity element)
                        if (token == JsonToken.START_OBJECT && list.inArray() && "eventList".equals(list.getParent().getCurrentName())) {
                            events++;
                        }
                    }
                }
            } else {
                XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("ObjectEvent")) {
                        events++;
                    }
                }
            }
        }
        System.err.println(events + " events, records read (bare pass)");
        System.err.println("peak heap used: " + peak() + " MiB");
    }
    static long peak() {
        long max = 0;
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) max += pool.getPeakUsage().getUsed();
        }
        return max >> 20;
    }
}
JAVA

cat > "$work/ReaderOnly.java" <<'JAVA'
import java.io.*;
import java.util.List;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.ingest.RecordReader;
import vn.txng.adapter.ingest.epcis.*;
public class ReaderOnly {
    public static void main(String[] a) throws Exception {
        FileReport report = new FileReport(a[0], true);
        long[] events = {0};
        EpcisEventMapper counting = (event, position, r) -> { events[0]++; return List.of(); };
        InputStream in = new BufferedInputStream(new FileInputStream(a[0]), 1 << 16);
        try (RecordReader reader = a[0].endsWith(".jsonld") ? new EpcisJsonReader(in, a[0], report, counting)
                : new EpcisXmlReader(in, a[0], report, counting)) {
            while (reader.hasNext()) reader.next();
        }
        System.err.println(events[0] + " events mapped, " + report.read() + " records read, " + report.rejected() + " rejected");
        long max = 0;
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) max += pool.getPeakUsage().getUsed();
        }
        System.err.println("peak heap used: " + (max >> 20) + " MiB");
    }
}
JAVA

# the jar holds Jackson and the adapter's classes: the single-file programs run against it
cp="$jar"
for file in "$work/events.jsonld" "$work/events.xml"; do
  echo "== $(basename "$file")"
  timed "bare streaming pass" events java $heap -cp "$cp" "$work/BarePass.java" "$file"
  bare_ms=$last_ms
  timed "EPCIS reader alone" events java $heap -cp "$cp" "$work/ReaderOnly.java" "$file"
  reader_ms=$last_ms
  timed "validate" events java $heap -Dtxng.print-peak-heap=true -jar "$jar" validate "$file"
  validate_ms=$last_ms
  echo "rate over the bare pass: reader $(ratio $bare_ms $reader_ms)x, validate $(ratio $bare_ms $validate_ms)x   load average: $(cut -d' ' -f1-3 /proc/loadavg)"
done
