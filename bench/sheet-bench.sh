#!/usr/bin/env bash
# Workbook and CSV benchmark (not a test): the N lots of GenerateLots.java as XML, as an XLSX workbook shaped as Excel
# saves one (shared strings, date cells) and as Excel's Vietnamese "CSV (semicolon)" (bench/GenerateSheets.java);
# times `validate` of each with -Xmx256m (sniff, read, map by the Vietnamese ready mapping, check; nothing staged) and
# prints lots per second, peak heap, and the rate of the workbook and the CSV over the XML reader's (issue 22: >= 0.5x).
# Usage: bench/sheet-bench.sh [N]   (default 1000000; builds the jar if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/timed.sh "$@"
generate_lots
java bench/GenerateSheets.java "$n" "$work/lots.xlsx" "$work/lots.csv"
records=$n
echo "same lots as XLSX $(du -m "$work/lots.xlsx" | cut -f1) MiB (sheet XML $(unzip -l "$work/lots.xlsx" xl/worksheets/sheet1.xml | awk 'NR==4{printf "%d", $1/1048576}') MiB unpacked) and CSV $(du -m "$work/lots.csv" | cut -f1) MiB"

timed "validate XML" lots java $heap -Dtxng.print-peak-heap=true -jar "$jar" validate "$work/lots.xml"
xml_ms=$last_ms
timed "validate XLSX" lots java $heap -Dtxng.print-peak-heap=true -jar "$jar" validate "$work/lots.xlsx"
xlsx_ms=$last_ms
timed "validate CSV" lots java $heap -Dtxng.print-peak-heap=true -jar "$jar" validate "$work/lots.csv"
csv_ms=$last_ms
echo "rate over the XML reader's: XLSX $(ratio $xml_ms $xlsx_ms)x, CSV $(ratio $xml_ms $csv_ms)x   load average: $(cut -d' ' -f1-3 /proc/loadavg)"
