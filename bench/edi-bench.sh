#!/usr/bin/env bash
# EDI benchmark (not a test): generates a DESADV of N line groups, then times
#   0. StAEDI's bare event loop (counts LIN, reads each GIN value): the ceiling for our reader
#   0b. our EdiRecordReader alone (records out, nothing checked): the 80% target is against 0
#   1. `validate` (read + check, nothing staged)
#   2. `run --once --no-push` (read + check + stage in the H2 outbox, from an empty database)
# each with -Xmx256m, and prints lines per second and peak heap.
# Usage: bench/edi-bench.sh [N]   (default 1000000; builds the jar if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/timed.sh "$@"
java bench/GenerateDesadv.java "$n" "$work/desadv.edi"
records=$n
echo "file: DESADV of $n line groups, $(du -m "$work/desadv.edi" | cut -f1) MiB; JVM $heap; $(nproc) cores"

cat > "$work/BareLoop.java" <<'JAVA'
import io.xlate.edi.stream.*;
import java.io.*;
public class BareLoop {
    public static void main(String[] a) throws Exception {
        long lin = 0, gin = 0, chars = 0;
        boolean inGin = false;
        try (InputStream in = new BufferedInputStream(new FileInputStream(a[0]), 1 << 16);
             EDIStreamReader r = EDIInputFactory.newFactory().createEDIStreamReader(in, "ISO-8859-1")) {
            while (r.hasNext()) {
                switch (r.next()) {
                    case START_SEGMENT -> { String tag = r.getText(); inGin = tag.equals("GIN"); if (tag.equals("LIN")) lin++; }
                    case ELEMENT_DATA -> { if (inGin && r.getLocation().getElementPosition() == 2) { chars += r.getText().length(); gin++; } }
                    default -> { }
                }
            }
        }
        Runtime rt = Runtime.getRuntime();
        System.err.println(lin + " LIN, " + gin + " GIN values (" + chars + " chars)");
    }
}
JAVA

cat > "$work/ReaderOnly.java" <<'JAVA'
import java.io.*;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.ingest.edi.EdiRecordReader;
public class ReaderOnly {
    public static void main(String[] a) throws Exception {
        FileReport report = new FileReport(a[0], true);
        long n = 0;
        try (EdiRecordReader r = EdiRecordReader.edifact(new BufferedInputStream(new FileInputStream(a[0]), 1 << 16), a[0], report, null)) {
            while (r.hasNext()) { r.next(); n++; }
        }
        System.err.println(n + " LIN, " + n + " lots out of the reader, " + report.rejected() + " rejected");
    }
}
JAVA


javac -cp "$jar" -d "$work" "$work/BareLoop.java" "$work/ReaderOnly.java"
timed "StAEDI bare loop" lines java $heap -cp "$jar:$work" BareLoop "$work/desadv.edi"
timed "EdiRecordReader alone" lines java $heap -cp "$jar:$work" ReaderOnly "$work/desadv.edi"
[ -n "${READER_ONLY:-}" ] && exit 0
timed "validate" lines java $heap -Dtxng.print-peak-heap=true -jar "$jar" validate "$work/desadv.edi"

mkdir -p "$work/run/inbox"
cp "$work/desadv.edi" "$work/run/inbox/"
export TXNG_INBOX_DIR="$work/run/inbox" TXNG_DATA_DIR="$work/run/data" TXNG_INBOX_MIN_AGE=0s
timed "run --once (stage, new)" lines java $heap -Dtxng.print-peak-heap=true -jar "$jar" run --once --no-push
