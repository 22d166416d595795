#!/usr/bin/env bash
# Ingest benchmark (not a test): generates an XML file of N lots, then times
#   1. `validate` (read + check, nothing staged) and
#   2. `run --once --no-push` (read + check + stage in the H2 outbox, from an empty database)
#   3. the same run again (every record unchanged)
# each with -Xmx256m, and prints records per second, peak heap, and each run's time over validate's
# (the ratios of the issue-12 targets: 1.25x new, 1.1x unchanged) with the load average.
# Usage: bench/ingest-bench.sh [N]   (default 1000000; builds the jar if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/timed.sh "$@"
generate_lots


echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
timed "validate" records java $heap -Dtxng.print-peak-heap=true -jar "$jar" validate "$work/lots.xml"
validate_ms=$last_ms

mkdir -p "$work/run/inbox"
cp "$work/lots.xml" "$work/run/inbox/"
export TXNG_INBOX_DIR="$work/run/inbox" TXNG_DATA_DIR="$work/run/data" TXNG_INBOX_MIN_AGE=0s
timed "run --once (stage, new)" records java $heap -Dtxng.print-peak-heap=true -jar "$jar" run --once --no-push
new_ms=$last_ms

cp "$work/lots.xml" "$work/run/inbox/"
timed "run --once (all unchanged)" records java $heap -Dtxng.print-peak-heap=true -jar "$jar" run --once --no-push
unchanged_ms=$last_ms
echo "new / validate: $(ratio $new_ms $validate_ms)x   unchanged / validate: $(ratio $unchanged_ms $validate_ms)x   load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
