#!/usr/bin/env bash
# Workbook and CSV benchmark (not a test): the N lots of GenerateLots.java as XML, as an XLSX workbook shaped as Excel
# saves one (shared strings, date cells) and as Excel's Vietnamese "CSV (semicolon)" (bench/GenerateSheets.java);
# times, with -Xmx256m, the reader alone on each (FileIngestion's chunks, records built and kept nowhere: its peak heap
# is the reader's) and `validate` of each (sniff, read, map by the Vietnamese ready mapping, check; nothing staged;
# validate keeps every lot key of the file for its LOT_UNKNOWN warning, so its heap grows with the file whatever the
# format), and prints lots per second, peak heap, and the rates of the workbook and the CSV over the XML's (issue 22: >= 0.5x).
# Usage: bench/sheet-bench.sh [N]   (default 1000000; builds the jar if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/timed.sh "$@"
generate_lots
java bench/GenerateSheets.java "$n" "$work/lots.xlsx" "$work/lots.csv"
records=$n
echo "same lots as XLSX $(du -m "$work/lots.xlsx" | cut -f1) MiB (sheet XML $(unzip -l "$work/lots.xlsx" xl/worksheets/sheet1.xml | awk 'NR==4{printf "%d", $1/1048576}') MiB unpacked) and CSV $(du -m "$work/lots.csv" | cut -f1) MiB"

cat > "$work/ReaderOnly.java" <<'JAVA'
import java.nio.file.Path;
import vn.txng.adapter.ingest.FileIngestion;
import vn.txng.adapter.ingest.RecordChunk;
public class ReaderOnly {
    public static void main(String[] a) throws Exception {
        long records = 0;
        try (FileIngestion file = FileIngestion.open(Path.of(a[0]), a[0], true, FileIngestion.DEFAULT_CHUNK_SIZE)) {
            for (RecordChunk chunk : file) records += chunk.records().size();
            System.err.println(records + " records read (reader alone), " + file.report().rejected() + " rejected");
        }
        long max = 0;
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) max += pool.getPeakUsage().getUsed();
        }
        System.err.println("peak heap used: " + (max >> 20) + " MiB");
    }
}
JAVA
for format in xml xlsx csv; do
  timed "reader alone ${format^^}" lots java $heap -cp "$jar" "$work/ReaderOnly.java" "$work/lots.$format"
  eval "reader_$format=\$last_ms"
done
echo "reader alone, rate over the XML reader's: XLSX $(ratio $reader_xml $reader_xlsx)x, CSV $(ratio $reader_xml $reader_csv)x"
timed "validate XML" lots java $heap -Dtxng.print-peak-heap=true -jar "$jar" validate "$work/lots.xml"
xml_ms=$last_ms
timed "validate XLSX" lots java $heap -Dtxng.print-peak-heap=true -jar "$jar" validate "$work/lots.xlsx"
xlsx_ms=$last_ms
timed "validate CSV" lots java $heap -Dtxng.print-peak-heap=true -jar "$jar" validate "$work/lots.csv"
csv_ms=$last_ms
echo "validate, rate over the XML's: XLSX $(ratio $xml_ms $xlsx_ms)x, CSV $(ratio $xml_ms $csv_ms)x   load average: $(cut -d' ' -f1-3 /proc/loadavg)"
