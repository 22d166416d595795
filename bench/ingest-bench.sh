#!/usr/bin/env bash
# Ingest benchmark (not a test): generates an XML file of N lots, then times
#   1. `validate` (read + check, nothing staged) and
#   2. `run --once --no-push` (read + check + stage in the H2 outbox, from an empty database)
#   3. the same run again (every record unchanged)
# each with -Xmx256m, and prints records per second and peak heap.
# Usage: bench/ingest-bench.sh [N]   (default 1000000; builds the jar if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/timed.sh "$@"
generate_lots


timed "validate" records java $heap -Dtxng.print-peak-heap=true -jar "$jar" validate "$work/lots.xml"

mkdir -p "$work/run/inbox"
cp "$work/lots.xml" "$work/run/inbox/"
export TXNG_INBOX_DIR="$work/run/inbox" TXNG_DATA_DIR="$work/run/data" TXNG_INBOX_MIN_AGE=0s
timed "run --once (stage, new)" records java $heap -Dtxng.print-peak-heap=true -jar "$jar" run --once --no-push

cp "$work/lots.xml" "$work/run/inbox/"
timed "run --once (all unchanged)" records java $heap -Dtxng.print-peak-heap=true -jar "$jar" run --once --no-push
