#!/usr/bin/env bash
# PostgreSQL staging benchmark (not a test): starts a real PostgreSQL (the test suite's embedded
# binaries, io.zonky.test:embedded-postgres, linux-amd64) on this machine, then times
# `run --once --no-push` of a generated DESADV of N line groups into a new outbox there, and the
# same file again (all unchanged), with -Xmx256m, and the CPU time the server used for each run.
# The server shares the machine's cores.
# Usage: bench/pg-stage-bench.sh [N]   (default 1000000; builds the jar if it is missing)
#        BENCH_FILE=lots bench/pg-stage-bench.sh [N]   the XML lots file of bench/ingest-bench.sh instead
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/timed.sh "$@"
if [ "${BENCH_FILE:-desadv}" = lots ]; then
  # the XML file of bench/ingest-bench.sh (N lots + 1 product), to set against its H2 figures
  java bench/GenerateLots.java "$n" "$work/input"
  records=$((n + 1))
  echo "file: $n lots + 1 product (XML), $(du -m "$work/input" | cut -f1) MiB; JVM $heap; $(nproc) cores; PostgreSQL on the same machine"
else
  java bench/GenerateDesadv.java "$n" "$work/input"
  records=$n
  echo "file: DESADV of $n line groups, $(du -m "$work/input" | cut -f1) MiB; JVM $heap; $(nproc) cores; PostgreSQL on the same machine"
fi

. bench/pg-server.sh

mkdir -p "$work/run/inbox"
export TXNG_INBOX_DIR="$work/run/inbox" TXNG_DATA_DIR="$work/run/data" TXNG_INBOX_MIN_AGE=0s
export TXNG_DB_URL="$url" TXNG_DB_USER=postgres TXNG_DB_PASSWORD=postgres
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
cp "$work/input" "$work/run/inbox/first"
cpu=$(pg_cpu_ms)
timed "run --once (stage, new)" lines java $heap -Dtxng.print-peak-heap=true -jar "$jar" run --once --no-push
# the pool's backends end with the JVM; the postmaster reaps them (and counts their time) just after
sleep 1
echo "    PostgreSQL server CPU: $(( $(pg_cpu_ms) - cpu )) ms"
cp "$work/input" "$work/run/inbox/again"
cpu=$(pg_cpu_ms)
timed "run --once (all unchanged)" lines java $heap -Dtxng.print-peak-heap=true -jar "$jar" run --once --no-push
sleep 1
echo "    PostgreSQL server CPU: $(( $(pg_cpu_ms) - cpu )) ms   load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
pg_sessions
