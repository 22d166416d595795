#!/usr/bin/env bash
# Catalogue-and-lots benchmark (not a test): generates an XML file of P complete products
# (Vietnamese text) and L lots of them, then times, each with -Xmx256m as a whole process:
#   1. `validate` of the file,
#   2. `run --once --no-push` into an empty H2 outbox,
#   3. `run --once --no-push` into an empty PostgreSQL outbox (the suite's embedded server, on this
#      machine), then prints how many sessions (logins) the server had: every product is read back
#      for the field merge, which once cost a login each.
# Usage: bench/catalogue-bench.sh [P] [L]   (default 2000 5000; builds the jar if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
products=${1:-2000}
lots=${2:-5000}
. bench/timed.sh
java bench/GenerateCatalogue.java "$products" "$lots" "$work/catalogue.xml"
records=$((products + lots))
echo "file: $products products + $lots lots, $(du -k "$work/catalogue.xml" | cut -f1) KiB; JVM $heap; $(nproc) cores"

timed "validate" records java $heap -Dtxng.print-peak-heap=true -jar "$jar" validate "$work/catalogue.xml"

mkdir -p "$work/h2/inbox"
cp "$work/catalogue.xml" "$work/h2/inbox/"
TXNG_INBOX_DIR="$work/h2/inbox" TXNG_DATA_DIR="$work/h2/data" TXNG_INBOX_MIN_AGE=0s \
  timed "run --once H2 (new)" records java $heap -Dtxng.print-peak-heap=true -jar "$jar" run --once --no-push

. bench/pg-server.sh
mkdir -p "$work/pg/inbox"
cp "$work/catalogue.xml" "$work/pg/inbox/"
pg_sessions
TXNG_INBOX_DIR="$work/pg/inbox" TXNG_DATA_DIR="$work/pg/data" TXNG_INBOX_MIN_AGE=0s \
  TXNG_DB_URL="$url" TXNG_DB_USER=postgres TXNG_DB_PASSWORD=postgres \
  timed "run --once PostgreSQL (new)" records java $heap -Dtxng.print-peak-heap=true -jar "$jar" run --once --no-push
pg_sessions
