#!/usr/bin/env bash
# Ingest benchmark (not a test): generates an XML file of N lots, then times
#   1. `validate` (read + check, nothing staged) and
#   2. `run --once --no-push` (read + check + stage in the H2 outbox, from an empty database)
#   3. the same run again (every record unchanged)
# each with -Xmx256m, and prints records per second and peak heap.
# Usage: bench/ingest-bench.sh [N]   (default 1000000; builds the jar if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
heap=${BENCH_HEAP:--Xmx256m}
jar=target/txng-adapter.jar
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java bench/GenerateLots.java "$n" "$work/lots.xml"
records=$((n + 1))
echo "file: $n lots + 1 product, $(du -m "$work/lots.xml" | cut -f1) MiB; JVM $heap; $(nproc) cores"

timed() { # label, then the command
  local label=$1; shift
  local start end
  start=$(date +%s%N)
  "$@" > "$work/out.txt" 2> "$work/err.txt" || true
  end=$(date +%s%N)
  local ms=$(( (end - start) / 1000000 ))
  printf '%-28s %8d ms  %10.0f records/s  %s\n' "$label" "$ms" "$(awk -v r="$records" -v m="$ms" 'BEGIN{print r*1000/m}')" \
    "$(grep -o 'peak heap used: .*' "$work/err.txt" || echo 'peak heap: n/a')"
  grep -E 'records read' "$work/out.txt" "$work/err.txt" | sed 's/^[^:]*:/    /' | tail -1
}

timed "validate" java $heap -Dtxng.print-peak-heap=true -jar "$jar" validate "$work/lots.xml"

mkdir -p "$work/run/inbox"
cp "$work/lots.xml" "$work/run/inbox/"
export TXNG_INBOX_DIR="$work/run/inbox" TXNG_DATA_DIR="$work/run/data" TXNG_INBOX_MIN_AGE=0s
timed "run --once (stage, new)" java $heap -Dtxng.print-peak-heap=true -jar "$jar" run --once --no-push

cp "$work/lots.xml" "$work/run/inbox/"
timed "run --once (all unchanged)" java $heap -Dtxng.print-peak-heap=true -jar "$jar" run --once --no-push
