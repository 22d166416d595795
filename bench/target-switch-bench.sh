#!/usr/bin/env bash
# Portal target switch benchmark (not a test): stages N lots into an H2 outbox on the sandbox target,
# marks them all delivered there, then times
#   1. the first start on another portal (every record's state put aside for the sandbox, all pending
#      for the new portal) and
#   2. the start back on the sandbox (its N confirmations restored: nothing to send)
# as `run --once --no-push` with an empty inbox (the switch happens at start; nothing is pushed),
# each with -Xmx256m, printing the wall time and records per second.
# Usage: bench/target-switch-bench.sh [N]   (default 1000000; builds the jar if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/timed.sh "$@"
java bench/GenerateLots.java "$n" "$work/lots.xml"
records=$((n + 1))
echo "outbox: $n lots + 1 product, all delivered to the sandbox; JVM $heap; $(nproc) cores"

mkdir -p "$work/run/inbox"
cp "$work/lots.xml" "$work/run/inbox/"
export TXNG_INBOX_DIR="$work/run/inbox" TXNG_DATA_DIR="$work/run/data" TXNG_INBOX_MIN_AGE=0s
java $heap -jar "$jar" run --once --no-push > /dev/null 2>&1 || true  # exit 2: staged, not pushed
# as if every record had been pushed to the sandbox
java -cp "$jar" org.h2.tools.Shell -url "jdbc:h2:file:$work/run/data/db/txng" -user sa -password "" \
  -sql "UPDATE outbox_record SET state = 'DELIVERED', delivered_hash = content_hash, delivered_at = CURRENT_TIMESTAMP, portal_id = 'SB'" > /dev/null

# a portal nobody answers at: --no-push never calls it
timed "switch to a new portal" records env TXNG_PORTAL_CLIENT_ID=bench TXNG_PORTAL_CLIENT_SECRET=bench \
  TXNG_PORTAL_API_BASE=http://127.0.0.1:9 TXNG_PORTAL_TOKEN_URL=http://127.0.0.1:9/connect/token \
  java $heap -jar "$jar" run --once --no-push
grep -hE "target changed|^outbox:" "$work/out.txt" "$work/err.txt" | sed "s/^.*AdapterRuntime - /    /; s/^outbox/    outbox/" || true
timed "switch back to the sandbox" records java $heap -jar "$jar" run --once --no-push
grep -hE "target changed|^outbox:" "$work/out.txt" "$work/err.txt" | sed "s/^.*AdapterRuntime - /    /; s/^outbox/    outbox/" || true
